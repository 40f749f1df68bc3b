import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/lib/i18n";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={`/${locale}`} className="site-header__name">
          <span className="site-header__flag" aria-hidden="true">
            NO · LT
          </span>
          {t("app.name")}
        </Link>
        <LanguageSwitcher locale={locale} />
      </div>
    </header>
  );
}
