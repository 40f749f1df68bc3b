// Need-to-know for enterprises (the rule is app/domain/enterprise-access.ts): an authority knows an enterprise only
// through cases it may open or records its own authority created. Every list, lookup, search and page that names
// an enterprise goes through these functions, so a contact point of another agreement learns nothing — not the
// name, not the address, not that the enterprise is known to the portal at all.
import { and, asc, eq, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { enterprises } from "../../db/schema";
import { db } from "./db";

/**
 * SQL that is true when `authorityId` knows the enterprise whose id is in `enterpriseId`: an exchange or inspection
 * about it that the authority may open (its own, or the partner's once sent — `mayOpenCase`); a person or contact
 * detail that came in through such a case; or a violation, person, contact detail or succession its own authority
 * recorded. Each branch reads an index on the enterprise.
 */
export function enterpriseKnownBy(authorityId: number | Placeholder, enterpriseId: SQLiteColumn | SQL | Placeholder = enterprises.id): SQL {
  return sql`(
    exists (select 1 from exchanges x where x.enterprise_id = ${enterpriseId}
      and (x.requesting_authority_id = ${authorityId} or (x.requested_authority_id = ${authorityId} and x.status <> 'draft')))
    or exists (select 1 from inspection_enterprises ie join inspections i on i.id = ie.inspection_id where ie.enterprise_id = ${enterpriseId}
      and (i.requesting_authority_id = ${authorityId} or (i.partner_authority_id = ${authorityId} and i.status <> 'draft')))
    or exists (select 1 from violations v where v.enterprise_id = ${enterpriseId} and v.recorded_by_authority_id = ${authorityId})
    or exists (select 1 from enterprise_people p where p.enterprise_id = ${enterpriseId} and (p.recorded_by_authority_id = ${authorityId}
      or exists (select 1 from exchanges x where x.id = p.exchange_id and (x.requesting_authority_id = ${authorityId} or (x.requested_authority_id = ${authorityId} and x.status <> 'draft')))
      or exists (select 1 from inspections i where i.id = p.inspection_id and (i.requesting_authority_id = ${authorityId} or (i.partner_authority_id = ${authorityId} and i.status <> 'draft')))))
    or exists (select 1 from enterprise_contacts c where c.enterprise_id = ${enterpriseId} and (c.recorded_by_authority_id = ${authorityId}
      or exists (select 1 from exchanges x where x.id = c.exchange_id and (x.requesting_authority_id = ${authorityId} or (x.requested_authority_id = ${authorityId} and x.status <> 'draft')))
      or exists (select 1 from inspections i where i.id = c.inspection_id and (i.requesting_authority_id = ${authorityId} or (i.partner_authority_id = ${authorityId} and i.status <> 'draft')))))
    or exists (select 1 from enterprise_successions s where (s.predecessor_id = ${enterpriseId} or s.successor_id = ${enterpriseId}) and s.set_by_authority_id = ${authorityId})
  )`;
}

const summary = { id: enterprises.id, name: enterprises.name, country: enterprises.country, registrationNumber: enterprises.registrationNumber, address: enterprises.address };

/** Enterprises the authority knows whose number starts with, or name contains, the query; none without authority. */
export function searchKnownEnterprises(query: string, authorityId: number | null, limit = 10) {
  const q = query.trim();
  if (!q || authorityId === null) return [];
  const digits = q.replace(/\D/g, "");
  const matches =
    digits.length >= 3
      ? sql`${enterprises.registrationNumber} like ${`${digits}%`}`
      : sql`${enterprises.name} like ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
  return db.select(summary).from(enterprises).where(and(matches, enterpriseKnownBy(authorityId))).orderBy(asc(enterprises.name)).limit(limit).all();
}

/** The enterprise with this id if the authority knows it; null (exactly as for a missing id) otherwise. */
export function getKnownEnterprise(id: number, authorityId: number | null) {
  if (authorityId === null || !Number.isSafeInteger(id) || id <= 0) return null;
  return db.select(summary).from(enterprises).where(and(eq(enterprises.id, id), enterpriseKnownBy(authorityId))).get() ?? null;
}

/** The enterprise with this country and number if the authority knows it. */
export function findKnownEnterprise(country: string, registrationNumber: string, authorityId: number | null) {
  if (authorityId === null) return null;
  return (
    db
      .select(summary)
      .from(enterprises)
      .where(and(eq(enterprises.country, country), eq(enterprises.registrationNumber, registrationNumber), enterpriseKnownBy(authorityId)))
      .get() ?? null
  );
}

/**
 * How a new case about a typed country and number reaches its enterprise record. An enterprise the authority
 * already knows is linked as it is. Any other — unknown, or known only to others — needs the name typed, exactly
 * the same way, so the form's answer never tells whether others stored it; an existing record is then linked
 * (one record per registration number) and nothing others stored is shown.
 */
export function enterpriseForNewCase(
  typed: { country: string; registrationNumber: string; name: string; address: string },
  authorityId: number,
): { link: number } | { create: { country: string; registrationNumber: string; name: string; address: string } } | { nameRequired: true } {
  const known = findKnownEnterprise(typed.country, typed.registrationNumber, authorityId);
  if (known) return { link: known.id };
  if (!typed.name) return { nameRequired: true };
  const existing = db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.country, typed.country), eq(enterprises.registrationNumber, typed.registrationNumber)))
    .get();
  return existing ? { link: existing.id } : { create: typed };
}
