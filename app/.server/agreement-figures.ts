// Headline figures of an agreement's project period for the public home page, counted from the records.
import { and, between, count, eq, sql } from "drizzle-orm";
import { agreements, exchanges, inspections, projectPeriods, violations } from "../../db/schema";
import type { Locale } from "~/lib/i18n";
import { db } from "./db";
import { dataGeneration, isCachedValueFresh } from "./data-generation";

const periodQuery = db
  .select({
    agreementId: agreements.id,
    startsOn: projectPeriods.startsOn,
    endsOn: projectPeriods.endsOn,
    nameNb: projectPeriods.nameNb,
    nameLt: projectPeriods.nameLt,
    nameEn: projectPeriods.nameEn,
  })
  .from(projectPeriods)
  .innerJoin(agreements, eq(agreements.id, projectPeriods.agreementId))
  .where(and(eq(agreements.slug, sql.placeholder("agreement")), eq(projectPeriods.slug, sql.placeholder("period"))))
  .prepare();

const range = { agreementId: sql.placeholder("agreementId"), from: sql.placeholder("from"), to: sql.placeholder("to") };

const conductedInspectionsQuery = db
  .select({ n: count() })
  .from(inspections)
  .where(and(eq(inspections.agreementId, range.agreementId), between(inspections.conductedOn, range.from, range.to)))
  .prepare();

const sentExchangesQuery = db
  .select({ n: count() })
  .from(exchanges)
  .where(and(eq(exchanges.agreementId, range.agreementId), between(exchanges.sentOn, range.from, range.to)))
  .prepare();

const violationsQuery = db
  .select({ n: count() })
  .from(violations)
  .where(and(eq(violations.agreementId, range.agreementId), between(violations.foundOn, range.from, range.to)))
  .prepare();

export interface HeadlineFigures {
  periodName: string;
  jointInspections: number;
  exchanges: number;
  violations: number;
}

// Rebuilt after any write to the data by any process (see data-generation.ts), never stale.
const cache = new Map<string, { generation: number; storedAt: number; figures: (Omit<HeadlineFigures, "periodName"> & { names: Record<Locale, string> }) | null }>();

export function getHeadlineFigures(agreement: string, period: string, locale: Locale): HeadlineFigures | null {
  const key = `${agreement}/${period}`;
  let entry = cache.get(key);
  if (!entry || !isCachedValueFresh(entry)) {
    const generation = dataGeneration();
    const found = periodQuery.get({ agreement, period });
    const figures = found
      ? (() => {
          const params = { agreementId: found.agreementId, from: found.startsOn, to: found.endsOn };
          return {
            names: { nb: found.nameNb, lt: found.nameLt, en: found.nameEn },
            jointInspections: conductedInspectionsQuery.get(params)?.n ?? 0,
            exchanges: sentExchangesQuery.get(params)?.n ?? 0,
            violations: violationsQuery.get(params)?.n ?? 0,
          };
        })()
      : null;
    entry = { generation, storedAt: Date.now(), figures };
    cache.set(key, entry);
  }
  if (!entry.figures) return null;
  const { names, ...counts } = entry.figures;
  return { periodName: names[locale], ...counts };
}
