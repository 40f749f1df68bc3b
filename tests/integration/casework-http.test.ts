// Case work over real HTTP requests on a server of its own (it changes its data and attacks sign-in): a violation
// is recorded only against a case the user may open (a partner's draft is as absent as a missing case), nothing new
// is started under an agreement that is no longer in force, and failed sign-ins from many addresses never lock the
// owner out, while one address guessing is still stopped.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  // Addresses come from X-Forwarded-For, as behind the production proxy, so one test can sign in from many.
  server = await startServer({ demoData: true, env: { TRUST_PROXY: "loopback" } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

function withDatabase<T>(use: (db: Database.Database) => T): T {
  const db = new Database(server.databasePath);
  db.pragma("busy_timeout = 5000");
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const idOf = (db: Database.Database, table: "authorities" | "agreements", slug: string) =>
  (db.prepare(`select id from ${table} where slug = ?`).get(slug) as { id: number }).id;

/** A copy of an existing case row under a new reference and status: a draft as its author would have saved it. */
function copyCase(table: "inspections" | "exchanges", fromRef: string, toRef: string, changes: Record<string, unknown>) {
  withDatabase((db) => {
    const columns = (db.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== "id");
    const values: Record<string, unknown> = { ...(db.prepare(`select * from ${table} where ref = ?`).get(fromRef) as Record<string, unknown>), ref: toRef, version: 1, ...changes };
    db.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`).run(...columns.map((c) => values[c] ?? null));
  });
}

const violationCount = () => withDatabase((db) => (db.prepare("select count(*) as n from violations").get() as { n: number }).n);

const violationForm = (sourceKind: string, sourceRef: string) => ({
  sourceKind,
  sourceRef,
  category: "pay",
  description: "Wages below the agreed rate.",
  descriptionLanguage: "en",
  foundOn: "2026-11-02",
  sanction: "order",
});

describe("recording a violation", () => {
  const draftInspection = "JI-NO-LT-2026-9002";
  const draftExchange = "EX-NO-LT-2026-9003";
  beforeAll(() => {
    const [norway, lithuania] = withDatabase((db) => [idOf(db, "authorities", "nlia"), idOf(db, "authorities", "vdi")]);
    const existingInspection = withDatabase((db) => (db.prepare("select ref from inspections where requesting_authority_id = ? and partner_authority_id = ? limit 1").get(norway, lithuania) as { ref: string }).ref);
    const existingExchange = withDatabase((db) => (db.prepare("select ref from exchanges where requesting_authority_id = ? and requested_authority_id = ? limit 1").get(norway, lithuania) as { ref: string }).ref);
    copyCase("inspections", existingInspection, draftInspection, { status: "draft" });
    copyCase("exchanges", existingExchange, draftExchange, { status: "draft", sent_on: null, sent_at: null, due_on: null, accepted_at: null, answered_at: null, closed_at: null });
  });

  it("treats a partner's draft inspection like a missing case, on GET and POST", async () => {
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    expect((await get(server.baseUrl, `/en/cases/inspections/${draftInspection}`, lithuania)).status).toBe(404);
    expect((await get(server.baseUrl, `/en/cases/violations/new?inspection=${draftInspection}`, lithuania)).status).toBe(404);
    expect((await get(server.baseUrl, "/en/cases/violations/new?inspection=JI-NO-LT-2026-8888", lithuania)).status).toBe(404);
    const before = violationCount();
    const posted = await postForm(server.baseUrl, "/en/cases/violations/new?inspection=" + draftInspection, violationForm("inspection", draftInspection), lithuania);
    expect(posted.status).toBe(404);
    expect(violationCount()).toBe(before);
  });

  it("treats a partner's draft exchange and a case of another agreement like a missing case", async () => {
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    expect((await get(server.baseUrl, `/en/cases/violations/new?exchange=${draftExchange}`, lithuania)).status).toBe(404);
    const poland = await signInAs(server.baseUrl, DEMO_USERS.contactPointPoland);
    const before = violationCount();
    expect((await postForm(server.baseUrl, "/en/cases/violations/new", violationForm("exchange", draftExchange), lithuania)).status).toBe(404);
    expect((await postForm(server.baseUrl, "/en/cases/violations/new", violationForm("inspection", draftInspection), poland)).status).toBe(404);
    expect(violationCount()).toBe(before);
  });

  it("is not recorded on a draft, not even by its author, who has found nothing yet", async () => {
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    expect((await get(server.baseUrl, `/en/cases/inspections/${draftInspection}`, norway)).status).toBe(200);
    expect((await get(server.baseUrl, `/en/cases/violations/new?inspection=${draftInspection}`, norway)).status).toBe(404);
  });
});

describe("an agreement no longer in force", () => {
  it("takes no new exchange, with a translated message on the form", async () => {
    const superseded = withDatabase((db) => idOf(db, "agreements", "no-lt-2007"));
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    const countBefore = withDatabase((db) => (db.prepare("select count(*) as n from exchanges where agreement_id = ?").get(superseded) as { n: number }).n);
    const form = { intent: "send", agreementId: String(superseded), type: "information_request", urgency: "standard", subject: "Posted welders in Drammen", freeQuestions: "Is the company registered?", language: "en" };
    const english = await postForm(server.baseUrl, "/en/cases/exchanges/new", form, norway);
    expect(english.status).toBe(400);
    expect(await english.text()).toContain("This agreement is no longer in force.");
    const lithuanian = await postForm(server.baseUrl, "/lt/cases/exchanges/new", form, norway);
    expect(await lithuanian.text()).toContain("Šis susitarimas nebegalioja.");
    const countAfter = withDatabase((db) => (db.prepare("select count(*) as n from exchanges where agreement_id = ?").get(superseded) as { n: number }).n);
    expect(countAfter).toBe(countBefore);
  });

  it("does not send a draft saved under it", async () => {
    const superseded = withDatabase((db) => idOf(db, "agreements", "no-lt-2007"));
    const ref = "EX-NO-LT-2007-2026-9001";
    const someExchange = withDatabase((db) => (db.prepare("select ref from exchanges where requesting_authority_id = ? limit 1").get(idOf(db, "authorities", "nlia")) as { ref: string }).ref);
    copyCase("exchanges", someExchange, ref, { agreement_id: superseded, status: "draft", sent_on: null, sent_at: null, due_on: null, accepted_at: null, answered_at: null, closed_at: null });
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    const res = await postForm(server.baseUrl, `/nb/cases/exchanges/${ref}`, { action: "send", version: "1" }, norway);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Denne avtalen gjelder ikke lenger.");
    expect(withDatabase((db) => (db.prepare("select status from exchanges where ref = ?").get(ref) as { status: string }).status)).toBe("draft");
  });

  it("takes no new activity", async () => {
    const admin = await signInAs(server.baseUrl, DEMO_USERS.admin);
    const res = await postForm(server.baseUrl, "/en/outcomes/no-lt-2007/activities/new", { kind: "joint_meeting", title: "Annual meeting", startsOn: "2026-11-20", summaryLanguage: "en" }, admin);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("This agreement is no longer in force.");
  });
});

// Every attempt checks a password hash (deliberately slow), and an account under attack answers slower still.
describe("sign-in under attack", { timeout: 60_000 }, () => {
  const signInFrom = (address: string, email: string, password: string) =>
    fetch(`${server.baseUrl}/en/signin`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, "X-Forwarded-For": address },
      body: new URLSearchParams({ email, password }),
      redirect: "manual",
    });

  it("lets the owner in from an address without failures after wrong passwords from 11 other addresses", async () => {
    for (let n = 1; n <= 11; n++) {
      const res = await signInFrom(`203.0.113.${n}`, DEMO_USERS.contactPointLithuania, `guess-${n}`);
      expect(res.status, `attempt from address ${n}`).toBe(400);
    }
    // An address that failed on the account is refused while the account is under attack.
    expect((await signInFrom("203.0.113.1", DEMO_USERS.contactPointLithuania, DEMO_PASSWORD)).status).toBe(429);
    const owner = await signInFrom("198.51.100.7", DEMO_USERS.contactPointLithuania, DEMO_PASSWORD);
    expect(owner.status).toBe(302);
    expect(owner.headers.get("set-cookie")).toMatch(/^portal_session=/);
  });

  it("still answers the 11th rapid wrong password from one address with 429, also for the right one", async () => {
    for (let n = 1; n <= 10; n++) expect((await signInFrom("192.0.2.50", DEMO_USERS.editor, `wrong-${n}`)).status).toBe(400);
    expect((await signInFrom("192.0.2.50", DEMO_USERS.editor, "wrong-11")).status).toBe(429);
    expect((await signInFrom("192.0.2.50", DEMO_USERS.coordinator, DEMO_PASSWORD)).status).toBe(429);
    // The same account from elsewhere is not locked by one address's guessing.
    expect((await signInFrom("192.0.2.51", DEMO_USERS.editor, DEMO_PASSWORD)).status).toBe(302);
  });

  it("shows the administrator the accounts under attack", async () => {
    const admin = await signInAs(server.baseUrl, DEMO_USERS.admin);
    const english = await (await get(server.baseUrl, "/en/admin", admin)).text();
    expect(english).toContain("Accounts under attack");
    const table = english.slice(english.indexOf("admin-under-attack"));
    expect(table).toContain(DEMO_USERS.contactPointLithuania);
    expect(table).toContain(DEMO_USERS.editor);
    expect(table).not.toContain(DEMO_USERS.coordinator);
    expect(withDatabase((db) => (db.prepare("select count(*) as n from audit_log where action = 'sign_in.account_under_attack'").get() as { n: number }).n)).toBe(2);
  });
});

describe("sessions", { timeout: 30_000 }, () => {
  it("keeps the other sessions when signing in again, and ends them all on «sign out everywhere»", async () => {
    const first = await signInAs(server.baseUrl, DEMO_USERS.coordinator);
    const second = await signInAs(server.baseUrl, DEMO_USERS.coordinator);
    expect((await get(server.baseUrl, "/en/outcomes", first)).status).toBe(200);
    const page = await (await get(server.baseUrl, "/en/outcomes", second)).text();
    expect(page).toContain('name="scope" value="everywhere"');
    const out = await postForm(server.baseUrl, "/en/signout", { scope: "everywhere" }, second);
    expect(out.status).toBe(302);
    expect((await get(server.baseUrl, "/en/outcomes", first)).status).toBe(302);
    expect((await get(server.baseUrl, "/en/outcomes", second)).status).toBe(302);
  });

  it("ends only this session on a plain sign-out", async () => {
    const first = await signInAs(server.baseUrl, DEMO_USERS.coordinator);
    const second = await signInAs(server.baseUrl, DEMO_USERS.coordinator);
    await postForm(server.baseUrl, "/en/signout", {}, second);
    expect((await get(server.baseUrl, "/en/outcomes", first)).status).toBe(200);
    expect((await get(server.baseUrl, "/en/outcomes", second)).status).toBe(302);
  });
});

describe("answering an exchange", () => {
  const ref = "EX-NO-LT-2026-0001";
  const questions = () =>
    withDatabase((db) => db.prepare("select q.id, q.question_code as code from exchange_questions q join exchanges e on e.id = q.exchange_id where e.ref = ? order by q.position").all(ref) as { id: number; code: string }[]);
  const version = () => withDatabase((db) => (db.prepare("select version from exchanges where ref = ?").get(ref) as { version: number }).version);
  const idOfCode = (code: string) => questions().find((q) => q.code === code)!.id;
  const completeAnswers = () => ({
    action: "answer",
    [`answer-${idOfCode("Q001")}`]: "yes",
    [`answer-${idOfCode("Q002")}`]: "2015-04-14",
    [`answer-${idOfCode("Q011")}`]: "yes",
    [`answer-${idOfCode("Q016")}`]: "7,05",
    [`answer-${idOfCode("Q016")}-currency`]: "EUR",
  });

  it("refuses a trimmed POST that leaves out a question, with the error linked to a field that exists", async () => {
    expect(questions().map((q) => q.code)).toEqual(["Q001", "Q002", "Q011", "Q016"]);
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    const { [`answer-${idOfCode("Q011")}`]: _left, ...trimmed } = completeAnswers();
    const res = await postForm(server.baseUrl, `/en/cases/exchanges/${ref}`, { ...trimmed, version: String(version()) }, lithuania);
    expect(res.status).toBe(400);
    const html = await res.text();
    const target = `field-answer-${idOfCode("Q011")}`;
    expect(html).toContain(`href="#${target}"`);
    expect(html).toMatch(new RegExp(`<input[^>]*id="${target}"`));
    expect(html).toContain("Choose yes, no or not known");
    // What the user typed is kept.
    expect(html).toMatch(new RegExp(`id="field-answer-${idOfCode("Q016")}"[^>]*value="7,05"|value="7,05"[^>]*id="field-answer-${idOfCode("Q016")}"`));
  });

  it("refuses an amount in words, a negative amount and a registration date in the future, beside each field", async () => {
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    const words = await postForm(server.baseUrl, `/lt/cases/exchanges/${ref}`, { ...completeAnswers(), [`answer-${idOfCode("Q016")}`]: "apie 15 eurų", version: String(version()) }, lithuania);
    expect(words.status).toBe(400);
    expect(await words.text()).toContain("Įveskite sumą skaičiumi");
    const negative = await postForm(server.baseUrl, `/nb/cases/exchanges/${ref}`, { ...completeAnswers(), [`answer-${idOfCode("Q016")}`]: "-15", version: String(version()) }, lithuania);
    expect(await negative.text()).toContain("Beløpet kan ikke være negativt.");
    const future = await postForm(server.baseUrl, `/en/cases/exchanges/${ref}`, { ...completeAnswers(), [`answer-${idOfCode("Q002")}`]: "2099-01-01", version: String(version()) }, lithuania);
    const html = await future.text();
    expect(html).toContain(`id="field-answer-${idOfCode("Q002")}-error"`);
    expect(html).toContain("The date cannot be in the future");
    expect(withDatabase((db) => (db.prepare("select status from exchanges where ref = ?").get(ref) as { status: string }).status)).toBe("accepted");
  });

  it("stores a complete answer with its types", async () => {
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    // A final answer is irreversible: the first post only shows what will be sent, carrying exactly what was typed.
    const check = await postForm(server.baseUrl, `/en/cases/exchanges/${ref}`, { ...completeAnswers(), version: String(version()) }, lithuania);
    expect(check.status).toBe(200);
    const checkPage = await check.text();
    expect(checkPage).toMatch(new RegExp(`name="answer-${idOfCode("Q016")}-currency"[^>]*value="EUR"|value="EUR"[^>]*name="answer-${idOfCode("Q016")}-currency"`));
    expect(withDatabase((db) => (db.prepare("select status from exchanges where ref = ?").get(ref) as { status: string }).status)).toBe("accepted");
    const res = await postForm(server.baseUrl, `/en/cases/exchanges/${ref}`, { ...completeAnswers(), version: String(version()), confirmed: "yes" }, lithuania);
    expect(res.status).toBe(302);
    const stored = withDatabase((db) => db.prepare("select q.answer_value as value from exchange_questions q join exchanges e on e.id = q.exchange_id where e.ref = ? order by q.position").all(ref) as { value: string }[]);
    expect(stored.map((s) => s.value)).toEqual(["yes", "2015-04-14", "yes", "7.05 EUR"]);
  });
});
