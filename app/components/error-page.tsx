import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LOCALE, localeOfPath } from "~/lib/i18n";

/** Translated error page; never shows internals, whatever went wrong. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const locale = localeOfPath(useLocation().pathname) ?? FALLBACK_LOCALE;
  // Any other 4xx is a request the server refused (a body that is not a form, a value it cannot use), not its fault.
  const kind =
    status === 404
      ? "notFound"
      : status === 403
        ? "forbidden"
        : status === 429
          ? "tooManyRequests"
          : status >= 400 && status < 500
            ? "badRequest"
            : "server";
  return (
    <div className="prose">
      <p className="error-page__status">{t("errors.status", { status })}</p>
      <h1>{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to={`/${locale}`}>{t("errors.notFound.home")}</Link>
      </p>
    </div>
  );
}
