// Turns a dashboard into what the pages show: labels in the reader's language and formatted values.
import type { TFunction } from "i18next";
import { ACTIVITY_METRIC } from "~/domain/outcome-metrics";
import { ACTIVITY_KINDS, EXCHANGE_TYPES, VIOLATION_CATEGORIES, type Locale } from "~/domain/vocabulary";
import { formatDate, formatMoney, formatNumber, formatPercent, formatQuarter } from "~/lib/format";
import { metricBarLabel, metricLabel } from "~/lib/metric-labels";
import type { Dashboard } from "./outcomes";

export function formatMetric(metric: { value: number; unit: string; currency?: string }, locale: Locale): string {
  if (metric.unit === "money") return formatMoney(metric.value, metric.currency ?? "EUR", locale);
  if (metric.unit === "share") return formatPercent(metric.value, locale);
  if (metric.unit === "days") return formatNumber(metric.value, locale, 1);
  return formatNumber(metric.value, locale);
}

export function outcomeView(dashboard: Dashboard, locale: Locale, t: TFunction) {
  const value = (key: string) => dashboard.outcome.metrics.find((m) => m.key === key)?.value ?? 0;
  const bars = (keys: string[]) => keys.map((key) => ({ label: metricBarLabel(key, t), value: value(key), display: formatNumber(value(key), locale) }));
  const reply = dashboard.outcome.reply;
  return {
    agreement: dashboard.agreement,
    period: {
      ...dashboard.period,
      dates: `${formatDate(dashboard.period.startsOn, locale)} – ${formatDate(dashboard.period.endsOn, locale)}`,
      budget: dashboard.period.budgetCents !== null ? formatMoney(dashboard.period.budgetCents, dashboard.period.budgetCurrency, locale) : null,
    },
    signed: dashboard.agreement.signedOn ? formatDate(dashboard.agreement.signedOn, locale) : null,
    funding: dashboard.funding.map((f) => ({
      source: t(`outcomes.funding.${f.source}`),
      share: formatPercent(f.shareBasisPoints / 10_000, locale),
      amount: f.amountCents !== null ? formatMoney(f.amountCents, dashboard.period.budgetCurrency, locale) : null,
    })),
    headline: ["joint_inspections_conducted", "information_exchanges_sent", "joint_meetings", "violations_total"].map((key) => ({ key, label: metricLabel(key, t), value: formatNumber(value(key), locale) })),
    metrics: dashboard.outcome.metrics.map((m) => ({ key: m.key, label: metricLabel(m.key, t), value: formatMetric(m, locale) })),
    targets: dashboard.outcome.targets.map((target) => ({
      metric: target.metric,
      label: metricLabel(target.metric, t),
      target: formatNumber(target.target, locale),
      actual: formatNumber(target.actual, locale),
      achieved: target.achieved === null ? "–" : formatPercent(target.achieved, locale),
      met: target.achieved !== null && target.achieved >= 1,
    })),
    charts: {
      exchanges: bars(EXCHANGE_TYPES.map((type) => `information_exchanges_sent_${type}`)),
      activities: bars(ACTIVITY_KINDS.map((kind) => ACTIVITY_METRIC[kind])),
      violationsBySource: bars(["violations_from_joint_inspections", "violations_from_information_exchanges", "violations_from_joint_meetings", "violations_from_other"]),
      violationsByCategory: bars(VIOLATION_CATEGORIES.map((c) => `violations_${c}`)),
      inspections: bars(["joint_inspections_requested", "joint_inspections_conducted"]),
    },
    coverage: bars(["enterprises_covered", "posted_workers_covered", "information_exchanges_answered"]),
    sanctions: dashboard.outcome.metrics.filter((m) => m.key.startsWith("sanctions_") || m.key.startsWith("fines_")).map((m) => ({ label: metricLabel(m.key, t), value: formatMetric(m, locale) })),
    reply: {
      requests: formatNumber(reply.requests, locale),
      requestCount: reply.requests,
      acceptanceJudged: reply.acceptanceJudged,
      accepted: reply.acceptedWithin7Days === null ? null : formatPercent(reply.acceptedWithin7Days, locale),
      average: reply.averageWorkingDaysToAnswer === null ? null : formatNumber(reply.averageWorkingDaysToAnswer, locale, 1),
      onTime: reply.answeredByDueDate === null ? null : formatPercent(reply.answeredByDueDate, locale),
      rating: reply.rating,
    },
    trends: { ...dashboard.trends, quarters: dashboard.trends.quarters.map((quarter) => formatQuarter(quarter, locale)) },
    otherPeriods: dashboard.otherPeriods,
  };
}

export type OutcomeView = ReturnType<typeof outcomeView>;
