// The notice on a case page (and its printable version) once the retention rule applies to the case: its personal
// data is hidden from the reader, or anonymised, or — for an administrator — still shown though hidden from others.
import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n";

export interface RetentionInfo {
  stage: "none" | "hidden" | "anonymised";
  withheld: boolean;
  anonymisedOn: string | null;
  hideAfterMonths: number;
}

export function RetentionNotice({ retention, locale }: { retention: RetentionInfo; locale: Locale }) {
  const { t } = useTranslation();
  if (retention.stage === "none") return null;
  const text = !retention.withheld
    ? t("retention.notice.administrator", { count: retention.hideAfterMonths })
    : retention.anonymisedOn
      ? t("retention.notice.anonymised", { date: formatDate(retention.anonymisedOn, locale) })
      : t("retention.notice.hidden", { count: retention.hideAfterMonths });
  return (
    <div className="notice" role="note" data-retention={retention.withheld ? retention.stage : "administrator"}>
      <p>{text}</p>
    </div>
  );
}

/** Stands in for a text the retention rule withholds (a message, an answer, a free-text question). */
export function WithheldText({ retention }: { retention: RetentionInfo }) {
  const { t } = useTranslation();
  return <p className="muted">{t(retention.anonymisedOn ? "retention.anonymisedText" : "retention.hiddenText")}</p>;
}
