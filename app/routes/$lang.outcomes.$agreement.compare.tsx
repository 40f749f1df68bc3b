import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { requireDashboard } from "~/.server/outcome-access";
import { formatMetric } from "~/.server/outcome-view";
import { metricLabel } from "~/lib/metric-labels";

/** Two periods of one agreement side by side: `?a=2017-18&b=2019-22`. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const slugA = (url.searchParams.get("a") ?? "").slice(0, 40);
  const slugB = (url.searchParams.get("b") ?? "").slice(0, 40);
  if (!slugA || !slugB) throw data(null, { status: 404 });
  const a = requireDashboard(request, { ...params, period: slugA });
  const b = requireDashboard(request, { ...params, period: slugB });
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
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("outcomes.metricHeading")}</th>
              {periods.map((p) => (
                <th scope="col" className="numeric" key={p.slug}>
                  <Link to={`/${locale}/outcomes/${agreement.slug}/${p.slug}`}>{p.name}</Link>
                </th>
              ))}
              <th scope="col" className="numeric">
                {t("outcomes.change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{row.a}</td>
                <td className="numeric">{row.b}</td>
                <td className="numeric">{row.change === null ? "" : row.change > 0 ? `+${row.change}` : row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
