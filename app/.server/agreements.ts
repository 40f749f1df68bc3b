// Agreements a user may see, and the scope rules behind it (one place for "which agreements are mine").
import { asc, eq, inArray, or } from "drizzle-orm";
import { agreements, projectPeriods } from "../../db/schema";
import { accessFor, coordinatedAgreementIds } from "~/domain/permissions";
import type { Locale } from "~/lib/i18n";
import { db } from "./db";
import type { SessionUser } from "./session";

/** Why a new request, activity or send is refused under a superseded, ended or draft agreement. */
export const AGREEMENT_NOT_ACTIVE = "casework:agreementNotActive";

/** Whether the agreement is in force, the condition for every new request or record made under it. */
export function agreementIsActive(agreementId: number): boolean {
  return db.select({ status: agreements.status }).from(agreements).where(eq(agreements.id, agreementId)).get()?.status === "active";
}

/** Ids of agreements whose outcomes the user may read; `null` means all. */
export function outcomeScope(user: SessionUser): number[] | null {
  const access = accessFor(user.roles, "read", "outcome");
  if (access === "any") return null;
  const ids = new Set<number>(coordinatedAgreementIds(user.roles));
  if (user.roles.some((g) => g.role === "contact_point") && user.authorityId !== null) {
    for (const row of db
      .select({ id: agreements.id })
      .from(agreements)
      .where(or(eq(agreements.partyAId, user.authorityId), eq(agreements.partyBId, user.authorityId)))
      .all()) {
      ids.add(row.id);
    }
  }
  return [...ids];
}

export function listAgreementsWithPeriods(scope: number[] | null, locale: Locale) {
  const title = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn }[locale];
  const rows = db
    .select({ id: agreements.id, slug: agreements.slug, title, status: agreements.status, signedOn: agreements.signedOn })
    .from(agreements)
    .where(scope === null ? undefined : inArray(agreements.id, scope.length ? scope : [-1]))
    .orderBy(asc(agreements.slug))
    .all();
  const name = { nb: projectPeriods.nameNb, lt: projectPeriods.nameLt, en: projectPeriods.nameEn }[locale];
  const periods = rows.length
    ? db
        .select({ agreementId: projectPeriods.agreementId, slug: projectPeriods.slug, name, startsOn: projectPeriods.startsOn, endsOn: projectPeriods.endsOn })
        .from(projectPeriods)
        .where(inArray(projectPeriods.agreementId, rows.map((r) => r.id)))
        .orderBy(asc(projectPeriods.startsOn))
        .all()
    : [];
  return rows.map((row) => ({ ...row, periods: periods.filter((p) => p.agreementId === row.id) }));
}

