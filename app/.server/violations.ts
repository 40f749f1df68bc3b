// Violations, recorded against their source (an exchange, a joint inspection, a joint meeting or other), and the
// register per agreement. One module for exchanges and inspections alike.
import { and, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { agreements, authorities, enterprises, exchanges, inspections, violations } from "../../db/schema";
import type { Sanction, ViolationCategory, ViolationSource } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { db } from "./db";
import { enterpriseKnownBy } from "./enterprise-access";
import { recordEnterpriseName } from "./enterprise-names";
import { loadVisible as loadVisibleExchange } from "./exchanges";
import { loadVisible as loadVisibleInspection } from "./inspections";

type ViolationTx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type ViolationListener = (tx: ViolationTx, source: { kind: "exchange" | "inspection"; ref: string }, enterpriseId: number | null, actorUserId: number) => void;
let violationRecorded: ViolationListener = () => {};
/** The notifications module registers itself here, as with `onExchangeEvent` (an import would make a cycle). */
export function onViolationRecorded(listener: ViolationListener) {
  violationRecorded = listener;
}

export interface ViolationSourceRef {
  kind: "exchange" | "inspection";
  ref: string;
}

/**
 * The case a violation is recorded from: only a case the authority may open (the same rule as its case page, so a
 * partner's draft is as absent as a missing case), and not a draft, which has no findings yet.
 */
export function findSourceCase(source: ViolationSourceRef, authorityId: number) {
  if (source.kind === "exchange") {
    const row = loadVisibleExchange(source.ref, authorityId)?.row;
    if (!row || row.status === "draft") return null;
    return { kind: "exchange" as const, id: row.id, ref: row.ref, agreementId: row.agreementId, enterpriseId: row.enterpriseId };
  }
  const row = loadVisibleInspection(source.ref, authorityId)?.row;
  if (!row || row.status === "draft") return null;
  return { kind: "inspection" as const, id: row.id, ref: row.ref, agreementId: row.agreementId, enterpriseId: null as number | null };
}

export interface NewViolation {
  source: ViolationSourceRef;
  enterpriseId: number | null;
  category: ViolationCategory;
  legalReference: string;
  description: string;
  descriptionLanguage: Locale;
  foundOn: string;
  sanction: Sanction;
  fineAmountCents: number | null;
  fineCurrency: string | null;
}

export function recordViolation(input: NewViolation, actor: { userId: number; authorityId: number; ipAddress: string }, now = new Date()) {
  const source = findSourceCase(input.source, actor.authorityId);
  if (!source) return { ok: false as const, error: "not_found" as const };
  const sourceKind: ViolationSource = source.kind === "exchange" ? "information_exchange" : "joint_inspection";
  const id = db.transaction((tx) => {
    const created = tx
      .insert(violations)
      .values({
        agreementId: source.agreementId,
        source: sourceKind,
        exchangeId: source.kind === "exchange" ? source.id : null,
        inspectionId: source.kind === "inspection" ? source.id : null,
        enterpriseId: input.enterpriseId ?? source.enterpriseId,
        recordedByAuthorityId: actor.authorityId,
        category: input.category,
        legalReference: input.legalReference,
        description: input.description,
        descriptionLanguage: input.descriptionLanguage,
        foundOn: input.foundOn,
        sanction: input.sanction,
        fineAmountCents: input.sanction === "fine" ? input.fineAmountCents : null,
        fineCurrency: input.sanction === "fine" ? input.fineCurrency : null,
        createdById: actor.userId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .returning({ id: violations.id, enterpriseId: violations.enterpriseId })
      .get();
    if (created.enterpriseId !== null) recordEnterpriseName(tx, { enterpriseId: created.enterpriseId, seenOn: input.foundOn, source: { violationId: created.id }, authorityId: actor.authorityId });
    recordAudit({ ...actor, action: "violation.recorded", entity: "violation", entityId: created.id, detail: { source: source.ref, category: input.category } });
    violationRecorded(tx, source, created.enterpriseId, actor.userId);
    return created.id;
  });
  return { ok: true as const, id, source };
}

export const VIOLATIONS_PAGE_SIZE = 50;

export interface ViolationFilter {
  agreementId?: number;
  category?: ViolationCategory;
  source?: ViolationSource;
  sanction?: Sanction;
  from?: string;
  to?: string;
  page: number;
}

/**
 * Violations of the agreements in `scope` (null = all), newest first. With `viewerAuthorityId`, the enterprise is
 * named only where that authority knows it (need-to-know, app/.server/enterprise-access.ts).
 */
export function listViolations(scope: number[] | null, filter: ViolationFilter, locale: Locale, viewerAuthorityId: number | null = null) {
  const conditions: SQL[] = [];
  if (scope !== null) conditions.push(inArray(violations.agreementId, scope.length ? scope : [-1]));
  if (filter.agreementId) conditions.push(eq(violations.agreementId, filter.agreementId));
  if (filter.category) conditions.push(eq(violations.category, filter.category));
  if (filter.source) conditions.push(eq(violations.source, filter.source));
  if (filter.sanction) conditions.push(eq(violations.sanction, filter.sanction));
  if (filter.from) conditions.push(gte(violations.foundOn, filter.from));
  if (filter.to) conditions.push(lte(violations.foundOn, filter.to));
  const name = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn }[locale];
  const agreementTitle = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn }[locale];
  const rows = db
    .select({
      id: violations.id,
      foundOn: violations.foundOn,
      category: violations.category,
      source: violations.source,
      sanction: violations.sanction,
      fineAmountCents: violations.fineAmountCents,
      fineCurrency: violations.fineCurrency,
      status: violations.status,
      legalReference: violations.legalReference,
      agreement: agreements.slug,
      agreementTitle,
      enterpriseName: enterprises.name,
      enterpriseCountry: enterprises.country,
      enterpriseNumber: enterprises.registrationNumber,
      enterpriseKnown: viewerAuthorityId === null ? sql<number>`1` : sql<number>`${enterpriseKnownBy(viewerAuthorityId, violations.enterpriseId)}`,
      recordedBy: name,
      exchangeRef: exchanges.ref,
      inspectionRef: inspections.ref,
    })
    .from(violations)
    .innerJoin(agreements, eq(agreements.id, violations.agreementId))
    .leftJoin(enterprises, eq(enterprises.id, violations.enterpriseId))
    .leftJoin(authorities, eq(authorities.id, violations.recordedByAuthorityId))
    .leftJoin(exchanges, eq(exchanges.id, violations.exchangeId))
    .leftJoin(inspections, eq(inspections.id, violations.inspectionId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(violations.foundOn), desc(violations.id))
    .limit(VIOLATIONS_PAGE_SIZE + 1)
    .offset((filter.page - 1) * VIOLATIONS_PAGE_SIZE)
    .all();
  return {
    rows: rows.slice(0, VIOLATIONS_PAGE_SIZE).map(({ enterpriseName, enterpriseCountry, enterpriseNumber, enterpriseKnown, ...row }) => ({
      ...row,
      enterprise: enterpriseKnown && enterpriseName && enterpriseCountry && enterpriseNumber ? { name: enterpriseName, key: `${enterpriseCountry}-${enterpriseNumber}` } : null,
    })),
    hasMore: rows.length > VIOLATIONS_PAGE_SIZE,
  };
}

/** Agreements whose violations an authority's contact point may see: those it is party to. */
export function agreementsOfParty(authorityId: number): number[] {
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(or(eq(agreements.partyAId, authorityId), eq(agreements.partyBId, authorityId)))
    .all()
    .map((a) => a.id);
}

