// Editing agreements and their project periods (administrators: any; coordinators: the ones they coordinate).
// The parties of an existing agreement are not editable: its cases and figures belong to them.
import { data } from "@remix-run/node";
import { and, asc, eq, ne } from "drizzle-orm";
import { agreements, authorities, periodFundingSources, periodTargets, projectPeriods } from "../../db/schema";
import { accessFor, coordinatedAgreementIds } from "~/domain/permissions";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { requireUserWithAnyPermission } from "./auth";
import { db } from "./db";
import type { SessionUser } from "./session";

export function canEditAgreement(user: SessionUser, agreementId: number): boolean {
  return accessFor(user.roles, "write", "agreement") === "any" || coordinatedAgreementIds(user.roles).includes(agreementId);
}

export function editableAgreements(user: SessionUser, locale: Locale) {
  const title = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn }[locale];
  return db
    .select({ id: agreements.id, slug: agreements.slug, title, status: agreements.status, signedOn: agreements.signedOn })
    .from(agreements)
    .orderBy(asc(agreements.slug))
    .all()
    .filter((a) => canEditAgreement(user, a.id));
}

export function agreementForEditing(slug: string, locale: Locale) {
  const agreement = db.select().from(agreements).where(eq(agreements.slug, slug)).get();
  if (!agreement) return null;
  const name = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn }[locale];
  const party = (id: number) => db.select({ name }).from(authorities).where(eq(authorities.id, id)).get()?.name ?? "";
  const title = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn }[locale];
  const periodName = { nb: projectPeriods.nameNb, lt: projectPeriods.nameLt, en: projectPeriods.nameEn }[locale];
  return {
    agreement,
    parties: [party(agreement.partyAId), party(agreement.partyBId)],
    supersedeOptions: db.select({ id: agreements.id, title }).from(agreements).where(ne(agreements.id, agreement.id)).orderBy(asc(agreements.slug)).all(),
    periods: db
      .select({ slug: projectPeriods.slug, name: periodName, startsOn: projectPeriods.startsOn, endsOn: projectPeriods.endsOn })
      .from(projectPeriods)
      .where(eq(projectPeriods.agreementId, agreement.id))
      .orderBy(asc(projectPeriods.startsOn))
      .all(),
  };
}

export interface AgreementFields {
  titleNb: string;
  titleLt: string;
  titleEn: string;
  signedOn: string | null;
  supersedesId: number | null;
  status: "draft" | "active" | "superseded" | "ended";
  scopeNb: string;
  scopeLt: string;
  scopeEn: string;
  inspectionResponseDays: number;
  exchangeStandardDays: number | null;
  exchangeUrgentDays: number | null;
}

type Actor = { userId: number; authorityId: number | null; ipAddress: string };

export function updateAgreement(agreementId: number, fields: AgreementFields, actor: Actor, now = new Date()) {
  db.transaction((tx) => {
    tx.update(agreements).set({ ...fields, updatedAt: now.toISOString() }).where(eq(agreements.id, agreementId)).run();
    recordAudit({ ...actor, action: "agreement.updated", entity: "agreement", entityId: agreementId });
  });
}

export function periodForEditing(agreementId: number, periodSlug: string) {
  const period = db.select().from(projectPeriods).where(and(eq(projectPeriods.agreementId, agreementId), eq(projectPeriods.slug, periodSlug))).get();
  if (!period) return null;
  return {
    period,
    funding: db.select().from(periodFundingSources).where(eq(periodFundingSources.periodId, period.id)).orderBy(asc(periodFundingSources.id)).all(),
    targets: db.select().from(periodTargets).where(eq(periodTargets.periodId, period.id)).orderBy(asc(periodTargets.id)).all(),
  };
}

export interface PeriodFields {
  slug: string;
  nameNb: string;
  nameLt: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number | null;
  objectivesNb: string;
  objectivesLt: string;
  objectivesEn: string;
  funding: { source: "eea_norway_grants" | "nlia_budget" | "vdi_budget" | "other"; shareBasisPoints: number; amountCents: number | null }[];
  targets: { metric: string; targetValue: number }[];
}

/** Creates (periodId null) or replaces a period with its funding sources and targets, in one transaction. */
export function savePeriod(agreementId: number, periodId: number | null, fields: PeriodFields, actor: Actor, now = new Date()) {
  const clash = db
    .select({ id: projectPeriods.id })
    .from(projectPeriods)
    .where(and(eq(projectPeriods.agreementId, agreementId), eq(projectPeriods.slug, fields.slug)))
    .get();
  if (clash && clash.id !== periodId) return { ok: false as const, errors: { slug: "agreementAdmin.errors.slugTaken" } };
  const { funding, targets, ...period } = fields;
  const id = db.transaction((tx) => {
    const saved =
      periodId === null
        ? tx.insert(projectPeriods).values({ ...period, agreementId, createdAt: now.toISOString(), updatedAt: now.toISOString() }).returning({ id: projectPeriods.id }).get().id
        : (tx.update(projectPeriods).set({ ...period, updatedAt: now.toISOString() }).where(eq(projectPeriods.id, periodId)).run(), periodId);
    tx.delete(periodFundingSources).where(eq(periodFundingSources.periodId, saved)).run();
    for (const source of funding) tx.insert(periodFundingSources).values({ ...source, periodId: saved }).run();
    tx.delete(periodTargets).where(eq(periodTargets.periodId, saved)).run();
    for (const target of targets) tx.insert(periodTargets).values({ ...target, periodId: saved }).run();
    recordAudit({ ...actor, action: periodId === null ? "period.created" : "period.updated", entity: "project_period", entityId: saved, detail: { agreementId, slug: fields.slug } });
    return saved;
  });
  return { ok: true as const, id };
}

/** The user and agreement, when the user may edit it; 404 otherwise (others' agreements are not revealed). */
export function requireAgreementEditor(request: Request, slug: string) {
  const user = requireUserWithAnyPermission(request, ["write:agreement:any", "write:agreement:own-agreement"]);
  const agreement = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.slug, slug)).get();
  if (!agreement || !canEditAgreement(user, agreement.id)) throw data(null, { status: 404 });
  return { user, agreementId: agreement.id };
}
