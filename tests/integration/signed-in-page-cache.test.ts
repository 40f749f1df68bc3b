// The per-session page cache of signed-in pages never shows a page to anyone but its session, never shows a stale
// page after a write (through the portal or by another process), keeps auditing every view, and stops serving a
// session the moment it ends.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demoData: true });
});
afterAll(async () => {
  await server?.stop();
});

/** A page answered from the cache carries a hash-based script policy; a rendered one carries a nonce. */
async function fetchPage(path: string, cookie: string) {
  const res = await get(server.baseUrl, path, cookie);
  const policy = res.headers.get("content-security-policy") ?? "";
  return { status: res.status, body: await res.text(), fromCache: policy.includes("'sha256-"), location: res.headers.get("location") };
}

const readDatabase = <T>(query: (db: Database.Database) => T): T => {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
};

async function sendRequestToLithuania(subject: string): Promise<string> {
  const cookie = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
  const form = await (await get(server.baseUrl, "/nb/cases/exchanges/new", cookie)).text();
  const agreementId = [...form.matchAll(/<option value="(\d+)"[^>]*>([^<]*)<\/option>/g)].find(([, , label]) => label!.includes("Valstybinė darbo inspekcija"))?.[1];
  expect(agreementId).toBeDefined();
  const res = await postForm(
    server.baseUrl,
    "/nb/cases/exchanges/new",
    { intent: "send", agreementId: agreementId!, type: "information_request", urgency: "standard", subject, questions: "Q001", language: "nb" },
    cookie,
  );
  expect(res.status).toBe(302);
  return /\/(EX-NO-LT-\d{4}-\d{4})$/.exec(res.headers.get("location") ?? "")![1]!;
}

describe("signed-in page cache", () => {
  it("serves a repeat visit from the cache, to that session only", async () => {
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    const first = await fetchPage("/en/cases", norway);
    const second = await fetchPage("/en/cases", norway);
    expect(first.status).toBe(200);
    expect(second.fromCache).toBe(true);
    expect(second.body).toBe(first.body);

    // The same address for another user (and another session of the same user) is rendered for them.
    const other = await fetchPage("/en/cases", lithuania);
    expect(other.fromCache).toBe(false);
    expect(other.body).not.toBe(first.body);
    const norwayAgain = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    expect((await fetchPage("/en/cases", norwayAgain)).fromCache).toBe(false);
  });

  it("shows a write through the portal at once", async () => {
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    await fetchPage("/en/cases", lithuania);
    expect((await fetchPage("/en/cases", lithuania)).fromCache).toBe(true);
    const subject = `Cache check ${Date.now()}`;
    const ref = await sendRequestToLithuania(subject);
    const after = await fetchPage("/en/cases", lithuania);
    expect(after.fromCache).toBe(false);
    expect(after.body).toContain(ref);
  });

  it("shows a write by another process at once", async () => {
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    const ref = await sendRequestToLithuania("Written elsewhere");
    const before = await fetchPage(`/en/cases/exchanges/${ref}`, norway);
    expect((await fetchPage(`/en/cases/exchanges/${ref}`, norway)).fromCache).toBe(true);
    expect(before.body).toContain("Written elsewhere");

    const db = new Database(server.databasePath);
    db.pragma("busy_timeout = 5000");
    db.prepare("update exchanges set subject = ? where ref = ?").run("Changed by another process", ref);
    db.close();

    const after = await fetchPage(`/en/cases/exchanges/${ref}`, norway);
    expect(after.fromCache).toBe(false);
    expect(after.body).toContain("Changed by another process");
  });

  it("still audits every view of a case answered from the cache", async () => {
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    const ref = await sendRequestToLithuania("Audited views");
    const views = () => readDatabase((db) => (db.prepare("select count(*) as n from audit_log where action = 'exchange.viewed' and entity_id = ?").get(ref) as { n: number }).n);
    const before = views();
    const pages = [];
    for (let i = 0; i < 4; i++) pages.push(await fetchPage(`/en/cases/exchanges/${ref}`, norway));
    expect(pages.slice(1).every((page) => page.fromCache)).toBe(true);
    expect(views()).toBe(before + 4);
  });

  it("stops serving a session once it is signed out", async () => {
    const norway = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
    await fetchPage("/en/cases", norway);
    expect((await fetchPage("/en/cases", norway)).fromCache).toBe(true);
    expect((await postForm(server.baseUrl, "/en/signout", {}, norway)).status).toBe(302);
    const after = await fetchPage("/en/cases", norway);
    expect(after.status).toBe(302);
    expect(after.location).toMatch(/\/en\/signin/);
  });

  it("marks notifications read for real: the page after the post is not the cached one", async () => {
    await sendRequestToLithuania("Unread notification");
    const lithuania = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
    const list = await fetchPage("/en/notifications", lithuania);
    expect((await fetchPage("/en/notifications", lithuania)).fromCache).toBe(true);
    const upTo = /name="upTo" value="(\d+)"/.exec(list.body)?.[1];
    expect(upTo).toBeDefined();
    expect((await postForm(server.baseUrl, "/en/notifications", { intent: "read-all", upTo: upTo! }, lithuania)).status).toBe(303);
    const after = await fetchPage("/en/notifications", lithuania);
    expect(after.fromCache).toBe(false);
    expect(after.body).toContain("Unread: 0");
  });

  it("hydrates a page answered from the cache in a browser, with no CSP refusal or console error", { timeout: 60_000 }, async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: "lt-LT" });
      const cookie = await signInAs(server.baseUrl, DEMO_USERS.contactPointLithuania);
      await context.addCookies([{ name: "portal_session", value: cookie.split("=")[1]!, url: server.baseUrl }]);
      const page = await context.newPage();
      const problems = watchConsole(page);
      await openHydrated(page, `${server.baseUrl}/lt/cases`);
      // The reload is answered from the cache: its scripts run under the page's hashes, not a nonce.
      const reloaded = await openHydrated(page, `${server.baseUrl}/lt/cases`);
      expect(reloaded?.headers()["content-security-policy"]).toContain("'sha256-");
      // Client-side navigation from the cached page still works (its data requests are never cached).
      await page.locator("main a[href^='/lt/cases/exchanges/EX-']").first().click();
      await page.waitForURL(/\/lt\/cases\/exchanges\/EX-/);
      await page.locator("h1").waitFor();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
