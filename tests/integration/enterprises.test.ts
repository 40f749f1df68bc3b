// Enterprises across borders over the demo data: the enterprise page of LT 304120014 as each contact point sees it
// (need-to-know, audit of every view), the related enterprise through the shared manager and the succession, the
// signals, the need-to-know rule in every lookup that names enterprises, and retention removing the people and
// contact details that came only from an anonymised case while the violations stay; the enterprise's names over
// time as cases named it, under the same need-to-know and retention, and the search by any of those names.
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

afterAll(async () => {
  if (savedToday === undefined) delete process.env.PORTAL_TODAY;
  else process.env.PORTAL_TODAY = savedToday;
  await database?.cleanup();
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

describe("names over time", () => {
  const EARLIER = "UAB „Baltijos demo statyba“";
  it("shows the current name and the earlier one the pilot's cases of 2016 used, with their dates and cases", () => {
    const { names } = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(names.current.name).toBe("UAB „Demo statyba“");
    expect(names.current.firstSeenOn! > "2016-12-31").toBe(true);
    expect(names.current.cases.length).toBeGreaterThan(0);
    expect(names.earlier).toEqual([
      {
        name: EARLIER,
        firstSeenOn: "2016-10-03",
        lastSeenOn: "2016-10-20",
        cases: [
          { kind: "exchange", ref: "EX-NO-LT-2016-0001" },
          { kind: "inspection", ref: "JI-NO-LT-2016-0001" },
        ],
      },
    ]);
  });

  it("keeps the name a new case typed; another inspectorate sees it only once it may open that case", async () => {
    const exchanges = await import("~/.server/exchanges");
    const enterpriseId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
    const draft = (name: string) =>
      exchanges.createExchange(
        { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Name check", enterprise: { id: enterpriseId, name }, postedWorkersCount: null, questionCodes: ["Q001"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send: false },
        lithuania,
      );
    const created = draft("  UAB   „Demo statyba 2“ ");
    expect(created.ok).toBe(true);
    const ref = created.ok ? created.ref : "";
    const forLithuania = enterprises.viewEnterprise(KEY, lithuania, "2026-12-01")!.names;
    expect(forLithuania.current).toEqual({ name: "UAB „Demo statyba 2“", firstSeenOn: "2026-12-01", lastSeenOn: "2026-12-01", cases: [{ kind: "exchange", ref }] });
    expect(forLithuania.earlier.map((n) => n.name)).toContain("UAB „Demo statyba“");
    // A draft is the requester's alone: Norway's page does not show the name it brought in.
    expect(enterprises.viewEnterprise(KEY, norway, "2026-12-01")!.names.current.name).toBe("UAB „Demo statyba“");
    // The stored name is not changed by what a case typed (it is what every authority that knows the enterprise sees).
    expect((sqlite.prepare("select name from enterprises where id = ?").get(enterpriseId) as { name: string }).name).toBe("UAB „Demo statyba“");
    sqlite.prepare("delete from exchanges where ref = ?").run(ref);
    expect((sqlite.prepare("select count(*) as n from enterprise_names where name = 'UAB „Demo statyba 2“'").get() as { n: number }).n).toBe(0);
  });

  it("a violation names the enterprise as stored, for the page of whoever may see the violation", () => {
    const enterpriseId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    const recorded = violations.recordViolation(
      { source: { kind: "exchange", ref: "EX-NO-LT-2026-0001" }, enterpriseId, category: "other", legalReference: "§ 14-5", description: "No contracts.", descriptionLanguage: "en", foundOn: "2026-11-20", sanction: "order", fineAmountCents: null, fineCurrency: null },
      norway,
    );
    expect(recorded.ok).toBe(true);
    const row = sqlite.prepare("select name, seen_on as seenOn, recorded_by_authority_id as authority from enterprise_names where violation_id = ?").get(recorded.ok ? recorded.id : 0);
    expect(row).toEqual({ name: "UAB „Demo statyba“", seenOn: "2026-11-20", authority: norway.authorityId });
    expect(enterprises.viewEnterprise(KEY, lithuania, "2026-12-01")!.names.current.cases).toContainEqual({ kind: "exchange", ref: "EX-NO-LT-2026-0001" });
  });
});

describe("finding an enterprise by any of its names", () => {
  const EARLIER = "UAB „Baltijos demo statyba“";
  const found = (query: string, viewer: typeof norway) => access.searchKnownEnterprises(query, viewer.authorityId).filter((e) => e.registrationNumber === "304120014");

  it("finds it by the earlier name the pilot's cases used, with its current name and the name that matched", () => {
    for (const query of ["Baltijos", "baltijos DEMO", "BALTIJOS demo statyba", `UAB "Baltijos`]) {
      expect(found(query, norway)).toEqual([expect.objectContaining({ name: "UAB „Demo statyba“", country: "LT", earlierName: EARLIER })]);
    }
    expect(found("Baltijos", lithuania)).toEqual([expect.objectContaining({ name: "UAB „Demo statyba“", earlierName: EARLIER })]);
    // The current name matched: no earlier name to show, whatever else matched too.
    expect(found("demo statyba", norway)).toEqual([expect.objectContaining({ name: "UAB „Demo statyba“", earlierName: null })]);
    expect(found("304120", norway)).toEqual([expect.objectContaining({ earlierName: null })]);
    const page = enterprises.searchEnterprisesFor("Baltijos", norway);
    expect(page.map((m) => [m.key, m.earlierName])).toContainEqual([KEY, EARLIER]);
  });

  it("finds nothing for another agreement's contact point, nor by a part too short to look up", () => {
    expect(access.searchKnownEnterprises("Baltijos", poland.authorityId)).toEqual([]);
    expect(enterprises.searchEnterprisesFor("Baltijos demo", poland)).toEqual([]);
    expect(access.searchKnownEnterprises("Baltijos", null)).toEqual([]);
    expect(access.searchKnownEnterprises("De", norway.authorityId)).toEqual([]);
  });

  it("does not find it by a name seen only in a case the viewer may not open", async () => {
    const exchanges = await import("~/.server/exchanges");
    const enterpriseId = (sqlite.prepare("select id from enterprises where registration_number = '304120014'").get() as { id: number }).id;
    const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
    // A draft of Lithuania's, typing a name nobody else used: a draft is the requester's alone.
    const created = exchanges.createExchange(
      { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Name check", enterprise: { id: enterpriseId, name: "UAB „Šiaurės rangovas“" }, postedWorkersCount: null, questionCodes: ["Q001"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send: false },
      lithuania,
    );
    expect(created.ok).toBe(true);
    const ref = created.ok ? created.ref : "";
    try {
      expect(found("Šiaurės rangovas", norway)).toEqual([]);
      expect(found("siaures", norway)).toEqual([]);
      expect(access.searchKnownEnterprises("rangovas", poland.authorityId)).toEqual([]);
      // Its author finds it, and the name its newest case gave is the current one for it.
      expect(found("siaures rangovas", lithuania)).toEqual([expect.objectContaining({ name: "UAB „Šiaurės rangovas“", earlierName: null })]);
      expect(found("Demo statyba", lithuania)).toEqual([expect.objectContaining({ name: "UAB „Šiaurės rangovas“", earlierName: "UAB „Demo statyba“" })]);
    } finally {
      sqlite.prepare("delete from exchanges where ref = ?").run(ref);
    }
    // The name row went with the case, and so did its entry in the index — its trigrams removed, not only marked.
    expect(found("rangovas", lithuania)).toEqual([]);
    expect(sqlite.prepare("select v from enterprise_name_search_config where k = 'secure-delete'").get()).toEqual({ v: 1 });
  });

  it("reads the name indexes instead of every enterprise or name", () => {
    const plan = (text: string) => (sqlite.prepare(`explain query plan ${text}`).all({ authority: norway.authorityId, phrase: '"Baltijos"', limit: 10, digits: "304", ids: "[]" }) as { detail: string }[]).map((row) => row.detail);
    const { byName, byNumber, names } = access.SEARCH_SQL;
    // A name is looked up by MATCH (the M in the plan), never by reading the index whole.
    expect(plan(byName).filter((d) => /VIRTUAL TABLE INDEX \d+:M/.test(d))).toHaveLength(3);
    expect(plan(byNumber)).toContainEqual(expect.stringMatching(/^SEARCH e USING INDEX enterprises_country_regno_unique \(country=\? AND registration_number>\? AND registration_number<\?\)/));
    for (const text of [byName, byNumber, names]) {
      const details = plan(text);
      expect(details.filter((d) => /^SCAN (enterprises|enterprise_names|exchanges|inspections|violations)\b/.test(d) || /^SCAN (?!json_each)\w+ VIRTUAL TABLE INDEX \d+:$/.test(d))).toEqual([]);
    }
  });
});

describe("recording a person from a case", () => {
  const person = { caseRef: "EX-NO-LT-2026-0001", name: "Rūta Jonaitė", role: "owner" as const, birthDate: "1980-06-01", personalCode: null, fromOn: "2014-01-01", toOn: null };
  const recorded = () => (sqlite.prepare("select count(*) as n from enterprise_people where name = 'Rūta Jonaitė'").get() as { n: number }).n;

  it("needs a case about the enterprise that the inspector may open; the audit names the case, not the person", () => {
    expect(enterprises.addEnterprisePerson(KEY, person, poland)).toEqual({ ok: false, reason: "not_found" });
    expect(enterprises.addEnterprisePerson(KEY, { ...person, caseRef: "EX-NO-PL-2026-0001" }, norway)).toMatchObject({ ok: false, field: "caseRef" });
    expect(enterprises.addEnterprisePerson(KEY, { ...person, fromOn: "2020-01-01", toOn: "2019-01-01" }, norway)).toMatchObject({ ok: false, field: "toOn" });
    expect(enterprises.addEnterprisePerson(KEY, person, norway)).toEqual({ ok: true });
    const page = enterprises.viewEnterprise(KEY, lithuania, "2026-12-01")!;
    expect(page.people).toContainEqual(expect.objectContaining({ name: "Rūta Jonaitė", role: "owner", case: { kind: "exchange", ref: "EX-NO-LT-2026-0001" } }));
    const audit = sqlite.prepare("select detail from audit_log where action = 'enterprise.person_added' order by id desc limit 1").get() as { detail: string };
    expect(audit.detail).toContain("EX-NO-LT-2026-0001");
    expect(audit.detail).not.toContain("Jonaitė");
    // Leaves the case's people as the retention test below expects them.
    sqlite.prepare("delete from enterprise_people where name = 'Rūta Jonaitė'").run();
  });

  it("records nothing from a case whose personal data the retention rule hides or has anonymised, and does not offer it", () => {
    // Closed on 31 March 2025: hidden since October 2025, whether or not the daily run has marked it.
    expect(enterprises.addEnterprisePerson(KEY, { ...person, caseRef: "EX-NO-LT-2025-0001" }, norway)).toEqual({ ok: false, reason: "invalid", field: "caseRef", error: "errors.personCaseWithheld" });
    // The pilot's cases of 2016 (an exchange and an inspection): due for anonymisation.
    expect(enterprises.addEnterprisePerson(KEY, { ...person, caseRef: "EX-NO-LT-2016-0001" }, norway)).toMatchObject({ ok: false, field: "caseRef", error: "errors.personCaseWithheld" });
    expect(enterprises.addEnterprisePerson(KEY, { ...person, caseRef: "JI-NO-LT-2016-0001" }, lithuania)).toMatchObject({ ok: false, field: "caseRef", error: "errors.personCaseWithheld" });
    expect(recorded()).toBe(0);
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(page.exchanges.map((x) => x.ref)).toEqual(expect.arrayContaining(["EX-NO-LT-2025-0001", "EX-NO-LT-2016-0001", "EX-NO-LT-2026-0001"]));
    expect(page.personCases).toContain("EX-NO-LT-2026-0001");
    expect(page.personCases).not.toContain("EX-NO-LT-2025-0001");
    expect(page.personCases).not.toContain("EX-NO-LT-2016-0001");
    expect(page.personCases).not.toContain("JI-NO-LT-2016-0001");
    // The day before the case was hidden it was still offered.
    expect(enterprises.viewEnterprise(KEY, norway, "2025-04-01")!.personCases).toContain("EX-NO-LT-2025-0001");
  });
});

describe("recording a contact detail from a case", () => {
  const phone = (fields: Partial<Parameters<typeof enterprises.addEnterpriseContact>[0]> = {}) => ({ source: { kind: "exchange" as const, ref: "EX-NO-LT-2026-0001" }, enterpriseKey: KEY, kind: "phone" as const, value: "+47 400 00 777", seenOn: "2026-10-30", ...fields });
  const rows = (value: string) => (sqlite.prepare("select count(*) as n from enterprise_contacts where match_value = ?").get(value) as { n: number }).n;

  it("lists the case's enterprises only for a case the viewer may open", () => {
    expect(enterprises.caseEnterprises({ kind: "exchange", ref: "EX-NO-LT-2026-0001" }, norway.authorityId)).toMatchObject({ withheld: false, enterprises: [{ key: KEY, name: "UAB „Demo statyba“" }] });
    expect(enterprises.caseEnterprises({ kind: "inspection", ref: "JI-NO-LT-2017-0001" }, lithuania.authorityId)?.enterprises.map((e) => e.key)).toContain(KEY);
    expect(enterprises.caseEnterprises({ kind: "exchange", ref: "EX-NO-LT-2026-0001" }, poland.authorityId)).toBeNull();
    expect(enterprises.caseEnterprises({ kind: "exchange", ref: "EX-NO-LT-2099-0001" }, norway.authorityId)).toBeNull();
  });

  it("needs a case the inspector may open and one of its enterprises; the value must be a phone, and is kept once", () => {
    expect(enterprises.addEnterpriseContact(phone(), poland)).toEqual({ ok: false, reason: "not_found" });
    expect(enterprises.addEnterpriseContact(phone({ enterpriseKey: SUCCESSOR_KEY }), norway)).toMatchObject({ ok: false, field: "enterprise" });
    expect(enterprises.addEnterpriseContact(phone({ value: "call me" }), norway)).toMatchObject({ ok: false, field: "value", error: "errors.contactInvalid.phone" });
    expect(rows("+4740000777")).toBe(0);
    expect(enterprises.addEnterpriseContact(phone(), norway)).toEqual({ ok: true });
    expect(enterprises.addEnterpriseContact(phone({ value: "0047 400 00 777" }), norway)).toEqual({ ok: true });
    expect(rows("+4740000777")).toBe(1);
    const audit = sqlite.prepare("select entity_id as entityId, detail from audit_log where action = 'enterprise.contact_added' order by id desc limit 1").get() as { entityId: string; detail: string };
    expect(audit.entityId).toBe(KEY);
    expect(audit.detail).toContain("EX-NO-LT-2026-0001");
    expect(audit.detail).not.toContain("400");
  });

  it("shows on the enterprise page with its case, and links the enterprises sharing it", () => {
    // The same phone, from the open request about UAB „Fiktyvus personalas“.
    const other = sqlite.prepare("select e.country || '-' || e.registration_number as key from exchanges x join enterprises e on e.id = x.enterprise_id where x.ref = 'EX-NO-LT-2026-0002'").get() as { key: string };
    expect(enterprises.addEnterpriseContact(phone({ source: { kind: "exchange", ref: "EX-NO-LT-2026-0002" }, enterpriseKey: other.key, value: "+47 400 00 777", seenOn: "2026-01-15" }), norway)).toEqual({ ok: true });
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-01")!;
    expect(page.contacts).toContainEqual(expect.objectContaining({ kind: "phone", value: "+47 400 00 777", seenOn: "2026-10-30", case: { kind: "exchange", ref: "EX-NO-LT-2026-0001" } }));
    expect(page.related.find((r) => r.key === other.key)?.via).toContainEqual({ kind: "phone", value: "+47 400 00 777", since: "2026-01-15" });
    expect(enterprises.viewEnterprise(other.key, lithuania, "2026-12-01")!.related.find((r) => r.key === KEY)?.via).toContainEqual({ kind: "phone", value: "+47 400 00 777", since: "2026-01-15" });
    // Poland still sees neither enterprise.
    expect(enterprises.viewEnterprise(other.key, poland)).toBeNull();
  });

  it("records nothing from a case whose personal data the retention rule hides", () => {
    // Closed on 31 March 2025: hidden from contact points since October 2025 (the daily run need not have marked it).
    const closed = { source: { kind: "exchange" as const, ref: "EX-NO-LT-2025-0001" }, value: "+47 400 00 888", seenOn: "2025-03-20" };
    expect(enterprises.caseEnterprises(closed.source, norway.authorityId, "2026-12-01")?.withheld).toBe(true);
    expect(enterprises.caseEnterprises(closed.source, norway.authorityId, "2025-04-01")?.withheld).toBe(false);
    expect(enterprises.addEnterpriseContact(phone(closed), norway)).toMatchObject({ ok: false, field: "form", error: "errors.caseWithheld" });
    expect(rows("+4740000888")).toBe(0);
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
    // Names: those from the anonymised case (and from the violations recorded on it) go; the earlier name came
    // only from the pilot's request, closed in 2016 and anonymised by the same run, so it goes too.
    expect((sqlite.prepare("select count(*) as n from enterprise_names where exchange_id = ?").get(exchangeId) as { n: number }).n).toBe(0);
    expect((sqlite.prepare("select count(*) as n from enterprise_names n join violations v on v.id = n.violation_id where v.exchange_id = ?").get(exchangeId) as { n: number }).n).toBe(0);
    expect(page.names.earlier).toEqual([]);
    // …and the search no longer finds the enterprise by it (the index follows the deleted rows).
    expect(access.searchKnownEnterprises("Baltijos", norway.authorityId)).toEqual([]);
    expect(page.names.current.name).toBe("UAB „Demo statyba“");
    expect(page.names.current.cases.map((c) => c.ref)).not.toContain("EX-NO-LT-2026-0001");
    expect((sqlite.prepare("select name from enterprises where id = ?").get(enterpriseId) as { name: string }).name).toBe("UAB „Demo statyba“");
  });
});
