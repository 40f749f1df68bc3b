// Enterprises across borders over the demo data: the enterprise page of LT 304120014 as each contact point sees it
// (need-to-know, audit of every view), the related enterprise through the shared manager and the succession, the
// signals, the need-to-know rule in every lookup that names enterprises, and retention removing the people and
// contact details that came only from an anonymised case while the violations stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let enterprises: typeof import("~/.server/enterprises");
let signalRows: typeof import("~/.server/enterprise-signal-rows");
let access: typeof import("~/.server/enterprise-access");
let violations: typeof import("~/.server/violations");
let retention: typeof import("~/.server/retention-run");

const KEY = "LT-304120014";
const SUCCESSOR_KEY = "LT-304120060";
const savedToday = process.env.PORTAL_TODAY;

const authorityOf = (slug: string) => (sqlite.prepare("select id from authorities where slug = ?").get(slug) as { id: number }).id;
const userOf = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
const viewerOf = (email: string, slug: string) => ({ userId: userOf(email), authorityId: authorityOf(slug), ipAddress: "10.9.0.1" });
const views = (action: string, userId: number) => (sqlite.prepare("select count(*) as n from audit_log where action = ? and user_id = ?").get(action, userId) as { n: number }).n;

let norway: ReturnType<typeof viewerOf>;
let lithuania: ReturnType<typeof viewerOf>;
let poland: ReturnType<typeof viewerOf>;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ sqlite } = await import("~/.server/db"));
  enterprises = await import("~/.server/enterprises");
  signalRows = await import("~/.server/enterprise-signal-rows");
  access = await import("~/.server/enterprise-access");
  violations = await import("~/.server/violations");
  retention = await import("~/.server/retention-run");
  norway = viewerOf("kontakt@arbeidstilsynet.demo", "nlia");
  lithuania = viewerOf("kontaktas@vdi.demo", "vdi");
  poland = viewerOf("kontakt@pip.demo", "pip");
  process.env.PORTAL_TODAY = "2026-12-01";
});

afterAll(() => {
  if (savedToday === undefined) delete process.env.PORTAL_TODAY;
  else process.env.PORTAL_TODAY = savedToday;
  database?.cleanup();
});

describe("the enterprise page", () => {
  it("shows Norway the cases of both inspectorates, the establishment answers, people, related enterprises and signals", () => {
    const before = views("enterprise.viewed", norway.userId);
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(page.enterprise).toMatchObject({ name: "UAB „Demo statyba“", country: "LT", registrationNumber: "304120014" });
    const requesters = new Set(page.exchanges.map((x) => x.requestingCountry));
    expect(requesters).toEqual(new Set(["NO", "LT"]));
    expect(page.inspections.map((i) => i.ref)).toContain("JI-NO-LT-2017-0001");
    expect(new Set(page.violations.map((v) => v.country))).toEqual(new Set(["NO", "LT"]));
    expect(page.answers.some((a) => a.questionCode === "Q002")).toBe(true);
    expect(page.people).toEqual([expect.objectContaining({ name: "Jonas Petraitis", role: "manager", case: { kind: "exchange", ref: "EX-NO-LT-2026-0001" } })]);
    const successor = page.related.find((r) => r.key === SUCCESSOR_KEY)!;
    expect(successor.via.map((v) => v.kind).sort()).toEqual(["address", "person", "phone", "successor"]);
    const kinds = page.signals.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(["repeat_violations", "violations_both_countries"]));
    expect(views("enterprise.viewed", norway.userId)).toBe(before + 1);
  });

  it("shows Lithuania the same enterprise, and the successor with the shared manager and the related-violations signal", () => {
    expect(enterprises.viewEnterprise(KEY, lithuania, "2026-12-01")).not.toBeNull();
    const successor = enterprises.viewEnterprise(SUCCESSOR_KEY, lithuania, "2026-12-01")!;
    expect(successor.related).toEqual([expect.objectContaining({ key: KEY, via: expect.arrayContaining([expect.objectContaining({ kind: "person", name: "Jonas Petraitis" }), expect.objectContaining({ kind: "predecessor", since: "2026-04-01" })]) })]);
    const signal = successor.signals.find((s) => s.kind === "related_with_violations")!;
    expect(signal.related).toEqual([{ key: KEY, name: "UAB „Demo statyba“" }]);
  });

  it("is not found for the Polish contact point, for malformed keys and for missing enterprises, and only found views are audited", () => {
    const before = views("enterprise.viewed", poland.userId);
    expect(enterprises.viewEnterprise(KEY, poland)).toBeNull();
    expect(enterprises.viewEnterprise(SUCCESSOR_KEY, poland)).toBeNull();
    expect(enterprises.viewEnterprise("LT-000000000", norway)).toBeNull();
    expect(enterprises.viewEnterprise("lt-304120014'", norway)).toBeNull();
    expect(views("enterprise.viewed", poland.userId)).toBe(before);
  });

  it("the signals list names LT 304120014 for Norway and nothing of NO–LT for Poland; both views are audited", () => {
    const { rows } = signalRows.listEnterpriseSignals(norway, {}, "2026-12-01");
    expect(rows.find((r) => r.key === KEY)?.signals.length).toBeGreaterThan(0);
    expect(signalRows.listEnterpriseSignals(poland, {}, "2026-12-01")).toMatchObject({ rows: [], hasNext: false });
    expect(views("enterprise_signals.viewed", norway.userId)).toBe(1);
    expect(views("enterprise_signals.viewed", poland.userId)).toBe(1);
  });
});

describe("need-to-know in every lookup that names enterprises", () => {
  it("search by name and by number finds NO–LT enterprises for their contact points only", () => {
    expect(access.searchKnownEnterprises("Demo statyba", norway.authorityId).map((e) => e.registrationNumber)).toContain("304120014");
    expect(access.searchKnownEnterprises("Demo", poland.authorityId)).toEqual([]);
    expect(access.searchKnownEnterprises("3041", poland.authorityId)).toEqual([]);
    expect(access.searchKnownEnterprises("9123", poland.authorityId)).toEqual([]);
    expect(enterprises.searchEnterprisesFor("Statyb", poland)).toEqual([]);
  });

  it("a lookup by id answers for no enterprise at all to Poland", () => {
    const ids = (sqlite.prepare("select id from enterprises").all() as { id: number }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(access.getKnownEnterprise(id, poland.authorityId)).toBeNull();
    expect(access.getKnownEnterprise(ids[0]!, norway.authorityId)).not.toBeNull();
  });

  it("typing the number of an enterprise Poland may not see asks for its name like for an unknown one, then links the one record", () => {
    const typed = { country: "LT", registrationNumber: "304120014", name: "", address: "" };
    expect(access.enterpriseForNewCase(typed, poland.authorityId)).toEqual({ nameRequired: true });
    expect(access.enterpriseForNewCase({ ...typed, registrationNumber: "304120021" }, poland.authorityId)).toEqual({ nameRequired: true });
    const existingId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    expect(access.enterpriseForNewCase({ ...typed, name: "Demo statyba" }, poland.authorityId)).toEqual({ link: existingId });
    expect(access.enterpriseForNewCase(typed, norway.authorityId)).toEqual({ link: existingId });
  });

  it("the violations register names only enterprises the reader's authority knows", () => {
    const pipAgreements = (sqlite.prepare("select id from agreements where party_a_id = ? or party_b_id = ?").all(poland.authorityId, poland.authorityId) as { id: number }[]).map((r) => r.id);
    // Even given the NO–LT agreement's rows (as if scoped wrongly), Poland sees no enterprise named.
    const noLt = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
    const { rows } = violations.listViolations([...pipAgreements, noLt], { page: 1 }, "en", poland.authorityId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.enterprise === null)).toBe(true);
    const forNorway = violations.listViolations([noLt], { page: 1 }, "en", norway.authorityId).rows;
    expect(forNorway.some((r) => r.enterprise?.key === KEY)).toBe(true);
  });
});

describe("from signal to action", () => {
  it("following: only an enterprise the authority knows; a followed enterprise's new case notifies the follower who may open it", async () => {
    expect(enterprises.setFollowing(KEY, true, poland)).toEqual({ ok: false, reason: "not_found" });
    expect(enterprises.setFollowing(KEY, true, norway)).toEqual({ ok: true });
    expect(views("enterprise.followed", norway.userId)).toBe(1);
    const exchanges = await import("~/.server/exchanges");
    await import("~/.server/notifications"); // registers the event listeners, as the server does
    const enterpriseId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
    const created = exchanges.createExchange(
      { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Follow-up", enterprise: { id: enterpriseId }, postedWorkersCount: null, questionCodes: ["Q003"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send: true },
      norway,
    );
    expect(created.ok).toBe(true);
    const ref = created.ok ? created.ref : "";
    const kinds = (userId: number) => (sqlite.prepare("select kind from notifications where user_id = ? and case_ref = ?").all(userId, ref) as { kind: string }[]).map((r) => r.kind);
    expect(kinds(norway.userId)).toEqual(["followed_enterprise_case"]);
    expect(kinds(lithuania.userId)).toEqual(["exchange_received"]);
    expect(enterprises.followersWhoMayOpen("exchange", ref)).toEqual([norway.userId]);
    expect(enterprises.setFollowing(KEY, false, norway)).toEqual({ ok: true });
    expect(enterprises.followersWhoMayOpen("exchange", ref)).toEqual([]);
  });

  it("a successor link needs two enterprises the inspector's authority knows", () => {
    expect(enterprises.setSuccessor(KEY, { country: "LT", registrationNumber: "304120021" }, "2026-05-01", poland)).toEqual({ ok: false, reason: "not_found" });
    expect(enterprises.setSuccessor(KEY, { country: "LT", registrationNumber: "999999999" }, "2026-05-01", norway)).toMatchObject({ ok: false, reason: "invalid", error: "errors.successorUnknown" });
    expect(enterprises.setSuccessor(KEY, { country: "LT", registrationNumber: "304120014" }, "2026-05-01", norway)).toMatchObject({ ok: false, error: "errors.successorSelf" });
    // UAB „Pavyzdinė apdaila“ (LT 304120021) is in NO–LT cases: Norway knows it.
    expect(enterprises.setSuccessor(KEY, { country: "LT", registrationNumber: "304120021" }, "2026-05-01", norway)).toEqual({ ok: true });
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(page.related.find((r) => r.key === "LT-304120021")?.via).toEqual([{ kind: "successor", since: "2026-05-01" }]);
  });
});

describe("recording a person from a case", () => {
  const person = { caseRef: "EX-NO-LT-2025-0001", name: "Rūta Jonaitė", role: "owner" as const, birthDate: "1980-06-01", personalCode: null, fromOn: "2014-01-01", toOn: null };
  it("needs a case about the enterprise that the inspector may open; the audit names the case, not the person", () => {
    expect(enterprises.addEnterprisePerson(KEY, person, poland)).toEqual({ ok: false, reason: "not_found" });
    expect(enterprises.addEnterprisePerson(KEY, { ...person, caseRef: "EX-NO-PL-2026-0001" }, norway)).toMatchObject({ ok: false, field: "caseRef" });
    expect(enterprises.addEnterprisePerson(KEY, { ...person, fromOn: "2020-01-01", toOn: "2019-01-01" }, norway)).toMatchObject({ ok: false, field: "toOn" });
    expect(enterprises.addEnterprisePerson(KEY, person, norway)).toEqual({ ok: true });
    const page = enterprises.viewEnterprise(KEY, lithuania, "2026-12-01")!;
    expect(page.people).toContainEqual(expect.objectContaining({ name: "Rūta Jonaitė", role: "owner", case: { kind: "exchange", ref: "EX-NO-LT-2025-0001" } }));
    const audit = sqlite.prepare("select detail from audit_log where action = 'enterprise.person_added' order by id desc limit 1").get() as { detail: string };
    expect(audit.detail).toContain("EX-NO-LT-2025-0001");
    expect(audit.detail).not.toContain("Jonaitė");
  });
});

describe("retention", () => {
  it("anonymising a case removes the people and contact details that came only from it; violations stay", () => {
    const exchangeId = (sqlite.prepare("select id from exchanges where ref = 'EX-NO-LT-2026-0001'").get() as { id: number }).id;
    const enterpriseId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    // The same manager also came in through an inspection, which is not anonymised: that row must stay.
    const otherCase = (sqlite.prepare("select id from inspections where ref = 'JI-NO-LT-2026-0001'").get() as { id: number }).id;
    sqlite.prepare("insert into enterprise_people (enterprise_id, name, birth_date, person_key, role, inspection_id, recorded_by_authority_id) values (?, 'Jonas Petraitis', '1975-03-02', 'jonas petraitis|1975-03-02', 'manager', ?, ?)").run(enterpriseId, otherCase, norway.authorityId);
    const violationsBefore = (sqlite.prepare("select count(*) as n from violations where enterprise_id = ?").get(enterpriseId) as { n: number }).n;
    expect((sqlite.prepare("select count(*) as n from enterprise_people where exchange_id = ?").get(exchangeId) as { n: number }).n).toBe(2);

    sqlite.prepare("update exchanges set status = 'closed', closed_at = '2022-01-10T10:00:00.000Z' where id = ?").run(exchangeId);
    retention.runRetention(new Date("2026-12-01T12:00:00Z"));

    expect((sqlite.prepare("select count(*) as n from enterprise_people where exchange_id = ?").get(exchangeId) as { n: number }).n).toBe(0);
    expect((sqlite.prepare("select count(*) as n from enterprise_contacts where exchange_id = ?").get(exchangeId) as { n: number }).n).toBe(0);
    expect((sqlite.prepare("select count(*) as n from enterprise_people where inspection_id = ?").get(otherCase) as { n: number }).n).toBe(1);
    expect((sqlite.prepare("select count(*) as n from violations where enterprise_id = ?").get(enterpriseId) as { n: number }).n).toBe(violationsBefore);
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(page.people.map((p) => p.case?.ref)).toEqual(["JI-NO-LT-2026-0001"]);
  });
});
