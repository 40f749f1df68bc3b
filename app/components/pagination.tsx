import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Previous / next links under a list; labels default to the common ones. */
export function Pagination({ previous, next, previousLabel, nextLabel }: { previous: string | null; next: string | null; previousLabel?: string; nextLabel?: string }) {
  const { t } = useTranslation();
  if (!previous && !next) return null;
  return (
    <nav className="pagination" aria-label={t("admin.audit.pages")}>
      {previous ? <Link to={previous}>{previousLabel ?? t("inbox.previous")}</Link> : null}
      {next ? <Link to={next}>{nextLabel ?? t("inbox.next")}</Link> : null}
    </nav>
  );
}
