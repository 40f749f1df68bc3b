import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { editableAgreements } from "~/.server/agreement-admin";
import { requireUserWithAnyPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { formatDate } from "~/lib/format";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithAnyPermission(request, ["write:agreement:any", "write:agreement:own-agreement"]);
  const t = getFixedT(locale);
  return {
    locale,
    title: `${t("agreementAdmin.title")} – ${t("app.name")}`,
    agreements: editableAgreements(user, locale).map((a) => ({ ...a, signed: a.signedOn ? formatDate(a.signedOn, locale) : null })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function AgreementList() {
  const { locale, agreements } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("agreementAdmin.title")}</h1>
      <p className="lead">{t("agreementAdmin.lead")}</p>
      <ul className="topic-list">
        {agreements.map((a) => (
          <li key={a.slug}>
            <Link to={`/${locale}/admin/agreements/${a.slug}`}>{a.title}</Link>
            <p className="topic-list__summary">
              {a.signed ? t("outcomes.signed", { date: a.signed }) : t("outcomes.signedUnknown")} · {t(`outcomes.status.${a.status}`)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
