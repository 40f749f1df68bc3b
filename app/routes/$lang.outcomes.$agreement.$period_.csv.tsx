import type { LoaderFunctionArgs } from "@remix-run/node";
import { getFixedT } from "~/.server/i18n";
import { requireDashboard } from "~/.server/outcome-access";
import { csvField } from "~/domain/outcome-metrics";
import { metricLabel } from "~/lib/metric-labels";

/**
 * `/:lang/outcomes/:agreement/:period.csv` (the server maps the `.csv` URL here): one row per metric and per target,
 * columns `metric,value,label`, UTF-8 with a BOM so spreadsheets read Lithuanian and Norwegian letters.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, dashboard } = requireDashboard(request, params);
  const t = getFixedT(locale);
  const rows: (string | number)[][] = [["metric", "value", "label"]];
  for (const metric of dashboard.outcome.metrics) {
    const value = metric.unit === "share" ? Number(metric.value.toFixed(4)) : metric.unit === "days" ? Number(metric.value.toFixed(2)) : metric.value;
    rows.push([metric.key, value, metricLabel(metric.key, t)]);
  }
  for (const target of dashboard.outcome.targets) {
    rows.push([`target_${target.metric}`, target.target, t("outcomes.targetOf", { metric: metricLabel(target.metric, t) })]);
  }
  const body = "\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  const file = `${dashboard.agreement.slug}-${dashboard.period.slug}-${locale}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
