import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { requireDashboard } from "~/.server/outcome-access";
import { formatMetric } from "~/.server/outcome-view";
import { DataTable } from "~/components/data-table";
import { metricLabel } from "~/lib/metric-labels";

/** Two periods of one agreement side by side, earlier first: `?a=2017-18&b=2019-22`. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const slugA = (url.searchParams.get("a") ?? "").slice(0, 40);
  const slugB = (url.searchParams.get("b") ?? "").slice(0, 40);
  if (!slugA || !slugB) throw data(null, { status: 404 });
  const first = requireDashboard(request, { ...params, period: slugA });
  const second = requireDashboard(request, { ...params, period: slugB });
  // Earlier period on the left, and Change = later minus earlier, whichever order the form sent them in.
  const [a, b] = first.dashboard.period.startsOn <= second.dashboard.period.startsOn ? [first, second] : [second, first];
  const t = getFixedT(a.locale);
  const valueOf = (dashboard: typeof a.dashboard, key: string) => dashboard.outcome.metrics.find((m) => m.key === key);
  const keys = [...new Set([...a.dashboard.outcome.metrics, ...b.dashboard.outcome.metrics].map((m) => m.key))];
  return {
    locale: a.locale,
    agreement: a.dashboard.agreement,
    title: `${t("outcomes.compare")}: ${a.dashboard.period.name} / ${b.dashboard.period.name}`,
    periods: [a.dashboard.period, b.dashboard.period].map((p) => ({ slug: p.slug, name: p.name })),
    rows: keys.map((key) => {
      const [ma, mb] = [valueOf(a.dashboard, key), valueOf(b.dashboard, key)];
      return {
        key,
        label: metricLabel(key, t),
        a: ma ? formatMetric(ma, a.locale) : "–",
        b: mb ? formatMetric(mb, a.locale) : "–",
        change: ma && mb && ma.unit === "count" ? mb.value - ma.value : null,
      };
    }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function ComparePeriods() {
  const { locale, agreement, periods, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/${locale}/outcomes`}>{t("outcomes.title")}</Link>
      </p>
      <h1>
        {t("outcomes.compare")}
        <span className="h1-sub">{agreement.title}</span>
      </h1>
      <DataTable
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { id: "metric", header: t("outcomes.metricHeading"), rowHeader: true, lead: true, cardLabelHidden: true, cell: (row) => row.label },
          ...periods.map((p, i) => ({
            id: p.slug,
            header: <Link to={`/${locale}/outcomes/${agreement.slug}/${p.slug}`}>{p.name}</Link>,
            cardLabel: p.name,
            numeric: true,
            cell: (row: (typeof rows)[number]) => (i === 0 ? row.a : row.b),
          })),
          { id: "change", header: t("outcomes.change"), numeric: true, cell: (row) => (row.change === null ? "" : row.change > 0 ? `+${row.change}` : row.change) },
        ]}
      />
    </>
  );
}
