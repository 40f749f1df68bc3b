import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { canEditAgreement } from "~/.server/agreement-admin";
import { getHeadlineFigures } from "~/.server/agreement-figures";
import { listAgreementsWithPeriods, outcomeScope } from "~/.server/agreements";
import { requireUserWithAnyPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { OUTCOME_READ_PERMISSIONS } from "~/domain/permissions";
import { formatDate } from "~/lib/format";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithAnyPermission(request, OUTCOME_READ_PERMISSIONS);
  const t = getFixedT(locale);
  const agreements = listAgreementsWithPeriods(outcomeScope(user), locale).map((agreement) => ({
    ...agreement,
    canEdit: canEditAgreement(user, agreement.id),
    signed: agreement.signedOn ? formatDate(agreement.signedOn, locale) : null,
    periods: agreement.periods.map((period) => ({
      ...period,
      dates: `${formatDate(period.startsOn, locale, "numeric")} – ${formatDate(period.endsOn, locale, "numeric")}`,
      figures: getHeadlineFigures(agreement.slug, period.slug, locale),
    })),
  }));
  return { locale, title: `${t("outcomes.title")} – ${t("app.name")}`, agreements };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function Outcomes() {
  const { locale, agreements } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("outcomes.title")}</h1>
      <p className="lead">{t("outcomes.lead")}</p>
      {agreements.length === 0 ? <p>{t("outcomes.none")}</p> : null}
      {agreements.map((agreement) => (
        <section key={agreement.slug} aria-labelledby={`agreement-${agreement.slug}`}>
          <h2 id={`agreement-${agreement.slug}`}>{agreement.title}</h2>
          <p className="muted">
            {agreement.signed ? t("outcomes.signed", { date: agreement.signed }) : t("outcomes.signedUnknown")} · {t(`outcomes.status.${agreement.status}`)}
            {agreement.canEdit ? (
              <>
                {" · "}
                <Link to={`/${locale}/admin/agreements/${agreement.slug}`}>{t("agreementAdmin.editAgreement")}</Link>
              </>
            ) : null}
          </p>
          {agreement.periods.length ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{agreement.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("outcomes.period")}</th>
                    <th scope="col">{t("outcomes.dates")}</th>
                    <th scope="col" className="numeric">{t("outcomes.jointInspections")}</th>
                    <th scope="col" className="numeric">{t("outcomes.exchanges")}</th>
                    <th scope="col" className="numeric">{t("outcomes.violations")}</th>
                  </tr>
                </thead>
                <tbody>
                  {agreement.periods.map((period) => (
                    <tr key={period.slug}>
                      <th scope="row">
                        <Link to={`/${locale}/outcomes/${agreement.slug}/${period.slug}`}>{period.name}</Link>
                      </th>
                      <td>{period.dates}</td>
                      <td className="numeric">{period.figures?.jointInspections ?? 0}</td>
                      <td className="numeric">{period.figures?.exchanges ?? 0}</td>
                      <td className="numeric">{period.figures?.violations ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t("outcomes.noPeriods")}</p>
          )}
        </section>
      ))}
    </>
  );
}
