// Outcome dashboards: SQL aggregates per agreement and period (through the agreement/date indexes), handed to
// the pure metric functions in app/domain/outcome-metrics. Results are cached until the next write to the records.
import { and, asc, eq } from "drizzle-orm";
import { agreements, authorities, periodFundingSources, periodTargets, projectPeriods } from "../../db/schema";
import {
  periodOutcome,
  quarterlySeries,
  quartersBetween,
  type PeriodAggregates,
  type PeriodOutcome,
  type ReplyGroup,
} from "~/domain/outcome-metrics";
import type { ActivityKind, ExchangeType, Sanction, ViolationCategory, ViolationSource } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { db, sqlite } from "./db";
import { dataGeneration, isCachedValueFresh } from "./data-generation";
import { today } from "./clock";

const q = {
  inspectionsRequested: sqlite.prepare(
    "select count(*) as n from inspections where agreement_id = :agreement and requested_on between :from and :to and status <> 'draft'",
  ),
  inspectionsConducted: sqlite.prepare("select count(*) as n from inspections where agreement_id = :agreement and conducted_on between :from and :to"),
  exchangesByType: sqlite.prepare(
    "select type, count(*) as n from exchanges where agreement_id = :agreement and sent_on between :from and :to group by type",
  ),
  exchangesAnswered: sqlite.prepare(
    "select count(*) as n from exchanges where agreement_id = :agreement and sent_on between :from and :to and answered_at is not null",
  ),
  activitiesByKind: sqlite.prepare(
    "select kind, count(*) as n from activities where agreement_id = :agreement and starts_on between :from and :to and status = 'held' group by kind",
  ),
  violations: sqlite.prepare(
    "select source, category, sanction, count(*) as n from violations where agreement_id = :agreement and found_on between :from and :to group by source, category, sanction",
  ),
  fines: sqlite.prepare(
    "select fine_currency as currency, sum(fine_amount_cents) as total from violations where agreement_id = :agreement and found_on between :from and :to and sanction = 'fine' group by fine_currency",
  ),
  enterprises: sqlite.prepare(`
    select count(distinct enterprise_id) as n from (
      select enterprise_id from exchanges where agreement_id = :agreement and sent_on between :from and :to and enterprise_id is not null
      union all
      select ie.enterprise_id from inspections i join inspection_enterprises ie on ie.inspection_id = i.id
       where i.agreement_id = :agreement and i.conducted_on between :from and :to
      union all
      select enterprise_id from violations where agreement_id = :agreement and found_on between :from and :to and enterprise_id is not null)`),
  workers: sqlite.prepare(`
    select coalesce((select sum(posted_workers_count) from exchanges where agreement_id = :agreement and sent_on between :from and :to), 0)
         + coalesce((select sum(wc.count) from inspections i
                       join inspection_reports r on r.inspection_id = i.id
                        and r.report_version = (select max(report_version) from inspection_reports where inspection_id = i.id)
                       join inspection_worker_counts wc on wc.report_id = r.id
                      where i.agreement_id = :agreement and i.conducted_on between :from and :to), 0) as n`),
  replyGroups: sqlite.prepare(`
    select a.country as requestedCountry, e.sent_on as sentOn, substr(e.accepted_at, 1, 10) as acceptedOn,
           substr(e.answered_at, 1, 10) as answeredOn, e.due_on as dueOn, count(*) as count
      from exchanges e join authorities a on a.id = e.requested_authority_id
     where e.agreement_id = :agreement and e.sent_on between :from and :to and e.type <> 'alert'
     group by 1, 2, 3, 4, 5`),
  quarterly: {
    exchanges: sqlite.prepare(
      "select substr(sent_on, 1, 4) || '-Q' || ((cast(substr(sent_on, 6, 2) as integer) + 2) / 3) as quarter, count(*) as n from exchanges where agreement_id = :agreement and sent_on between :from and :to group by 1",
    ),
    inspections: sqlite.prepare(
      "select substr(conducted_on, 1, 4) || '-Q' || ((cast(substr(conducted_on, 6, 2) as integer) + 2) / 3) as quarter, count(*) as n from inspections where agreement_id = :agreement and conducted_on between :from and :to group by 1",
    ),
    violations: sqlite.prepare(
      "select substr(found_on, 1, 4) || '-Q' || ((cast(substr(found_on, 6, 2) as integer) + 2) / 3) as quarter, count(*) as n from violations where agreement_id = :agreement and found_on between :from and :to group by 1",
    ),
  },
};

type Window = { agreement: number; from: string; to: string };
const n = (statement: ReturnType<typeof sqlite.prepare>, window: Window) => (statement.get(window) as { n: number | null }).n ?? 0;

export function periodAggregates(window: Window): PeriodAggregates {
  const violations = q.violations.all(window) as { source: ViolationSource; category: ViolationCategory; sanction: Sanction; n: number }[];
  const add = <K extends string>(target: Partial<Record<K, number>>, key: K, value: number) => {
    target[key] = (target[key] ?? 0) + value;
  };
  const bySource: Partial<Record<ViolationSource, number>> = {};
  const byCategory: Partial<Record<ViolationCategory, number>> = {};
  const sanctions: Partial<Record<Sanction, number>> = {};
  for (const row of violations) {
    add(bySource, row.source, row.n);
    add(byCategory, row.category, row.n);
    add(sanctions, row.sanction, row.n);
  }
  return {
    inspectionsRequested: n(q.inspectionsRequested, window),
    inspectionsConducted: n(q.inspectionsConducted, window),
    exchangesSentByType: Object.fromEntries((q.exchangesByType.all(window) as { type: ExchangeType; n: number }[]).map((r) => [r.type, r.n])),
    exchangesAnswered: n(q.exchangesAnswered, window),
    activitiesHeldByKind: Object.fromEntries((q.activitiesByKind.all(window) as { kind: ActivityKind; n: number }[]).map((r) => [r.kind, r.n])),
    violationsBySource: bySource,
    violationsByCategory: byCategory,
    sanctions,
    finesByCurrency: Object.fromEntries((q.fines.all(window) as { currency: string | null; total: number }[]).filter((r) => r.currency).map((r) => [r.currency!, r.total])),
    enterprisesCovered: n(q.enterprises, window),
    postedWorkersCovered: n(q.workers, window),
    replyRecords: q.replyGroups.all(window) as ReplyGroup[],
  };
}

const nameOf = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn } as const;

export function findAgreementBySlug(slug: string) {
  return db.select().from(agreements).where(eq(agreements.slug, slug)).get() ?? null;
}

export function periodsOf(agreementId: number, locale: Locale) {
  const name = { nb: projectPeriods.nameNb, lt: projectPeriods.nameLt, en: projectPeriods.nameEn }[locale];
  return db
    .select({ id: projectPeriods.id, slug: projectPeriods.slug, name, startsOn: projectPeriods.startsOn, endsOn: projectPeriods.endsOn })
    .from(projectPeriods)
    .where(eq(projectPeriods.agreementId, agreementId))
    .orderBy(asc(projectPeriods.startsOn))
    .all();
}

export interface Dashboard {
  agreement: { id: number; slug: string; title: string; signedOn: string | null; parties: { name: string; country: string }[] };
  period: { slug: string; name: string; startsOn: string; endsOn: string; budgetCents: number | null; budgetCurrency: string; objectives: string };
  funding: { source: string; shareBasisPoints: number; amountCents: number | null }[];
  outcome: PeriodOutcome;
  trends: { quarters: string[]; exchanges: number[]; inspections: number[]; violations: number[] };
  otherPeriods: { slug: string; name: string }[];
}

const cache = new Map<string, { generation: number; storedAt: number; dashboard: Dashboard }>();

/** The dashboard of one period; null when the agreement or period does not exist. */
export function periodDashboard(agreementSlug: string, periodSlug: string, locale: Locale): Dashboard | null {
  // The reply indicators depend on the day (which requests are old enough to judge), so the day is in the key.
  const asOf = today();
  const key = `${agreementSlug}/${periodSlug}/${locale}/${asOf}`;
  const cached = cache.get(key);
  if (cached && isCachedValueFresh(cached)) return cached.dashboard;

  const agreement = findAgreementBySlug(agreementSlug);
  if (!agreement) return null;
  const period = db.select().from(projectPeriods).where(and(eq(projectPeriods.agreementId, agreement.id), eq(projectPeriods.slug, periodSlug))).get();
  if (!period) return null;
  // Read before the queries: a write that lands while they run makes the next request rebuild.
  const generation = dataGeneration();
  const storedAt = Date.now();
  const window = { agreement: agreement.id, from: period.startsOn, to: period.endsOn };
  const targets = db.select({ metric: periodTargets.metric, targetValue: periodTargets.targetValue }).from(periodTargets).where(eq(periodTargets.periodId, period.id)).orderBy(asc(periodTargets.id)).all();
  const parties = db
    .select({ id: authorities.id, name: nameOf[locale], country: authorities.country })
    .from(authorities)
    .where(eq(authorities.id, agreement.partyAId))
    .all()
    .concat(db.select({ id: authorities.id, name: nameOf[locale], country: authorities.country }).from(authorities).where(eq(authorities.id, agreement.partyBId)).all());
  const quarters = quartersBetween(period.startsOn, period.endsOn);
  const series = (statement: ReturnType<typeof sqlite.prepare>) => quarterlySeries(quarters, statement.all(window) as { quarter: string; n: number }[]);
  const dashboard: Dashboard = {
    agreement: {
      id: agreement.id,
      slug: agreement.slug,
      title: { nb: agreement.titleNb, lt: agreement.titleLt, en: agreement.titleEn }[locale],
      signedOn: agreement.signedOn,
      parties: parties.map((p) => ({ name: p.name, country: p.country })),
    },
    period: {
      slug: period.slug,
      name: { nb: period.nameNb, lt: period.nameLt, en: period.nameEn }[locale],
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      budgetCents: period.budgetCents,
      budgetCurrency: period.budgetCurrency,
      objectives: { nb: period.objectivesNb, lt: period.objectivesLt, en: period.objectivesEn }[locale],
    },
    funding: db
      .select({ source: periodFundingSources.source, shareBasisPoints: periodFundingSources.shareBasisPoints, amountCents: periodFundingSources.amountCents })
      .from(periodFundingSources)
      .where(eq(periodFundingSources.periodId, period.id))
      .all(),
    outcome: periodOutcome(periodAggregates(window), targets, asOf),
    trends: { quarters, exchanges: series(q.quarterly.exchanges), inspections: series(q.quarterly.inspections), violations: series(q.quarterly.violations) },
    otherPeriods: periodsOf(agreement.id, locale).filter((p) => p.slug !== period.slug).map((p) => ({ slug: p.slug, name: p.name })),
  };
  if (cache.size > 500) cache.clear();
  cache.set(key, { generation, storedAt, dashboard });
  return dashboard;
}
