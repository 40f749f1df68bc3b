import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LOCALE, localeOfPath } from "~/lib/i18n";

export const ERROR_KINDS = ["notFound", "forbidden", "tooManyRequests", "tooLarge", "badRequest", "server"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Which message an error status gets (`errors.<kind>.title|body`); one rule for the page and its title. */
export function errorKindOf(status: number): ErrorKind {
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 429) return "tooManyRequests";
  if (status === 413) return "tooLarge";
  // Any other 4xx is a request the server refused (a body that is not a form, a value it cannot use), not its fault.
  if (status >= 400 && status < 500) return "badRequest";
  return "server";
}

/** Translated error page; never shows internals, whatever went wrong. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const locale = localeOfPath(pathname) ?? FALLBACK_LOCALE;
  const kind = errorKindOf(status);
  return (
    <div className="prose">
      <p className="error-page__status">{t("errors.status", { status })}</p>
      <h1>{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      {kind === "tooLarge" ? (
        // The form's own address: its page (an upload's address leads back to its case).
        <p>
          <Link to={pathname} reloadDocument>
            {t("errors.tooLarge.back")}
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={`/${locale}`}>{t("errors.notFound.home")}</Link>
      </p>
    </div>
  );
}
