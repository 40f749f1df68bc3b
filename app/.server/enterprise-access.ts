// Need-to-know for enterprises (the rule is app/domain/enterprise-access.ts): an authority knows an enterprise only
// through cases it may open or records its own authority created. Every list, lookup, search and page that names
// an enterprise goes through these functions, so a contact point of another agreement learns nothing — not the
// name, not the address, not that the enterprise is known to the portal at all.
import { and, eq, sql, type Placeholder, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { enterprises } from "../../db/schema";
import { nameKey, namesOverTime, type NameSighting } from "~/domain/enterprise-names";
import { nameSearchPhrase, registrationNumberQuery } from "~/domain/enterprise-search";
import { PARTNER_COUNTRIES } from "~/domain/vocabulary";
import { db, preparedQuery } from "./db";

/**
 * SQL that is true when `authorityId` knows the enterprise whose id is in `enterpriseId`: an exchange or inspection
 * about it that the authority may open (its own, or the partner's once sent — `mayOpenCase`); a person or contact
 * detail that came in through such a case; or a violation, person, contact detail or succession its own authority
 * recorded. Each branch reads an index on the enterprise.
 */
export function enterpriseKnownBy(authorityId: number | Placeholder | SQL, enterpriseId: SQLiteColumn | SQL | Placeholder = enterprises.id): SQL {
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

// The same rules as raw SQL text with a named parameter `@authority`, for the statements prepared on the driver
// (./enterprises, the search below). The case-visibility rule of app/domain/enterprise-access `mayOpenCase`, for
// exchanges (x) and inspections (i).
export const EXCHANGE_OPENABLE = `(x.requesting_authority_id = @authority or (x.requested_authority_id = @authority and x.status <> 'draft'))`;
export const INSPECTION_OPENABLE = `(i.requesting_authority_id = @authority or (i.partner_authority_id = @authority and i.status <> 'draft'))`;
/** A violation (alias v) the viewer may see: its own, from a case it may open, or without a case in an agreement it is party to. */
export const VIOLATION_VISIBLE = `(
  v.recorded_by_authority_id = @authority
  or exists (select 1 from exchanges x where x.id = v.exchange_id and ${EXCHANGE_OPENABLE})
  or exists (select 1 from inspections i where i.id = v.inspection_id and ${INSPECTION_OPENABLE})
  or (v.exchange_id is null and v.inspection_id is null
      and exists (select 1 from agreements g where g.id = v.agreement_id and (g.party_a_id = @authority or g.party_b_id = @authority)))
)`;
/** A name row of `enterprise_names` (alias r) the viewer may see: from a case or violation it may open, or recorded by its own authority outside a case. */
export const NAME_ROW_VISIBLE = `(
  (r.exchange_id is null and r.inspection_id is null and r.violation_id is null and r.recorded_by_authority_id = @authority)
  or exists (select 1 from exchanges x where x.id = r.exchange_id and ${EXCHANGE_OPENABLE})
  or exists (select 1 from inspections i where i.id = r.inspection_id and ${INSPECTION_OPENABLE})
  or exists (select 1 from violations v where v.id = r.violation_id and ${VIOLATION_VISIBLE})
)`;
/** `enterpriseKnownBy` for the enterprise alias e, as text (one rule, rendered once). */
const ENTERPRISE_KNOWN = new SQLiteSyncDialect().sqlToQuery(enterpriseKnownBy(sql.raw("@authority"), sql.raw("e.id"))).sql;

export interface EnterpriseMatch {
  id: number;
  /** The current name as the viewer's cases give it (app/domain/enterprise-names), else the stored name. */
  name: string;
  country: string;
  registrationNumber: string;
  address: string;
  /** The earlier name the query matched, when it did not match the current one. */
  earlierName: string | null;
}

/** The search's statements (exported for the test that reads their query plans). */
export const SEARCH_SQL = {
  // By number: the first digits, within each country's part of the unique (country, number) index. `+e.name`: not
  // the name index, which the planner would otherwise walk whole for the order.
  byNumber: `
    select e.id, e.name, e.country, e.registration_number as registrationNumber, e.address, 0 as storedNameMatched
    from enterprises e
    where e.country in (${PARTNER_COUNTRIES.map((c) => `'${c}'`).join(", ")})
      and e.registration_number >= @digits and e.registration_number < @digits || ':' and ${ENTERPRISE_KNOWN}
    order by +e.name, e.id limit @limit`,
  // By name: the stored name, or a name a case the viewer may open gave it; both read from the trigram indexes.
  byName: `
    select e.id, e.name, e.country, e.registration_number as registrationNumber, e.address,
      e.id in (select rowid from enterprise_stored_name_search where enterprise_stored_name_search match @phrase) as storedNameMatched
    from enterprises e
    where e.id in (
        select rowid from enterprise_stored_name_search where enterprise_stored_name_search match @phrase
        union
        select r.enterprise_id from enterprise_name_search s join enterprise_names r on r.id = s.rowid
        where enterprise_name_search match @phrase and ${NAME_ROW_VISIBLE})
      and ${ENTERPRISE_KNOWN}
    order by e.name, e.id limit @limit`,
  // The found enterprises' names as the viewer's cases gave them, and whether each matched the query.
  names: `
    select r.enterprise_id as enterpriseId, r.name, min(r.seen_on) as firstSeenOn, max(r.seen_on) as lastSeenOn,
      max(@phrase is not null and r.id in (select rowid from enterprise_name_search where enterprise_name_search match @phrase)) as matched
    from enterprise_names r
    where r.enterprise_id in (select value from json_each(@ids)) and ${NAME_ROW_VISIBLE}
    group by r.enterprise_id, r.name`,
};

const searchStatements = {
  byNumber: preparedQuery<{ authority: number; digits: string; limit: number }, Found>(SEARCH_SQL.byNumber),
  byName: preparedQuery<{ authority: number; phrase: string; limit: number }, Found>(SEARCH_SQL.byName),
  names: preparedQuery<{ authority: number; ids: string; phrase: string | null }, { enterpriseId: number; name: string; firstSeenOn: string; lastSeenOn: string; matched: number }>(SEARCH_SQL.names),
};

interface Found {
  id: number;
  name: string;
  country: string;
  registrationNumber: string;
  address: string;
  storedNameMatched: number;
}

/**
 * Enterprises the authority knows whose number starts with the query's digits (three or more), or one of whose
 * names contains the query: the stored name, or a name that a case the viewer may open gave it — a name seen only
 * in a case it may not open finds nothing. None without authority. Each comes with its current name as the viewer's
 * cases give it, and the earlier name that matched when the current one did not.
 */
export function searchKnownEnterprises(query: string, authorityId: number | null, limit = 10): EnterpriseMatch[] {
  const q = query.trim();
  if (!q || authorityId === null) return [];
  const digits = registrationNumberQuery(q);
  const phrase = digits ? null : nameSearchPhrase(q);
  const found =
    digits
      ? searchStatements.byNumber.all({ authority: authorityId, digits, limit })
      : phrase
        ? searchStatements.byName.all({ authority: authorityId, phrase, limit })
        : [];
  if (found.length === 0) return [];
  const rows = searchStatements.names.all({ authority: authorityId, ids: JSON.stringify(found.map((e) => e.id)), phrase });
  return found
    .map((enterprise): EnterpriseMatch => {
      const own = rows.filter((row) => row.enterpriseId === enterprise.id);
      const sightings: NameSighting[] = own.flatMap((row) => [
        { name: row.name, seenOn: row.firstSeenOn, case: null },
        { name: row.name, seenOn: row.lastSeenOn, case: null },
      ]);
      const current = namesOverTime(sightings, enterprise.name).current.name;
      const matched = own
        .filter((row) => row.matched)
        .sort((a, b) => b.lastSeenOn.localeCompare(a.lastSeenOn))
        .map((row) => row.name);
      if (enterprise.storedNameMatched) matched.push(enterprise.name);
      const earlierName = phrase === null || matched.some((name) => nameKey(name) === nameKey(current)) ? null : (matched[0] ?? null);
      return { id: enterprise.id, name: current, country: enterprise.country, registrationNumber: enterprise.registrationNumber, address: enterprise.address, earlierName };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
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
