// The new-request form over real HTTP: one POST of an empty or half-filled form answers with every error at once,
// each as a link in the error summary and beside its field, including what only the server can tell (an agreement
// no longer in force, a new enterprise without a name, a chosen enterprise the authority does not know). Enter in a
// field (the hidden default button) sends, or runs an enterprise search the user typed but did not run.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let norway: string;
beforeAll(async () => {
  server = await startServer({ demoData: true });
  norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
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
const agreementId = (slug: string) => withDatabase((db) => (db.prepare("select id from agreements where slug = ?").get(slug) as { id: number }).id);
const exchangeCount = () => withDatabase((db) => (db.prepare("select count(*) as n from exchanges").get() as { n: number }).n);

/** Field names linked from the error summary, in order, and the fields with an error beside them. */
function errorsOf(html: string) {
  const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf("</ul>", html.indexOf('class="error-summary"')));
  const linked = [...summary.matchAll(/href="#field-([A-Za-z]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/class="field__error"(?: id="field-([A-Za-z]+)-error")?>/g)].map((m) => m[1] ?? "(no id)");
  return { linked, inline, summaryText: summary.replace(/<[^>]+>/g, " ") };
}

describe("the new-request form shows every error in one round", () => {
  it("an empty form: agreement, subject and questions together", async () => {
    const before = exchangeCount();
    const res = await postForm(server.baseUrl, "/en/cases/exchanges/new", { intent: "send", agreementId: "", type: "information_request", urgency: "standard", subject: "", language: "en" }, norway);
    expect(res.status).toBe(400);
    const { linked, inline, summaryText } = errorsOf(await res.text());
    expect(linked).toEqual(["agreementId", "subject", "questions"]);
    expect(inline).toEqual(["agreementId", "subject", "questions"]);
    expect(summaryText).toContain("Choose at least one question or write your own");
    expect(exchangeCount()).toBe(before);
  });

  it("a half-filled penalty request: the form's and the server's errors, summary and inline, in page order", async () => {
    const before = exchangeCount();
    const res = await postForm(
      server.baseUrl,
      "/en/cases/exchanges/new",
      {
        intent: "send",
        agreementId: String(agreementId("no-lt-2007")),
        type: "recovery_request",
        urgency: "urgent",
        urgencyReason: "",
        subject: "",
        enterpriseCountry: "NO",
        enterpriseNumber: "923609016",
        enterpriseName: "",
        postedWorkersCount: "many",
        questions: ["Q001", "Q999"],
        addresseeName: "UAB Statyba",
        penaltyAmount: "apie 15",
        language: "en",
      },
      norway,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    const { linked, inline, summaryText } = errorsOf(html);
    const instrument = ["addresseeAddress", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature"];
    expect(linked).toEqual(["agreementId", "urgencyReason", "subject", "enterpriseName", "postedWorkersCount", "questions", ...instrument, "penaltyAmount", "penaltyCurrency"]);
    expect(inline).toEqual(["agreementId", "urgencyReason", "subject", "enterpriseName", "postedWorkersCount", "questions", ...instrument, "penaltyAmount", "penaltyCurrency"]);
    expect(summaryText).toContain("This agreement is no longer in force.");
    expect(summaryText).toContain("Enter the name of the enterprise, as it is not in the register yet");
    expect(summaryText).toContain("One of the questions is not in the catalogue");
    // What was typed comes back.
    expect(html).toContain('value="923609016"');
    expect(html).toContain('value="UAB Statyba"');
    expect(exchangeCount()).toBe(before);
  });

  it("a chosen enterprise the authority does not know, with the subject missing, in Norwegian", async () => {
    const res = await postForm(server.baseUrl, "/nb/cases/exchanges/new", { intent: "draft", agreementId: String(agreementId("no-lt-2007")), type: "alert", urgency: "standard", subject: " ", enterpriseId: "999999", language: "nb" }, norway);
    expect(res.status).toBe(400);
    const { linked, summaryText } = errorsOf(await res.text());
    expect(linked).toEqual(["agreementId", "subject", "enterpriseId"]);
    expect(summaryText).toContain("Virksomheten finnes ikke lenger i registeret.");
    expect(summaryText).toContain("Du må fylle ut emne.");
  });
});

describe("Enter in a field of the new-request form", () => {
  const activeAgreement = () => {
    const row = withDatabase((db) => db.prepare("select a.id from agreements a join authorities au on au.id in (a.party_a_id, a.party_b_id) where au.slug = 'nlia' and a.status = 'active' limit 1").get() as { id: number });
    return String(row.id);
  };

  it("runs an enterprise search typed but not run yet, keeping the subject and the ticked questions", async () => {
    const before = exchangeCount();
    const res = await postForm(server.baseUrl, "/en/cases/exchanges/new", { intent: "enter", searchedFor: "", enterpriseQ: "Demo", agreementId: activeAgreement(), type: "information_request", urgency: "standard", subject: "Welders", questions: ["Q001", "Q003"], language: "en" }, norway);
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get("location")!, server.baseUrl);
    expect(location.searchParams.get("enterpriseQ")).toBe("Demo");
    expect(location.searchParams.get("subject")).toBe("Welders");
    expect(location.searchParams.getAll("questions")).toEqual(["Q001", "Q003"]);
    expect(location.searchParams.has("intent")).toBe(false);
    expect(exchangeCount()).toBe(before);
  });

  it("sends the request when the search shown is the one typed", async () => {
    const before = exchangeCount();
    const res = await postForm(server.baseUrl, "/en/cases/exchanges/new", { intent: "enter", searchedFor: "Demo", enterpriseQ: "Demo", agreementId: activeAgreement(), type: "information_request", urgency: "standard", subject: "Welders sent by Enter", questions: "Q001", language: "en" }, norway);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/en\/cases\/exchanges\/EX-/);
    expect(exchangeCount()).toBe(before + 1);
    const status = withDatabase((db) => (db.prepare("select status from exchanges where subject = ?").get("Welders sent by Enter") as { status: string }).status);
    expect(status).not.toBe("draft");
  });
});
