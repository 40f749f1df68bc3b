// The enterprise as a whole, across both inspectorates: its names over time, its cases (only those the viewer may
// open), the establishment answers exchanges brought in, the people and contact details behind it (and recording
// contact details from a case), related enterprises and the signals (app/domain/enterprise-signals). Need-to-know throughout (./enterprise-access): an enterprise the
// viewer's authority does not know is "not found", and so is every related enterprise it does not know.
import { and, eq, sql } from "drizzle-orm";
import { enterpriseContacts, enterpriseFollows, enterprisePeople, enterprises, enterpriseSuccessions } from "../../db/schema";
import { enterpriseKey, parseEnterpriseKey } from "~/domain/enterprise-access";
import { namesOverTime, type NameSighting } from "~/domain/enterprise-names";
import { contactMatchValue, personKey, type EnterpriseContactKind, type EnterprisePersonRole } from "~/domain/enterprise-links";
import { enterpriseSignals, signalsChangeOn, type EnterpriseFacts, type EvidenceCase, type RelatedFact, type Signal } from "~/domain/enterprise-signals";
import { recordAudit } from "./audit";
import { acceptsPersonalData, type CaseRetentionFacts } from "./retention";
import { dateInOslo, today } from "./clock";
import { db, preparedQuery } from "./db";
import { enterpriseKnownBy, EXCHANGE_OPENABLE, INSPECTION_OPENABLE, NAME_ROW_VISIBLE, searchKnownEnterprises, VIOLATION_VISIBLE } from "./enterprise-access";
import { tipsAboutEnterprise } from "./tips";

export interface EnterpriseViewer {
  userId: number;
  authorityId: number;
  ipAddress: string;
  /** Whether the viewer may read its authority's tips from the public (`read:tip:own-authority`); else none are shown. */
  mayReadTips?: boolean;
}

/** A person or contact row (alias r) the viewer may see: from a case it may open whose personal data is not withheld, or recorded by its own authority outside a case. */
const LINK_ROW_VISIBLE = `(
  (r.exchange_id is null and r.inspection_id is null and r.recorded_by_authority_id = @authority)
  or exists (select 1 from exchanges x where x.id = r.exchange_id and ${EXCHANGE_OPENABLE} and x.personal_data_hidden_at is null)
  or exists (select 1 from inspections i where i.id = r.inspection_id and ${INSPECTION_OPENABLE} and i.personal_data_hidden_at is null)
)`;
const query = preparedQuery;

interface Params {
  authority: number;
  enterprise: number;
}

const statements = {
  // Cross joins keep the exchanges the outer loop, read in date order from exchanges_enterprise_date_idx (with
  // statistics the planner would rather start from the small authorities table and sort).
  exchanges: query<Params, CaseRetentionFacts & { ref: string; type: string; status: string; sentOn: string | null; dueOn: string | null; createdOn: string; requestingCountry: string; requestedCountry: string }>(`
    select x.ref, x.type, x.status, x.sent_on as sentOn, x.due_on as dueOn, substr(x.created_at, 1, 10) as createdOn,
      ra.country as requestingCountry, rd.country as requestedCountry,
      x.closed_at as closedAt, x.personal_data_hidden_at as personalDataHiddenAt, x.anonymised_at as anonymisedAt
    from exchanges x cross join authorities ra on ra.id = x.requesting_authority_id cross join authorities rd on rd.id = x.requested_authority_id
    where x.enterprise_id = @enterprise and ${EXCHANGE_OPENABLE}
    order by coalesce(x.sent_on, substr(x.created_at, 1, 10)) desc, x.id desc limit 200`),
  inspections: query<Params, CaseRetentionFacts & { ref: string; status: string; requestedOn: string | null; conductedOn: string | null; createdOn: string; hostCountry: string; relation: string; requestingCountry: string; partnerCountry: string }>(`
    select i.ref, i.status, i.requested_on as requestedOn, i.conducted_on as conductedOn, substr(i.created_at, 1, 10) as createdOn,
      i.host_country as hostCountry, ie.relation, ra.country as requestingCountry, pa.country as partnerCountry,
      i.closed_at as closedAt, i.personal_data_hidden_at as personalDataHiddenAt, i.anonymised_at as anonymisedAt
    from inspection_enterprises ie join inspections i on i.id = ie.inspection_id
      join authorities ra on ra.id = i.requesting_authority_id join authorities pa on pa.id = i.partner_authority_id
    where ie.enterprise_id = @enterprise and ${INSPECTION_OPENABLE}
    order by coalesce(i.conducted_on, i.requested_on, substr(i.created_at, 1, 10)) desc, i.id desc limit 200`),
  violations: query<Params, { id: number; foundOn: string; category: string; sanction: string; fineAmountCents: number | null; fineCurrency: string | null; status: string; country: string | null; exchangeRef: string | null; inspectionRef: string | null }>(`
    select v.id, v.found_on as foundOn, v.category, v.sanction, v.fine_amount_cents as fineAmountCents, v.fine_currency as fineCurrency, v.status,
      a.country, (select ref from exchanges where id = v.exchange_id) as exchangeRef, (select ref from inspections where id = v.inspection_id) as inspectionRef
    from violations v left join authorities a on a.id = v.recorded_by_authority_id
    where v.enterprise_id = @enterprise and ${VIOLATION_VISIBLE}
    order by v.found_on desc, v.id desc limit 200`),
  violationCount: query<Params, { count: number }>(`select count(*) as count from violations v where v.enterprise_id = @enterprise and ${VIOLATION_VISIBLE}`),
  answers: query<Params, { questionCode: string; value: string | null; text: string | null; answeredAt: string; ref: string }>(`
    select q.question_code as questionCode, q.answer_value as value, q.answer_text as text, q.answered_at as answeredAt, x.ref
    from exchanges x join exchange_questions q on q.exchange_id = x.id
    where x.enterprise_id = @enterprise and ${EXCHANGE_OPENABLE} and x.anonymised_at is null
      and q.question_code in ('Q001', 'Q002', 'Q003', 'Q004', 'Q005', 'Q006', 'Q007', 'Q008') and q.answered_at is not null
    order by q.answered_at desc limit 200`),
  people: query<Params, { name: string; birthDate: string | null; personalCode: string | null; personKey: string | null; role: EnterprisePersonRole; fromOn: string | null; toOn: string | null; exchangeRef: string | null; inspectionRef: string | null }>(`
    select r.name, r.birth_date as birthDate, r.personal_code as personalCode, r.person_key as personKey, r.role, r.from_on as fromOn, r.to_on as toOn,
      (select ref from exchanges where id = r.exchange_id) as exchangeRef, (select ref from inspections where id = r.inspection_id) as inspectionRef
    from enterprise_people r where r.enterprise_id = @enterprise and ${LINK_ROW_VISIBLE}
    order by coalesce(r.from_on, '') desc, r.id limit 200`),
  contacts: query<Params, { kind: EnterpriseContactKind; value: string; matchValue: string; seenOn: string; exchangeRef: string | null; inspectionRef: string | null }>(`
    select r.kind, r.value, r.match_value as matchValue, r.seen_on as seenOn,
      (select ref from exchanges where id = r.exchange_id) as exchangeRef, (select ref from inspections where id = r.inspection_id) as inspectionRef
    from enterprise_contacts r where r.enterprise_id = @enterprise and ${LINK_ROW_VISIBLE}
    order by r.kind, r.seen_on desc limit 200`),
  sharingPerson: query<Params & { key: string }, { enterpriseId: number; role: string; fromOn: string | null; toOn: string | null }>(`
    select r.enterprise_id as enterpriseId, r.role, r.from_on as fromOn, r.to_on as toOn
    from enterprise_people r where r.person_key = @key and r.enterprise_id <> @enterprise and ${LINK_ROW_VISIBLE} limit 50`),
  sharingContact: query<Params & { kind: string; value: string }, { enterpriseId: number; seenOn: string }>(`
    select r.enterprise_id as enterpriseId, min(r.seen_on) as seenOn
    from enterprise_contacts r where r.kind = @kind and r.match_value = @value and r.enterprise_id <> @enterprise and ${LINK_ROW_VISIBLE}
    group by r.enterprise_id limit 50`),
  // Names over time: each spelling's first and last sighting over all rows, and the latest rows for their cases.
  nameSpans: query<Params, { name: string; firstSeenOn: string; lastSeenOn: string }>(`
    select r.name, min(r.seen_on) as firstSeenOn, max(r.seen_on) as lastSeenOn
    from enterprise_names r where r.enterprise_id = @enterprise and ${NAME_ROW_VISIBLE} group by r.name limit 50`),
  nameSightings: query<Params, { name: string; seenOn: string; exchangeRef: string | null; inspectionRef: string | null }>(`
    select r.name, r.seen_on as seenOn,
      coalesce((select ref from exchanges where id = r.exchange_id), (select x.ref from violations v join exchanges x on x.id = v.exchange_id where v.id = r.violation_id)) as exchangeRef,
      coalesce((select ref from inspections where id = r.inspection_id), (select i.ref from violations v join inspections i on i.id = v.inspection_id where v.id = r.violation_id)) as inspectionRef
    from enterprise_names r where r.enterprise_id = @enterprise and ${NAME_ROW_VISIBLE}
    order by r.seen_on desc, r.id desc limit 200`),
  successions: query<{ enterprise: number }, { predecessorId: number; successorId: number; sinceOn: string | null }>(`
    select predecessor_id as predecessorId, successor_id as successorId, since_on as sinceOn from enterprise_successions
    where predecessor_id = @enterprise union all
    select predecessor_id, successor_id, since_on from enterprise_successions where successor_id = @enterprise`),
};

const enterpriseColumns = { id: enterprises.id, country: enterprises.country, registrationNumber: enterprises.registrationNumber, name: enterprises.name, address: enterprises.address };
// Prepared once: the need-to-know condition is long, and the signals list's rows check it for thousands of enterprises.
const knownById = db
  .select(enterpriseColumns)
  .from(enterprises)
  .where(and(eq(enterprises.id, sql.placeholder("id")), enterpriseKnownBy(sql.placeholder("authority"))))
  .prepare();
const knownByNumber = db
  .select(enterpriseColumns)
  .from(enterprises)
  .where(and(eq(enterprises.country, sql.placeholder("country")), eq(enterprises.registrationNumber, sql.placeholder("number")), enterpriseKnownBy(sql.placeholder("authority"))))
  .prepare();

/** The enterprise with this id, or with this country and number, if the authority knows it; null otherwise. */
function knownEnterprise(which: { id: number } | { country: string; registrationNumber: string }, authorityId: number) {
  return ("id" in which ? knownById.get({ id: which.id, authority: authorityId }) : knownByNumber.get({ country: which.country, number: which.registrationNumber, authority: authorityId })) ?? null;
}

export type RelationVia =
  | { kind: "person"; name: string; role: string; fromOn: string | null; toOn: string | null }
  | { kind: "address" | "phone" | "email_domain"; value: string; since: string }
  | { kind: "successor" | "predecessor"; since: string | null };

export interface RelatedEnterprise {
  key: string;
  name: string;
  country: string;
  violationCount: number;
  via: RelationVia[];
}

function relatedEnterprises(enterpriseId: number, authorityId: number, people: ReturnType<typeof statements.people.all>, contacts: ReturnType<typeof statements.contacts.all>): RelatedEnterprise[] {
  const params = { authority: authorityId, enterprise: enterpriseId };
  const found = new Map<number, RelationVia[]>();
  const add = (id: number, via: RelationVia) => found.set(id, [...(found.get(id) ?? []), via]);
  for (const person of people) {
    if (!person.personKey) continue;
    for (const other of statements.sharingPerson.all({ ...params, key: person.personKey })) add(other.enterpriseId, { kind: "person", name: person.name, role: other.role, fromOn: other.fromOn, toOn: other.toOn });
  }
  for (const contact of contacts) {
    for (const other of statements.sharingContact.all({ ...params, kind: contact.kind, value: contact.matchValue })) add(other.enterpriseId, { kind: contact.kind, value: contact.value, since: other.seenOn < contact.seenOn ? other.seenOn : contact.seenOn });
  }
  for (const link of statements.successions.all({ enterprise: enterpriseId })) {
    if (link.predecessorId === enterpriseId) add(link.successorId, { kind: "successor", since: link.sinceOn });
    else add(link.predecessorId, { kind: "predecessor", since: link.sinceOn });
  }
  const related: RelatedEnterprise[] = [];
  for (const [id, via] of found) {
    const other = knownEnterprise({ id }, authorityId);
    if (!other) continue;
    related.push({ key: enterpriseKey(other), name: other.name, country: other.country, violationCount: statements.violationCount.get({ authority: authorityId, enterprise: id })?.count ?? 0, via });
  }
  return related.sort((a, b) => a.name.localeCompare(b.name));
}

function caseOf(exchangeRef: string | null, inspectionRef: string | null): EvidenceCase | null {
  if (exchangeRef) return { kind: "exchange", ref: exchangeRef };
  if (inspectionRef) return { kind: "inspection", ref: inspectionRef };
  return null;
}

function minDate(dates: (string | null)[]): string | null {
  return dates.filter((d): d is string => !!d).sort()[0] ?? null;
}

/** Everything the enterprise page needs for one enterprise the viewer knows (no audit here). */
function enterpriseRecord(enterprise: { id: number; country: string; registrationNumber: string; name: string; address: string }, authorityId: number, todayIso: string, withTips = false) {
  const params = { authority: authorityId, enterprise: enterprise.id };
  const exchangeRows = statements.exchanges.all(params);
  const inspectionRows = statements.inspections.all(params);
  const violationRows = statements.violations.all(params);
  const answerRows = statements.answers.all(params);
  const people = statements.people.all(params);
  const contacts = statements.contacts.all(params);
  const related = relatedEnterprises(enterprise.id, authorityId, people, contacts);
  // Tips follow their own rule: only the inspectorate a tip was routed to, and only a user who may read tips.
  const tipRows = withTips ? tipsAboutEnterprise(enterprise.id, authorityId) : [];
  const facts: EnterpriseFacts = {
    violations: violationRows.map((v) => ({ foundOn: v.foundOn, country: v.country ?? "", case: caseOf(v.exchangeRef, v.inspectionRef) })),
    requests: exchangeRows.filter((x) => x.type !== "alert").map((x) => ({ ref: x.ref, status: x.status, dueOn: x.dueOn })),
    firstPostingOn: minDate([...exchangeRows.map((x) => x.sentOn), ...inspectionRows.map((i) => i.requestedOn)]),
    answers: answerRows.map((a) => ({ questionCode: a.questionCode, value: a.value, answeredOn: a.answeredAt.slice(0, 10), case: { kind: "exchange" as const, ref: a.ref } })),
    related: related.map((r): RelatedFact => ({ key: r.key, name: r.name, violationCount: r.violationCount })),
    tips: tipRows.map((tip) => ({ ref: tip.ref, receivedOn: dateInOslo(tip.createdAt) })),
  };
  return {
    enterprise: { ...enterprise, key: enterpriseKey(enterprise) },
    exchanges: exchangeRows,
    inspections: inspectionRows,
    violations: violationRows.map((v) => ({ ...v, case: caseOf(v.exchangeRef, v.inspectionRef) })),
    answers: answerRows.map((a) => ({ ...a, answeredOn: a.answeredAt.slice(0, 10) })),
    people: people.map(({ personKey: _key, ...p }) => ({ ...p, case: caseOf(p.exchangeRef, p.inspectionRef) })),
    contacts: contacts.map(({ matchValue: _match, ...c }) => ({ ...c, case: caseOf(c.exchangeRef, c.inspectionRef) })),
    related,
    tips: tipRows.map((tip) => ({ ref: tip.ref, sector: tip.sector, status: tip.status, receivedOn: dateInOslo(tip.createdAt) })),
    signals: enterpriseSignals(facts, todayIso) as Signal[],
    /** The day time alone changes the signals (for the stored rows of ./enterprise-signal-rows). */
    signalsChangeOn: signalsChangeOn(facts, todayIso),
  };
}

/** The enterprise's names over time as the cases the viewer may open named it (app/domain/enterprise-names). */
function enterpriseNameHistory(enterprise: { id: number; name: string }, authorityId: number) {
  const params = { authority: authorityId, enterprise: enterprise.id };
  const sightings: NameSighting[] = statements.nameSpans
    .all(params)
    .flatMap((span) => [
      { name: span.name, seenOn: span.firstSeenOn, case: null },
      { name: span.name, seenOn: span.lastSeenOn, case: null },
    ]);
  for (const row of statements.nameSightings.all(params)) sightings.push({ name: row.name, seenOn: row.seenOn, case: caseOf(row.exchangeRef, row.inspectionRef) });
  return namesOverTime(sightings, enterprise.name);
}

export type EnterprisePage = ReturnType<typeof enterpriseRecord> & {
  names: ReturnType<typeof namesOverTime>;
  /** The cases a person may be recorded from: those on the page whose personal data the retention rule does not hide. */
  personCases: string[];
};

/**
 * The enterprise page for `LT-304120014`, or null (→ 404) when the key is malformed, the enterprise does not exist
 * or the viewer's authority does not know it — the three are indistinguishable. Every view is audited.
 */
export function viewEnterprise(key: string, viewer: EnterpriseViewer, todayIso = today()): EnterprisePage | null {
  const parsed = parseEnterpriseKey(key);
  if (!parsed) return null;
  const enterprise = knownEnterprise(parsed, viewer.authorityId);
  if (!enterprise) return null;
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise.viewed", entity: "enterprise", entityId: enterpriseKey(enterprise), ipAddress: viewer.ipAddress });
  const record = enterpriseRecord(enterprise, viewer.authorityId, todayIso, viewer.mayReadTips === true);
  const personCases = [...record.exchanges, ...record.inspections].filter((c) => acceptsPersonalData(c, todayIso)).map((c) => c.ref);
  return { ...record, names: enterpriseNameHistory(enterprise, viewer.authorityId), personCases };
}

/** `/enterprises?q=`: the need-to-know lookup of ./enterprise-access, audited (what was searched shows who looked for whom). */
export function searchEnterprisesFor(query: string, viewer: EnterpriseViewer) {
  const matches = searchKnownEnterprises(query, viewer.authorityId, 50);
  if (query.trim()) recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise_search.viewed", entity: "enterprise", entityId: null, ipAddress: viewer.ipAddress, detail: { query: query.slice(0, 100), count: matches.length } });
  return matches.map((m) => ({ ...m, key: enterpriseKey(m) }));
}

/**
 * One enterprise's signals as the authority sees them (with its tips, for a viewer who may read them) — the same record as its page, so the signals list and the
 * page never disagree — or null when the authority does not know it. For ./enterprise-signal-rows.
 */
export function enterpriseSignalsFor(enterpriseId: number, authorityId: number, withTips: boolean, todayIso: string) {
  const enterprise = knownEnterprise({ id: enterpriseId }, authorityId);
  if (!enterprise) return null;
  const record = enterpriseRecord(enterprise, authorityId, todayIso, withTips);
  return { enterprise, signals: record.signals, latestViolation: record.violations[0]?.foundOn ?? null, recomputeOn: record.signalsChangeOn };
}

// ---------------------------------------------------------------------------------------------------------------
// Writes from the enterprise page: following, and the successor link an inspector sets.

export type EnterpriseWriteResult = { ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "invalid"; field: string; error: string };

function knownByKey(key: string, authorityId: number) {
  const parsed = parseEnterpriseKey(key);
  return parsed ? knownEnterprise(parsed, authorityId) : null;
}

// Prepared once: the enterprise page asks on every view.
const followingQuery = db
  .select({ userId: enterpriseFollows.userId })
  .from(enterpriseFollows)
  .where(and(eq(enterpriseFollows.userId, sql.placeholder("user")), eq(enterpriseFollows.enterpriseId, sql.placeholder("enterprise"))))
  .prepare();
export function isFollowing(userId: number, enterpriseId: number): boolean {
  return !!followingQuery.get({ user: userId, enterprise: enterpriseId });
}

export function setFollowing(key: string, follow: boolean, viewer: EnterpriseViewer): EnterpriseWriteResult {
  const enterprise = knownByKey(key, viewer.authorityId);
  if (!enterprise) return { ok: false, reason: "not_found" };
  if (follow) db.insert(enterpriseFollows).values({ userId: viewer.userId, enterpriseId: enterprise.id }).onConflictDoNothing().run();
  else db.delete(enterpriseFollows).where(and(eq(enterpriseFollows.userId, viewer.userId), eq(enterpriseFollows.enterpriseId, enterprise.id))).run();
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: follow ? "enterprise.followed" : "enterprise.unfollowed", entity: "enterprise", entityId: enterpriseKey(enterprise), ipAddress: viewer.ipAddress });
  return { ok: true };
}

/**
 * "`successor` continues the business of the enterprise `key` since `sinceOn`". Both must be enterprises the
 * inspector's authority knows; an unknown successor is the same error as a missing one.
 */
export function setSuccessor(key: string, successor: { country: string; registrationNumber: string }, sinceOn: string, viewer: EnterpriseViewer): EnterpriseWriteResult {
  const predecessor = knownByKey(key, viewer.authorityId);
  if (!predecessor) return { ok: false, reason: "not_found" };
  const next = knownByKey(enterpriseKey(successor), viewer.authorityId);
  if (!next) return { ok: false, reason: "invalid", field: "successorNumber", error: "errors.successorUnknown" };
  if (next.id === predecessor.id) return { ok: false, reason: "invalid", field: "successorNumber", error: "errors.successorSelf" };
  db.insert(enterpriseSuccessions)
    .values({ predecessorId: predecessor.id, successorId: next.id, sinceOn, setByAuthorityId: viewer.authorityId, setByUserId: viewer.userId })
    .onConflictDoUpdate({ target: [enterpriseSuccessions.predecessorId, enterpriseSuccessions.successorId], set: { sinceOn, setByAuthorityId: viewer.authorityId, setByUserId: viewer.userId } })
    .run();
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise.succession_set", entity: "enterprise", entityId: enterpriseKey(predecessor), ipAddress: viewer.ipAddress, detail: { successor: enterpriseKey(next), sinceOn } });
  return { ok: true };
}

/**
 * Followers of an enterprise a case is about who may open that case (need-to-know: a follower of another
 * authority is not told about a case it cannot open). Used by the notification listeners.
 */
export function followersWhoMayOpen(caseKind: "exchange" | "inspection", caseRef: string): number[] {
  return (caseKind === "exchange" ? followersOfExchange : followersOfInspection).all({ ref: caseRef }).map((r) => r.userId);
}

const followersOfExchange = query<{ ref: string }, { userId: number }>(`
  select distinct f.user_id as userId from exchanges x join enterprise_follows f on f.enterprise_id = x.enterprise_id join users u on u.id = f.user_id
  where x.ref = @ref and u.status = 'active' and (u.authority_id = x.requesting_authority_id or (u.authority_id = x.requested_authority_id and x.status <> 'draft'))`);
const followersOfInspection = query<{ ref: string }, { userId: number }>(`
  select distinct f.user_id as userId from inspections i join inspection_enterprises ie on ie.inspection_id = i.id
    join enterprise_follows f on f.enterprise_id = ie.enterprise_id join users u on u.id = f.user_id
  where i.ref = @ref and u.status = 'active' and (u.authority_id = i.requesting_authority_id or (u.authority_id = i.partner_authority_id and i.status <> 'draft'))`);

/**
 * Followers of one enterprise who may open the given case — for news recorded about that enterprise in the case
 * (a violation), where the case's other enterprises' followers are not concerned.
 */
export function followersOfEnterpriseWhoMayOpen(enterpriseId: number, caseKind: "exchange" | "inspection", caseRef: string): number[] {
  return (caseKind === "exchange" ? enterpriseFollowersOfExchange : enterpriseFollowersOfInspection).all({ ref: caseRef, enterprise: enterpriseId }).map((r) => r.userId);
}

const enterpriseFollowersOfExchange = query<{ ref: string; enterprise: number }, { userId: number }>(`
  select distinct f.user_id as userId from enterprise_follows f join users u on u.id = f.user_id join exchanges x on x.ref = @ref
  where f.enterprise_id = @enterprise and u.status = 'active'
    and (u.authority_id = x.requesting_authority_id or (u.authority_id = x.requested_authority_id and x.status <> 'draft'))`);
const enterpriseFollowersOfInspection = query<{ ref: string; enterprise: number }, { userId: number }>(`
  select distinct f.user_id as userId from enterprise_follows f join users u on u.id = f.user_id join inspections i on i.ref = @ref
  where f.enterprise_id = @enterprise and u.status = 'active'
    and (u.authority_id = i.requesting_authority_id or (u.authority_id = i.partner_authority_id and i.status <> 'draft'))`);

export interface NewPerson {
  caseRef: string;
  name: string;
  role: EnterprisePersonRole;
  birthDate: string | null;
  personalCode: string | null;
  fromOn: string | null;
  toOn: string | null;
}

const caseAboutEnterprise = {
  exchange: query<Params & { ref: string }, CaseRetentionFacts & { id: number }>(`
    select x.id, x.closed_at as closedAt, x.personal_data_hidden_at as personalDataHiddenAt, x.anonymised_at as anonymisedAt
    from exchanges x where x.ref = @ref and x.enterprise_id = @enterprise and ${EXCHANGE_OPENABLE}`),
  inspection: query<Params & { ref: string }, CaseRetentionFacts & { id: number }>(`
    select i.id, i.closed_at as closedAt, i.personal_data_hidden_at as personalDataHiddenAt, i.anonymised_at as anonymisedAt
    from inspections i join inspection_enterprises ie on ie.inspection_id = i.id
    where i.ref = @ref and ie.enterprise_id = @enterprise and ${INSPECTION_OPENABLE}`),
};

/**
 * A person behind the enterprise, as a case about it brought them in: the case must be one the inspector may open,
 * about this enterprise, and one whose personal data the retention rule does not hide yet (retention removes the
 * row with the case's personal data; recorded later, it would be withheld at once).
 */
export function addEnterprisePerson(key: string, person: NewPerson, viewer: EnterpriseViewer): EnterpriseWriteResult {
  const enterprise = knownByKey(key, viewer.authorityId);
  if (!enterprise) return { ok: false, reason: "not_found" };
  const params = { authority: viewer.authorityId, enterprise: enterprise.id, ref: person.caseRef };
  const exchange = caseAboutEnterprise.exchange.get(params);
  const inspection = exchange ? undefined : caseAboutEnterprise.inspection.get(params);
  if (!exchange && !inspection) return { ok: false, reason: "invalid", field: "caseRef", error: "errors.caseRef" };
  if (!acceptsPersonalData((exchange ?? inspection)!)) return { ok: false, reason: "invalid", field: "caseRef", error: "errors.personCaseWithheld" };
  if (person.fromOn && person.toOn && person.toOn < person.fromOn) return { ok: false, reason: "invalid", field: "toOn", error: "errors.period" };
  db.insert(enterprisePeople)
    .values({
      enterpriseId: enterprise.id,
      name: person.name,
      birthDate: person.birthDate,
      personalCode: person.personalCode,
      personKey: personKey(person),
      role: person.role,
      fromOn: person.fromOn,
      toOn: person.toOn,
      exchangeId: exchange?.id ?? null,
      inspectionId: inspection?.id ?? null,
      recordedByAuthorityId: viewer.authorityId,
    })
    .run();
  // The audit entry names the case, never the person.
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise.person_added", entity: "enterprise", entityId: enterpriseKey(enterprise), ipAddress: viewer.ipAddress, detail: { case: person.caseRef, role: person.role } });
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Contact details from a case: the form reached from an exchange's or inspection's page.

export interface CaseSource {
  kind: "exchange" | "inspection";
  ref: string;
}

interface CaseForDetails extends CaseRetentionFacts {
  id: number;
  enterpriseId: number | null;
  country: string | null;
  registrationNumber: string | null;
  name: string | null;
}

const caseForDetails = {
  exchange: query<{ authority: number; ref: string }, CaseForDetails>(`
    select x.id, x.closed_at as closedAt, x.personal_data_hidden_at as personalDataHiddenAt, x.anonymised_at as anonymisedAt,
      e.id as enterpriseId, e.country, e.registration_number as registrationNumber, e.name
    from exchanges x left join enterprises e on e.id = x.enterprise_id
    where x.ref = @ref and ${EXCHANGE_OPENABLE}`),
  inspection: query<{ authority: number; ref: string }, CaseForDetails>(`
    select i.id, i.closed_at as closedAt, i.personal_data_hidden_at as personalDataHiddenAt, i.anonymised_at as anonymisedAt,
      e.id as enterpriseId, e.country, e.registration_number as registrationNumber, e.name
    from inspections i left join inspection_enterprises ie on ie.inspection_id = i.id left join enterprises e on e.id = ie.enterprise_id
    where i.ref = @ref and ${INSPECTION_OPENABLE} order by ie.id`),
};

/**
 * The case's enterprises a contact detail may be recorded for, or null (→ 404) when the viewer may not open the
 * case. `withheld`: the retention rule hides or has anonymised the case's personal data (app/.server/retention
 * `caseRetention`), so nothing more is recorded from it — it would be withheld from contact points at once.
 */
export function caseEnterprises(source: CaseSource, authorityId: number, todayIso = today()) {
  const rows = caseForDetails[source.kind].all({ authority: authorityId, ref: source.ref });
  const first = rows[0];
  if (!first) return null;
  const enterprisesOfCase = rows.flatMap((r) => (r.enterpriseId !== null && r.country && r.registrationNumber ? [{ id: r.enterpriseId, key: enterpriseKey({ country: r.country, registrationNumber: r.registrationNumber }), name: r.name ?? "" }] : []));
  return { caseId: first.id, withheld: !acceptsPersonalData(first, todayIso), enterprises: enterprisesOfCase };
}

export interface NewContact {
  source: CaseSource;
  enterpriseKey: string;
  kind: EnterpriseContactKind;
  value: string;
  seenOn: string;
}

const sameContactFromCase = query<{ enterprise: number; kind: string; value: string; exchange: number | null; inspection: number | null }, { id: number }>(`
  select id from enterprise_contacts where enterprise_id = @enterprise and kind = @kind and match_value = @value
    and exchange_id is @exchange and inspection_id is @inspection limit 1`);

/**
 * An address, phone number or e-mail domain of one of the case's enterprises, as the case brought it in. The row
 * names the case (retention removes it with the case's personal data) and links the enterprise to every other
 * sharing the normalised value. The same detail from the same case twice is kept once. Audited with the case and
 * the kind, never the value.
 */
export function addEnterpriseContact(contact: NewContact, viewer: EnterpriseViewer): EnterpriseWriteResult {
  const found = caseEnterprises(contact.source, viewer.authorityId);
  if (!found) return { ok: false, reason: "not_found" };
  if (found.withheld) return { ok: false, reason: "invalid", field: "form", error: "errors.caseWithheld" };
  const enterprise = found.enterprises.find((e) => e.key === contact.enterpriseKey);
  if (!enterprise) return { ok: false, reason: "invalid", field: "enterprise", error: "errors.contactEnterprise" };
  const matchValue = contactMatchValue(contact.kind, contact.value);
  if (!matchValue) return { ok: false, reason: "invalid", field: "value", error: `errors.contactInvalid.${contact.kind}` };
  const exchangeId = contact.source.kind === "exchange" ? found.caseId : null;
  const inspectionId = contact.source.kind === "inspection" ? found.caseId : null;
  if (!sameContactFromCase.get({ enterprise: enterprise.id, kind: contact.kind, value: matchValue, exchange: exchangeId, inspection: inspectionId })) {
    db.insert(enterpriseContacts)
      .values({ enterpriseId: enterprise.id, kind: contact.kind, value: contact.value, matchValue, seenOn: contact.seenOn, exchangeId, inspectionId, recordedByAuthorityId: viewer.authorityId })
      .run();
  }
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise.contact_added", entity: "enterprise", entityId: enterprise.key, ipAddress: viewer.ipAddress, detail: { case: contact.source.ref, kind: contact.kind } });
  return { ok: true };
}
