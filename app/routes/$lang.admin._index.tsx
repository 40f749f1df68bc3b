import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { accountsUnderAttack } from "~/.server/sign-in";
import { formatDateTime, formatNumber } from "~/lib/format";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:user:any");
  const t = getFixedT(locale);
  return { locale, title: `${t("admin.title")} – ${t("app.name")}`, underAttack: accountsUnderAttack() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function AdminHome() {
  const { locale, underAttack } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <div className="audience-grid">
        <section className="card" aria-labelledby="admin-users">
          <h2 id="admin-users">
            <Link to={`/${locale}/admin/users`}>{t("admin.users.title")}</Link>
          </h2>
          <p>{t("admin.users.intro")}</p>
        </section>
        <section className="card" aria-labelledby="admin-agreements">
          <h2 id="admin-agreements">
            <Link to={`/${locale}/admin/agreements`}>{t("agreementAdmin.title")}</Link>
          </h2>
          <p>{t("agreementAdmin.lead")}</p>
        </section>
        <section className="card" aria-labelledby="admin-audit">
          <h2 id="admin-audit">
            <Link to={`/${locale}/admin/audit`}>{t("admin.audit.title")}</Link>
          </h2>
          <p>{t("admin.audit.intro")}</p>
        </section>
      </div>
      <section aria-labelledby="admin-under-attack">
        <h2 id="admin-under-attack">{t("casework:underAttack.title")}</h2>
        <p>{t("casework:underAttack.intro")}</p>
        {underAttack.length === 0 ? (
          <p>{t("casework:underAttack.none")}</p>
        ) : (
          <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("casework:underAttack.email")}</th>
                <th scope="col" className="numeric">{t("casework:underAttack.failures")}</th>
                <th scope="col" className="numeric">{t("casework:underAttack.addresses")}</th>
                <th scope="col">{t("casework:underAttack.lastFailure")}</th>
              </tr>
            </thead>
            <tbody>
              {underAttack.map((a) => (
                <tr key={a.email}>
                  <td>{a.email}</td>
                  <td className="numeric">{formatNumber(a.failures, locale)}</td>
                  <td className="numeric">{formatNumber(a.addresses, locale)}</td>
                  <td>
                    <time dateTime={a.lastFailureAt}>{formatDateTime(a.lastFailureAt, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>
    </>
  );
}
