import { useTranslation } from "react-i18next";
import type { DueStatus } from "~/domain/due-status";

/** The tag beside a due date: overdue, or due soon; nothing otherwise. */
export function DueTag({ due }: { due: DueStatus | string | null | undefined }) {
  const { t } = useTranslation("common");
  if (due === "overdue") return <span className="tag tag--overdue">{t("inbox.overdue")}</span>;
  if (due === "due_soon") return <span className="tag tag--soon">{t("inbox.dueSoon")}</span>;
  return null;
}
