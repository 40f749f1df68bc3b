// The outcome metrics of an agreement's project period, computed from the records (never typed in).
// The database only aggregates (counts and sums grouped by a few columns); every figure, share, average and
// target comparison is made here, so the rules are testable without a database and the CSV keys stay stable.
import { workingDaysBetween } from "./working-days";
import {
  ACTIVITY_KINDS,
  EXCHANGE_TYPES,
  SANCTIONS,
  VIOLATION_CATEGORIES,
  VIOLATION_SOURCES,
  type ActivityKind,
  type ExchangeType,
  type Sanction,
  type ViolationCategory,
  type ViolationSource,
} from "./vocabulary";

/** Metric keys for activities, as targets name them. */
export const ACTIVITY_METRIC: Record<ActivityKind, string> = {
  joint_meeting: "joint_meetings",
  directors_general_meeting: "directors_general_meetings",
  learning_seminar: "learning_seminars",
  tripartite_seminar: "tripartite_seminars",
  information_campaign: "information_campaigns",
  information_day: "information_days",
  staff_exchange_learning: "staff_exchanges_learning",
  staff_exchange_assistance: "staff_exchanges_assistance",
};

const VIOLATION_SOURCE_METRIC: Record<ViolationSource, string> = {
  joint_inspection: "violations_from_joint_inspections",
  information_exchange: "violations_from_information_exchanges",
  joint_meeting: "violations_from_joint_meetings",
  other: "violations_from_other",
};

/** IMI's indicators: good when ≥ 80 % accepted within 7 days; average under 16 days good, over 25 poor; under 60 % on time poor. */
export const IMI_THRESHOLDS = {
  acceptedWithin7DaysGood: 0.8,
  averageDaysGood: 16,
  averageDaysPoor: 25,
  answeredOnTimePoor: 0.6,
} as const;

/** What the database hands over: plain aggregates for one agreement and date window. */
export interface PeriodAggregates {
  inspectionsRequested: number;
  inspectionsConducted: number;
  exchangesSentByType: Partial<Record<ExchangeType, number>>;
  /** Exchanges sent in the period that have an answer. */
  exchangesAnswered: number;
  activitiesHeldByKind: Partial<Record<ActivityKind, number>>;
  violationsBySource: Partial<Record<ViolationSource, number>>;
  violationsByCategory: Partial<Record<ViolationCategory, number>>;
  sanctions: Partial<Record<Sanction, number>>;
  /** Fines in minor units per currency. */
  finesByCurrency: Record<string, number>;
  enterprisesCovered: number;
  postedWorkersCovered: number;
  /** Requests (not alerts) sent in the period, for IMI's indicators. */
  replyRecords: ReplyGroup[];
}

/** Requests grouped by the dates that matter for the indicators (many requests share the same dates). */
export interface ReplyGroup {
  count: number;
  requestedCountry: string;
  sentOn: string;
  acceptedOn: string | null;
  answeredOn: string | null;
  dueOn: string | null;
}

export interface Target {
  metric: string;
  targetValue: number;
}

export interface Metric {
  key: string;
  value: number;
  /** How to show it: a count, a share (0–1), working days, or money in minor units of `currency`. */
  unit: "count" | "share" | "days" | "money";
  currency?: string;
  /** For shares and averages: how many records it is based on. */
  basis?: number;
}

export interface TargetResult {
  metric: string;
  target: number;
  actual: number;
  /** actual / target, or null for a zero target. */
  achieved: number | null;
}

export interface ReplyPerformance {
  requests: number;
  /** Requests old enough to judge acceptance within 7 days: sent at least 7 days before the day of the figures. */
  acceptanceJudged: number;
  /** Share of the judged requests accepted within 7 calendar days; null when none can be judged yet. */
  acceptedWithin7Days: number | null;
  averageWorkingDaysToAnswer: number | null;
  answeredByDueDate: number | null;
  rating: { accepted: "good" | "poor" | null; average: "good" | "fair" | "poor" | null; onTime: "fair" | "poor" | null };
}

export interface PeriodOutcome {
  metrics: Metric[];
  targets: TargetResult[];
  reply: ReplyPerformance;
}

const sum = (values: Iterable<number | undefined>) => [...values].reduce<number>((total, v) => total + (v ?? 0), 0);

function calendarDays(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Calendar days a request has to be accepted in. */
export const ACCEPTANCE_DAYS = 7;

/**
 * IMI's three indicators over the requests sent in the period, as of `today`. A request sent less than 7 days
 * ago cannot have failed "accepted within 7 days" yet, so only requests sent at least 7 days ago are judged
 * (counting the young ones too would rate a request sent today as a failure).
 */
export function replyPerformance(groups: readonly ReplyGroup[], today: string): ReplyPerformance {
  const requests = sum(groups.map((g) => g.count));
  const judged = groups.filter((g) => calendarDays(g.sentOn, today) >= ACCEPTANCE_DAYS);
  const acceptanceJudged = sum(judged.map((g) => g.count));
  const acceptedInTime = sum(judged.filter((g) => g.acceptedOn !== null && calendarDays(g.sentOn, g.acceptedOn) <= ACCEPTANCE_DAYS).map((g) => g.count));
  const answered = groups.filter((g) => g.answeredOn !== null);
  const answeredCount = sum(answered.map((g) => g.count));
  const workingDays = sum(answered.map((g) => Math.max(0, workingDaysBetween(g.requestedCountry, g.sentOn, g.answeredOn!)) * g.count));
  const withDue = answered.filter((g) => g.dueOn !== null);
  const withDueCount = sum(withDue.map((g) => g.count));
  const onTime = sum(withDue.filter((g) => g.answeredOn! <= g.dueOn!).map((g) => g.count));

  const acceptedShare = acceptanceJudged ? acceptedInTime / acceptanceJudged : null;
  const average = answeredCount ? workingDays / answeredCount : null;
  const onTimeShare = withDueCount ? onTime / withDueCount : null;
  return {
    requests,
    acceptanceJudged,
    acceptedWithin7Days: acceptedShare,
    averageWorkingDaysToAnswer: average,
    answeredByDueDate: onTimeShare,
    rating: {
      accepted: acceptedShare === null ? null : acceptedShare >= IMI_THRESHOLDS.acceptedWithin7DaysGood ? "good" : "poor",
      average: average === null ? null : average < IMI_THRESHOLDS.averageDaysGood ? "good" : average > IMI_THRESHOLDS.averageDaysPoor ? "poor" : "fair",
      onTime: onTimeShare === null ? null : onTimeShare < IMI_THRESHOLDS.answeredOnTimePoor ? "poor" : "fair",
    },
  };
}

/** Every metric of a period as of `today`, in a stable order, with the stable keys the CSV uses. */
export function periodMetrics(a: PeriodAggregates, today: string): Metric[] {
  const count = (key: string, value: number): Metric => ({ key, value, unit: "count" });
  const sentTotal = sum(Object.values(a.exchangesSentByType));
  const violationsTotal = sum(Object.values(a.violationsBySource));
  const reply = replyPerformance(a.replyRecords, today);
  const metrics: Metric[] = [
    count("joint_inspections_requested", a.inspectionsRequested),
    count("joint_inspections_conducted", a.inspectionsConducted),
    count("information_exchanges_sent", sentTotal),
    count("information_exchanges_answered", a.exchangesAnswered),
    ...EXCHANGE_TYPES.map((type) => count(`information_exchanges_sent_${type}`, a.exchangesSentByType[type] ?? 0)),
    ...ACTIVITY_KINDS.map((kind) => count(ACTIVITY_METRIC[kind], a.activitiesHeldByKind[kind] ?? 0)),
    count("violations_total", violationsTotal),
    ...VIOLATION_SOURCES.map((source) => count(VIOLATION_SOURCE_METRIC[source], a.violationsBySource[source] ?? 0)),
    ...VIOLATION_CATEGORIES.map((category) => count(`violations_${category}`, a.violationsByCategory[category] ?? 0)),
    ...SANCTIONS.map((sanction) => count(`sanctions_${sanction}`, a.sanctions[sanction] ?? 0)),
    ...Object.keys(a.finesByCurrency)
      .sort()
      .map((currency): Metric => ({ key: `fines_${currency.toLowerCase()}`, value: a.finesByCurrency[currency] ?? 0, unit: "money", currency })),
    count("enterprises_covered", a.enterprisesCovered),
    count("posted_workers_covered", a.postedWorkersCovered),
  ];
  if (reply.acceptedWithin7Days !== null) metrics.push({ key: "reply_accepted_within_7_days_share", value: reply.acceptedWithin7Days, unit: "share", basis: reply.acceptanceJudged });
  if (reply.averageWorkingDaysToAnswer !== null) metrics.push({ key: "reply_average_working_days", value: reply.averageWorkingDaysToAnswer, unit: "days" });
  if (reply.answeredByDueDate !== null) metrics.push({ key: "reply_answered_by_due_date_share", value: reply.answeredByDueDate, unit: "share" });
  return metrics;
}

/** Target against actual for each target of the period; a target for an unknown metric counts 0. */
export function targetResults(metrics: readonly Metric[], targets: readonly Target[]): TargetResult[] {
  const byKey = new Map(metrics.map((m) => [m.key, m.value]));
  return targets.map((target) => {
    const actual = byKey.get(target.metric) ?? 0;
    return { metric: target.metric, target: target.targetValue, actual, achieved: target.targetValue > 0 ? actual / target.targetValue : null };
  });
}

export function periodOutcome(aggregates: PeriodAggregates, targets: readonly Target[], today: string): PeriodOutcome {
  const metrics = periodMetrics(aggregates, today);
  return { metrics, targets: targetResults(metrics, targets), reply: replyPerformance(aggregates.replyRecords, today) };
}

/** The quarter of a date, `2018-Q3`. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from `fromIso` to `toIso`, so empty quarters show as zero in trends. */
export function quartersBetween(fromIso: string, toIso: string): string[] {
  const quarters: string[] = [];
  let year = Number(fromIso.slice(0, 4));
  let quarter = Math.ceil(Number(fromIso.slice(5, 7)) / 3);
  const [endYear, endQuarter] = [Number(toIso.slice(0, 4)), Math.ceil(Number(toIso.slice(5, 7)) / 3)];
  while (year < endYear || (year === endYear && quarter <= endQuarter)) {
    quarters.push(`${year}-Q${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

/** Figures per quarter for trends: each series filled with zeros where there were no records. */
export function quarterlySeries(quarters: readonly string[], counts: readonly { quarter: string; n: number }[]): number[] {
  const byQuarter = new Map(counts.map((c) => [c.quarter, c.n]));
  return quarters.map((q) => byQuarter.get(q) ?? 0);
}

/** Metrics a period can set a target for: every count the dashboard shows. */
export const TARGETABLE_METRICS: readonly string[] = periodMetrics({
  inspectionsRequested: 0,
  inspectionsConducted: 0,
  exchangesSentByType: {},
  exchangesAnswered: 0,
  activitiesHeldByKind: {},
  violationsBySource: {},
  violationsByCategory: {},
  sanctions: {},
  finesByCurrency: {},
  enterprisesCovered: 0,
  postedWorkersCovered: 0,
  replyRecords: [],
}, "2000-01-01")
  .filter((m) => m.unit === "count")
  .map((m) => m.key);
