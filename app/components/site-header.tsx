import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { LanguageSwitcher } from "./language-switcher";

export interface HeaderUser {
  displayName: string;
  authorityName: string | null;
  roles: Role[];
  areas: { cases: boolean; outcomes: boolean; content: boolean; admin: boolean };
  unreadNotifications: number;
}

export function SiteHeader({ locale, user }: { locale: Locale; user: HeaderUser | null }) {
  const { t } = useTranslation();
  const { t: tn } = useTranslation("notifications");
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
      {/* A native disclosure so that on phones the menus fold away without JavaScript; on wide screens the CSS
          shows its content and hides the toggle. */}
      <details className="site-menu">
        <summary className="site-menu__toggle">
          {t("nav.menu")}
          {user && user.unreadNotifications > 0 ? ` · ${tn("headerLinkUnread", { count: user.unreadNotifications })}` : ""}
        </summary>
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            {(["rights", "checker", "search", "contacts", "report"] as const).map((area) => (
              <li key={area}>
                <NavLink to={`/${locale}/${area}`}>{t(`nav.${area}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {user ? <SignedInBar locale={locale} user={user} /> : null}
      </details>
    </header>
  );
}

function SignedInBar({ locale, user }: { locale: Locale; user: HeaderUser }) {
  const { t } = useTranslation();
  const { t: tn } = useTranslation("notifications");
  const areas = (["cases", "outcomes", "content", "admin"] as const).filter((area) => user.areas[area]);
  return (
    <div className="account-bar">
      <div className="account-bar__inner">
        {areas.length ? (
          <nav aria-label={t("account.menuLabel")}>
            <ul className="account-bar__nav">
              {areas.map((area) => (
                <li key={area}>
                  <NavLink to={`/${locale}/${area}`}>{t(`nav.${area}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="account-bar__who">
          <span>
            {t("account.signedInAs", { name: user.displayName })}
            {user.authorityName ? ` · ${user.authorityName}` : ""}
            {" · "}
            {user.roles.map((role) => t(`account.role.${role}`)).join(", ")}
          </span>
          <NavLink to={`/${locale}/notifications`} className="account-bar__notifications">
            {user.unreadNotifications > 0 ? tn("headerLinkUnread", { count: user.unreadNotifications }) : tn("headerLink")}
          </NavLink>
          <Form method="post" action={`/${locale}/signout`}>
            <button type="submit" className="button button--link">
              {t("account.signOut")}
            </button>
            <button type="submit" name="scope" value="everywhere" className="button button--link">
              {t("casework:signOutEverywhere")}
            </button>
          </Form>
        </div>
      </div>
    </div>
  );
}
