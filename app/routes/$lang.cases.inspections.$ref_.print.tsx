// The inspection plan and report on paper, in the reader's language (the `_` keeps it out of the case page's
// layout). Free text stays in the language it was written in, marked as such.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { getInspectionCase, inspectionCaseView } from "~/.server/inspections";
import { requireLocale } from "~/.server/route-params";
import { RetentionNotice } from "~/components/retention-notice";
import { AgenciesAndLanguageRows, FindingText, InspectionPlanDetails } from "~/components/inspection-record";
import { INSPECTION_REFERENCE } from "~/domain/references";
import { TextIn } from "~/components/written-in";
import { PrintButton } from "~/components/print-button";

const REF = INSPECTION_REFERENCE;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:inspection:own-authority");
  const ref = params.ref ?? "";
  const found = REF.test(ref) ? getInspectionCase(ref, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress }, locale, { auditAction: "inspection.print.viewed" }) : null;
  if (!found) throw data(null, { status: 404 });
  const t = getFixedT(locale, "inspections");
  return { ...inspectionCaseView(found, locale), title: `${t("print.title", { ref })} – ${getFixedT(locale)("app.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export default function InspectionPrint() {
  const c = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspections");
  const { inspection: i, locale } = c;
  return (
    <article className="inspection-print">
      <p className="no-print">
        <Link to={`/${locale}/cases/inspections/${i.ref}`}>{i.ref}</Link>
      </p>
      <h1>
        {t("print.title", { ref: i.ref })}
        <span className="h1-sub">
          {t(`common:enum.inspectionMode.${i.mode}`)} · {i.siteAddress}, {i.municipality}, {i.hostCountry}
        </span>
      </h1>
      <p className="no-print muted">{t("print.hint")}</p>
      <PrintButton label={t("print.button")} />
      <RetentionNotice retention={c.retention} locale={locale} />
      <dl className="summary-list">
        <dt>{t("case.status")}</dt>
        <dd>{t(`common:enum.inspectionStatus.${i.status}`)}</dd>
        <dt>{t("fields.agreement")}</dt>
        <dd>{c.agreement}</dd>
        <dt>{t("case.requestedBy")}</dt>
        <dd>{c.requesting.name}</dd>
        <dt>{t("case.partner")}</dt>
        <dd>{c.partner.name}</dd>
        <dt>{t("fields.sector")}</dt>
        <dd>{t(`sector.${i.sector}`, { defaultValue: i.sector })}</dd>
        <dt>{t("fields.enterprises")}</dt>
        <dd>
          <ul className="plain-list">
            {c.enterprises.map((e) => (
              <li key={e.id}>
                {e.name} ({e.country}, {e.number}) – {t(`relation.${e.relation}`)}
              </li>
            ))}
          </ul>
        </dd>
        <AgenciesAndLanguageRows agencies={c.agencies} languageNeeds={i.languageNeeds} textLanguage={i.textLanguage} interpreterNeeded={i.interpreterNeeded} locale={locale} />
      </dl>

      <section aria-labelledby="print-plan">
        <h2 id="print-plan">{t("plan.title")}</h2>
        {c.plan ? (
          <InspectionPlanDetails plan={c.plan} locale={locale} />
        ) : (
          <p>{t("plan.notYet")}</p>
        )}
      </section>

      {c.report.shown ? (
        <section aria-labelledby="print-report">
          <h2 id="print-report">{t("report.title")}</h2>
          <p className="muted">{t("report.version", { version: c.report.shown.version })}</p>
          {i.conductedOn ? (
            <p>
              {t("case.conductedOn")}: {i.conductedOn}
            </p>
          ) : null}
          {c.report.byEnterprise.map((e) => (
            <section key={e.id} aria-labelledby={`print-enterprise-${e.id}`} className="report-enterprise">
              <h3 id={`print-enterprise-${e.id}`}>{e.name}</h3>
              {e.findings.map((f) => (
                <div key={f.id}>
                  <FindingText finding={f} locale={locale} />
                </div>
              ))}
              {e.workers.length ? (
                <p>
                  {t("report.workersChecked", { name: e.name })}: {e.workers.map((w) => `${w.country} ${w.count}`).join(", ")} ({t("report.total")} {e.total})
                </p>
              ) : null}
            </section>
          ))}
          {c.followUps.length ? (
            <>
              <h3>{t("followUp.title")}</h3>
              <ul>
                {c.followUps.map((f) => (
                  <li key={f.id}>
                    <TextIn text={f.description} language={f.language} locale={locale} /> – {f.owner}
                    {f.dueOn ? `, ${t("followUp.dueOn")}: ${f.dueOn}` : ""}
                    {f.done ? ` (${t("followUp.doneOn", { date: f.done })})` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {c.violations.length ? (
            <>
              <h3>{t("case.violations")}</h3>
              <ul>
                {c.violations.map((v) => (
                  <li key={v.id}>
                    {t(`common:enum.violationCategory.${v.category}`)} · {v.foundOn} · {t(`common:enum.sanction.${v.sanction}`)}
                    {v.fine ? ` (${v.fine})` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
