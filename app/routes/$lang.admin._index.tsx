import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:user:any");
  const t = getFixedT(locale);
  return { locale, title: `${t("admin.title")} – ${t("app.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function AdminHome() {
  const { locale } = useLoaderData<typeof loader>();
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
    </>
  );
}
