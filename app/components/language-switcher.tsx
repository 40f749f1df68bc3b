import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES, pathInLocale, type Locale } from "~/lib/i18n";

/**
 * Plain links to the same page in each language: works without JavaScript and keeps the query. They pass through
 * /language/<lang>, which remembers the choice.
 */
export function LanguageSwitcher({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  return (
    <nav className="language-switcher" aria-label={t("language.label")}>
      <ul>
        {LOCALES.map((candidate) => (
          <li key={candidate}>
            {candidate === locale ? (
              <span aria-current="true" lang={candidate} className="language-switcher__current">
                {t(`language.${candidate}`)}
              </span>
            ) : (
              // A full page load: the new language's strings and <html lang> come fresh from the server.
              <a
                href={`/language/${candidate}?to=${encodeURIComponent(`${pathInLocale(pathname, candidate)}${search}`)}${hash}`}
                hrefLang={candidate}
                lang={candidate}
              >
                {t(`language.${candidate}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
