import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { userCan } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { outcomeView } from "~/.server/outcome-view";
import { requireDashboard } from "~/.server/outcome-access";
import { DoneMessage } from "~/components/feedback";
import { SelectField } from "~/components/forms";
import { OutcomeReport } from "~/components/outcome-report";
import { keepNumberRangesTogether } from "~/lib/format";

export function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, user, dashboard } = requireDashboard(request, params);
  const t = getFixedT(locale);
  return {
    locale,
    title: `${dashboard.period.name} – ${dashboard.agreement.title} – ${t("outcomes.title")}`,
    view: outcomeView(dashboard, locale, t),
    canRecordActivities: userCan(user, "write:activity:own-agreement"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function PeriodDashboard() {
  const { locale, view, canRecordActivities } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = `/${locale}/outcomes/${view.agreement.slug}/${view.period.slug}`;
  return (
    <>
      <p className="no-print">
        <Link to={`/${locale}/outcomes`}>{t("outcomes.title")}</Link>
      </p>
      <h1>
        {keepNumberRangesTogether(view.period.name)}
        <span className="h1-sub">{view.agreement.title}</span>
      </h1>
      <DoneMessage />
      <div className="button-row no-print">
        <a href={`${base}.csv`} className="button button--secondary" download>
          {t("outcomes.downloadCsv")}
        </a>
        <Link to={`${base}/print`} className="button button--secondary">
          {t("outcomes.printable")}
        </Link>
        {canRecordActivities ? (
          <Link to={`/${locale}/outcomes/${view.agreement.slug}/activities/new`} className="button">
            {t("outcomes.recordActivity")}
          </Link>
        ) : null}
      </div>
      {view.otherPeriods.length ? (
        <Form method="get" action={`/${locale}/outcomes/${view.agreement.slug}/compare`} className="filters no-print" aria-label={t("outcomes.compare")}>
          <input type="hidden" name="a" value={view.period.slug} />
          <SelectField name="b" label={t("outcomes.compareWith")} options={view.otherPeriods.map((p) => ({ value: p.slug, label: p.name }))} />
          <button type="submit" className="button button--secondary">
            {t("outcomes.compare")}
          </button>
        </Form>
      ) : null}
      <OutcomeReport view={view} />
    </>
  );
}
