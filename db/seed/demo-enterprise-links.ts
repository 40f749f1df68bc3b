// Demo links between enterprises, so the enterprise page's related enterprises and signals show on a fresh start:
// UAB „Demo statyba“ (LT 304120014) had a manager who, when it stopped trading, took its business on in a second
// company at the same address; before the demo's first case it traded under another name. People, phones, names
// and dates are fictional and illustrative.
import { and, eq, sql, type SQL } from "drizzle-orm";
import { authorities, enterpriseContacts, enterprisePeople, enterprises, enterpriseSuccessions, exchanges } from "../schema";
import { contactMatchValue, personKey, type EnterpriseContactKind } from "../../app/domain/enterprise-links";
import type { Db } from "../connection";
import { lithuanianCompanyCodeFrom } from "./demo-identifiers";

type SeedTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const DEMO_SUCCESSOR = {
  country: "LT",
  registrationNumber: lithuanianCompanyCodeFrom(30_412_006),
  name: "UAB „Statybų tęsinys“",
  address: "Pavyzdžio g. 1, LT-44280 Kaunas",
};
const PREDECESSOR = { country: "LT", registrationNumber: lithuanianCompanyCodeFrom(30_412_001) };
/** The open exchange about the predecessor whose answers named the manager of both companies. */
const SOURCE_EXCHANGE = "EX-NO-LT-2026-0001";
const MANAGER = { name: "Jonas Petraitis", birthDate: "1975-03-02" };
const SUCCESSOR_SINCE = "2026-04-01";

export function seedEnterpriseLinks(tx: SeedTransaction): void {
  const predecessor = tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.country, PREDECESSOR.country), eq(enterprises.registrationNumber, PREDECESSOR.registrationNumber))).get();
  const source = tx.select({ id: exchanges.id, requestedAuthorityId: exchanges.requestedAuthorityId }).from(exchanges).where(eq(exchanges.ref, SOURCE_EXCHANGE)).get();
  const vdi = tx.select({ id: authorities.id }).from(authorities).where(eq(authorities.slug, "vdi")).get();
  if (!predecessor || !source || !vdi) return;
  const existing = tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.country, DEMO_SUCCESSOR.country), eq(enterprises.registrationNumber, DEMO_SUCCESSOR.registrationNumber))).get();
  // Seeded already: leave what is there alone.
  if (existing) return;
  const successor = tx.insert(enterprises).values(DEMO_SUCCESSOR).returning({ id: enterprises.id }).get();

  const fromCase = { exchangeId: source.id, recordedByAuthorityId: vdi.id };
  tx.insert(enterprisePeople)
    .values([
      { ...fromCase, enterpriseId: predecessor.id, ...MANAGER, personKey: personKey(MANAGER), role: "manager", fromOn: "2015-04-14", toOn: "2026-03-31" },
      { ...fromCase, enterpriseId: successor.id, ...MANAGER, personKey: personKey(MANAGER), role: "manager", fromOn: SUCCESSOR_SINCE, toOn: null },
    ])
    .run();
  const contact = (enterpriseId: number, kind: EnterpriseContactKind, value: string, seenOn: string) => ({ ...fromCase, enterpriseId, kind, value, matchValue: contactMatchValue(kind, value)!, seenOn });
  tx.insert(enterpriseContacts)
    .values([
      contact(predecessor.id, "address", "Pavyzdžio g. 1, LT-44280 Kaunas", "2026-02-10"),
      contact(predecessor.id, "phone", "+370 600 00001", "2026-02-10"),
      contact(predecessor.id, "email_domain", "statyba-demo.lt", "2026-02-10"),
      contact(successor.id, "address", DEMO_SUCCESSOR.address, SUCCESSOR_SINCE),
      contact(successor.id, "phone", "+370 600 00001", SUCCESSOR_SINCE),
    ])
    .run();
  tx.insert(enterpriseSuccessions).values({ predecessorId: predecessor.id, successorId: successor.id, sinceOn: SUCCESSOR_SINCE, setByAuthorityId: vdi.id }).run();
}

/** The name UAB „Demo statyba“ (LT 304120014) traded under until the end of the pilot's first year (fictional). */
export const DEMO_EARLIER_NAME = { ...PREDECESSOR, name: "UAB „Baltijos demo statyba“", until: "2016-12-31" };

/**
 * Every demo case names its enterprise as stored (what migration 0012 does for cases stored before names were
 * kept), except that the pilot's cases of 2016 named LT 304120014 by its earlier name. Runs after the cases are
 * seeded; a case that already has its name row is left alone.
 */
export function seedEnterpriseNames(tx: SeedTransaction): void {
  const renamed = tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.country, DEMO_EARLIER_NAME.country), eq(enterprises.registrationNumber, DEMO_EARLIER_NAME.registrationNumber))).get();
  const nameOf = (enterpriseId: SQL, seenOn: SQL, stored: SQL) => sql`iif(${enterpriseId} = ${renamed?.id ?? 0} and ${seenOn} <= ${DEMO_EARLIER_NAME.until}, ${DEMO_EARLIER_NAME.name}, ${stored})`;
  const exchangeSeen = sql`coalesce(x.sent_on, substr(x.created_at, 1, 10))`;
  tx.run(sql`insert into enterprise_names (enterprise_id, name, seen_on, exchange_id, recorded_by_authority_id)
    select x.enterprise_id, ${nameOf(sql`x.enterprise_id`, exchangeSeen, sql`e.name`)}, ${exchangeSeen}, x.id, x.requesting_authority_id
    from exchanges x join enterprises e on e.id = x.enterprise_id
    where not exists (select 1 from enterprise_names n where n.exchange_id = x.id)`);
  const inspectionSeen = sql`coalesce(i.requested_on, substr(i.created_at, 1, 10))`;
  tx.run(sql`insert into enterprise_names (enterprise_id, name, seen_on, inspection_id, recorded_by_authority_id)
    select ie.enterprise_id, ${nameOf(sql`ie.enterprise_id`, inspectionSeen, sql`e.name`)}, ${inspectionSeen}, i.id, i.requesting_authority_id
    from inspection_enterprises ie join inspections i on i.id = ie.inspection_id join enterprises e on e.id = ie.enterprise_id
    where not exists (select 1 from enterprise_names n where n.inspection_id = i.id and n.enterprise_id = ie.enterprise_id)`);
  tx.run(sql`insert into enterprise_names (enterprise_id, name, seen_on, violation_id, recorded_by_authority_id)
    select v.enterprise_id, ${nameOf(sql`v.enterprise_id`, sql`v.found_on`, sql`e.name`)}, v.found_on, v.id, v.recorded_by_authority_id
    from violations v join enterprises e on e.id = v.enterprise_id
    where v.recorded_by_authority_id is not null and not exists (select 1 from enterprise_names n where n.violation_id = v.id)`);
}
