import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/lib/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t("footer.label")}>
          <ul className="site-footer__links">
            <li>
              <Link to={`/${locale}/accessibility`}>{t("footer.accessibility")}</Link>
            </li>
            <li>
              <Link to={`/${locale}/contacts`}>{t("footer.contacts")}</Link>
            </li>
            <li>
              <Link to={`/${locale}/figures`}>{t("figures:page.footerLink")}</Link>
            </li>
          </ul>
        </nav>
        <p>{t("app.owners")}</p>
        <p>{t("footer.agreement")}</p>
      </div>
    </footer>
  );
}
