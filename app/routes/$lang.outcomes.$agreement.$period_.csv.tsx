import type { LoaderFunctionArgs } from "@remix-run/node";
import { getFixedT } from "~/.server/i18n";
import { requireDashboard } from "~/.server/outcome-access";
import type { Metric } from "~/domain/outcome-metrics";
import { csvDocument, csvNumber } from "~/lib/csv";
import type { Locale } from "~/lib/i18n";
import { metricLabel } from "~/lib/metric-labels";

/** A metric's value and unit as a spreadsheet reads them: money in whole units with cents, shares in per cent. */
function valueAndUnit(metric: Metric, locale: Locale, unitName: (unit: "count" | "share" | "days") => string): [string, string] {
  switch (metric.unit) {
    case "money":
      return [csvNumber(metric.value / 100, locale, 2), metric.currency ?? ""];
    case "share":
      return [csvNumber(metric.value * 100, locale, 1), unitName("share")];
    case "days":
      return [csvNumber(metric.value, locale, 2), unitName("days")];
    default:
      return [csvNumber(metric.value, locale), unitName("count")];
  }
}

/**
 * `/:lang/outcomes/:agreement/:period.csv` (the server maps the `.csv` URL here): one row per metric and per target,
 * columns key, indicator, value, unit, headed in the reader's language. The key column holds stable metric keys for
 * scripts; separators and decimal marks follow the reader's locale (app/lib/csv.ts).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, dashboard } = requireDashboard(request, params);
  const t = getFixedT(locale);
  const unitName = (unit: "count" | "share" | "days") => t(`outcomes.csv.unit.${unit}`);
  const rows: string[][] = [[t("outcomes.csv.heading.key"), t("outcomes.csv.heading.label"), t("outcomes.csv.heading.value"), t("outcomes.csv.heading.unit")]];
  for (const metric of dashboard.outcome.metrics) {
    rows.push([metric.key, metricLabel(metric.key, t), ...valueAndUnit(metric, locale, unitName)]);
  }
  for (const target of dashboard.outcome.targets) {
    rows.push([`target_${target.metric}`, t("outcomes.targetOf", { metric: metricLabel(target.metric, t) }), csvNumber(target.target, locale), unitName("count")]);
  }
  const file = `${dashboard.agreement.slug}-${dashboard.period.slug}-${locale}.csv`;
  return new Response(csvDocument(rows, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
