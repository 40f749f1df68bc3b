// Enterprises across borders over HTTP and in a real browser, on the shared demo server: the enterprise page of
// LT 304120014 for each contact point (Polish: 404), the new-request form's enterprise lookups that must not show
// the Polish contact point any NO–LT enterprise, and the scenario where the Lithuanian contact point finds the
// related enterprise through the shared manager, reads the signals and asks Norway for a joint inspection of both
// (on a server of its own).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");
const KEY = "LT-304120014";
const SUCCESSOR_KEY = "LT-304120060";
/** Enterprises that appear only in NO–LT cases of the demo data: the Polish contact point must never see them. */
const NO_LT_ONLY = ["Demo statyba", "Demo Bygg", "Fiktiv Renhold", "Eksempel Fisk", "Prøve Elektro", "Pavyzdinė apdaila", "Fiktyvus personalas", "Bandomasis transportas", "Demo valymas", "Statybų tęsinys", "304120014", "Pavyzdžio g."];

const cookies: Partial<Record<keyof typeof DEMO_USERS, string>> = {};
async function as(user: keyof typeof DEMO_USERS) {
  return (cookies[user] ??= await signInAs(baseUrl, DEMO_USERS[user]));
}

describe("the enterprise page over HTTP", () => {
  it("answers the Norwegian contact point with cases of both inspectorates, each linked", async () => {
    const res = await get(baseUrl, `/en/enterprises/${KEY}`, await as("contactPointNorway"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Timeline across both inspectorates");
    // Requested by Norway of Lithuania, and by Lithuania of Norway.
    expect(html).toContain('href="/en/cases/exchanges/EX-NO-LT-2026-0001"');
    expect(html).toContain('href="/en/cases/exchanges/EX-NO-LT-2025-0001"');
    expect(html).toContain('href="/en/cases/inspections/JI-NO-LT-2017-0001"');
    expect(html).toContain(`href="/en/enterprises/${SUCCESSOR_KEY}"`);
    expect(html).toContain("Violations in both countries");
  });

  it("answers the Lithuanian contact point in Lithuanian", async () => {
    const res = await get(baseUrl, `/lt/enterprises/${KEY}`, await as("contactPointLithuania"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="lt"');
    expect(html).toContain("Abiejų inspekcijų chronologija");
    expect(html).toContain("Pažeidimai abiejose šalyse");
  });

  it("is 404 for the Polish contact point, on the page, the successor's page, the search and the signals list", async () => {
    const cookie = await as("contactPointPoland");
    expect((await get(baseUrl, `/en/enterprises/${KEY}`, cookie)).status).toBe(404);
    expect((await get(baseUrl, `/en/enterprises/${SUCCESSOR_KEY}`, cookie)).status).toBe(404);
    for (const path of ["/en/enterprises?q=Demo", "/en/enterprises?q=3041", "/en/enterprises/signals"]) {
      const res = await get(baseUrl, path, cookie);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const name of NO_LT_ONLY) expect({ path, leaked: html.includes(name) ? name : null }).toEqual({ path, leaked: null });
    }
  });

  it("is for contact points only: the coordinator and anonymous readers do not get it", async () => {
    expect((await get(baseUrl, `/en/enterprises/${KEY}`, await as("coordinator"))).status).toBe(403);
    expect((await get(baseUrl, `/en/enterprises/${KEY}`)).status).toBe(302);
  });
});

describe("the enterprise page's forms without JavaScript", () => {
  it("refuse bad input with translated errors and the values kept, never 500; other agreements get 404", async () => {
    const lithuania = await as("contactPointLithuania");
    const bad = await postForm(baseUrl, `/lt/enterprises/${KEY}`, { intent: "successor", successorCountry: "LT", successorNumber: "999999999", sinceOn: "2026-04-01" }, lithuania);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("error-summary");
    expect(html).toContain('value="999999999"');
    const malformed: Record<string, string>[] = [{}, { intent: "nonsense" }, { intent: "person", caseRef: "x".repeat(500) }, { intent: "successor", sinceOn: "tomorrow" }];
    for (const fields of malformed) {
      expect((await postForm(baseUrl, `/lt/enterprises/${KEY}`, fields, lithuania)).status).toBe(400);
    }
    expect((await postForm(baseUrl, `/en/enterprises/${KEY}`, { intent: "follow" }, await as("contactPointPoland"))).status).toBe(404);
  });
});

describe("the new-request form's enterprise lookups", () => {
  it("show the Polish contact point no NO–LT enterprise by name, by number or by id", async () => {
    const cookie = await as("contactPointPoland");
    const norway = await as("contactPointNorway");
    // The same lookups as Norway do find it: the check below can fail.
    expect(await (await get(baseUrl, "/en/cases/exchanges/new?enterpriseQ=Demo", norway)).text()).toContain("Demo statyba");
    const paths = ["/en/cases/exchanges/new?enterpriseQ=Demo", "/en/cases/exchanges/new?enterpriseQ=statyba", "/en/cases/exchanges/new?enterpriseQ=3041", "/en/cases/exchanges/new?enterpriseQ=9123"];
    for (let id = 1; id <= 15; id++) paths.push(`/en/cases/exchanges/new?enterprise=${id}`);
    for (const path of paths) {
      const res = await get(baseUrl, path, cookie);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const name of NO_LT_ONLY) expect({ path, leaked: html.includes(name) ? name : null }).toEqual({ path, leaked: null });
    }
  });
});

describe("from the enterprise page to a joint inspection", () => {
  // A server of its own: the scenario sends a request, which must not change what other tests count in the inboxes.
  let server: RunningServer;
  let baseUrl = "";
  let browser: Browser;
  const problems: (() => string[])[] = [];
  beforeAll(async () => {
    server = await startServer({ demoData: true });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(locale: "lt" | "nb", email: string, labels: { email: string; password: string; submit: string }): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    const watched = watchConsole(page);
    problems.push(() => watched);
    await openHydrated(page, `${baseUrl}/${locale}/signin`);
    await page.getByLabel(labels.email).fill(email);
    await page.getByLabel(labels.password, { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: labels.submit }).click();
    await page.waitForURL(`${baseUrl}/${locale}/cases`);
    return page;
  }

  it("the Lithuanian contact point finds the successor through the shared manager, reads the signals and asks for a joint inspection of both", async () => {
    const page = await signedIn("lt", "kontaktas@vdi.demo", { email: "El. pašto adresas", password: "Slaptažodis", submit: "Prisijungti" });
    await openHydrated(page, `${baseUrl}/lt/enterprises?q=304120014`);
    await page.getByRole("link", { name: "UAB „Demo statyba“", exact: true }).click();
    await page.waitForURL(`${baseUrl}/lt/enterprises/${KEY}`);
    expect(await axeViolations(page)).toEqual([]);

    // After a client-side navigation the address changes a moment before the new page renders: wait for the text.
    const section = (id: string, text: string) => page.locator("section", { has: page.locator(id) }).filter({ hasText: text }).waitFor();
    await section("#enterprise-related", "UAB „Statybų tęsinys“");
    await section("#enterprise-related", "Vadovas Jonas Petraitis");
    await section("#enterprise-signals", "Pažeidimai abiejose šalyse");
    await section("#enterprise-signals", "Pažeidimai užregistruoti: Lietuva, Norvegija.");

    await page.getByRole("link", { name: "UAB „Statybų tęsinys“", exact: true }).click();
    await page.waitForURL(`${baseUrl}/lt/enterprises/${SUCCESSOR_KEY}`);
    await section("#enterprise-signals", "Susijusios įmonės su pažeidimais");

    await page.goBack();
    await page.waitForURL(`${baseUrl}/lt/enterprises/${KEY}`);
    await page.getByRole("link", { name: "Prašyti bendro patikrinimo kartu su UAB „Statybų tęsinys“" }).click();
    await page.waitForURL(/\/lt\/cases\/inspections\/new\?/);
    expect(await page.locator("#field-enterprise-0-number").inputValue()).toBe("304120014");
    expect(await page.locator("#field-enterprise-1-number").inputValue()).toBe("304120060");
    expect(await page.locator("#field-enterprise-1-name").inputValue()).toBe("UAB „Statybų tęsinys“");

    await page.getByLabel("Norvegija", { exact: true }).check();
    await page.getByLabel("Objekto adresas").fill("Byggeplassen 3");
    await page.getByLabel("Savivaldybė").fill("Trondheim");
    await page.getByLabel("Sektorius").selectOption({ label: "Statyba" });
    await page.getByLabel("Prašymo priežastys").fill("Ta pati veikla tęsiama naujoje įmonėje su tuo pačiu vadovu.");
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const inFiveWeeks = new Date(Date.now() + 37 * 86_400_000).toISOString().slice(0, 10);
    await page.locator("#field-proposedFrom").fill(inAMonth);
    await page.locator("#field-proposedTo").fill(inFiveWeeks);
    await page.getByRole("button", { name: "Pateikti prašymą" }).click();
    await page.waitForURL(/\/lt\/cases\/inspections\/JI-NO-LT-\d{4}-\d{4}#?/);
    const ref = /JI-NO-LT-\d{4}-\d{4}/.exec(page.url())![0];

    // The Norwegian contact point gets the request with both enterprises.
    const norway = await signedIn("nb", "kontakt@arbeidstilsynet.demo", { email: "E-postadresse", password: "Passord", submit: "Logg inn" });
    await openHydrated(norway, `${baseUrl}/nb/cases/inspections/${ref}`);
    const main = (await norway.locator("main").textContent()) ?? "";
    expect(main).toContain("UAB „Demo statyba“");
    expect(main).toContain("UAB „Statybų tęsinys“");
  });

  it("had no console problems on any page", () => {
    expect(problems.flatMap((check) => check())).toEqual([]);
  });
});
