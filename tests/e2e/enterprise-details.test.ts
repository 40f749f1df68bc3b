// An enterprise's names over time and the contact details recorded from a case, over HTTP and in a real browser:
// the "Names" section of LT 304120014 (its earlier name from the 2016 pilot cases) for each contact point, and the
// form reached from a case page — without JavaScript (errors, values kept, 404 for other agreements, success) and
// in the browser from an inspection (error summary and success message take focus, the detail then shows on the
// enterprise page with its case). The writes run on a server of their own, so the shared demo data stays as it is.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const sharedUrl = inject("baseUrl");
const KEY = "LT-304120014";
const EARLIER_NAME = "UAB „Baltijos demo statyba“";
const FORM = "/cases/enterprise-details/new";

describe("names over time on the enterprise page", () => {
  it("shows Norway the current and the earlier name, with the pilot's cases linked", async () => {
    const res = await get(sharedUrl, `/en/enterprises/${KEY}`, await signInAs(sharedUrl, DEMO_USERS.contactPointNorway));
    expect(res.status).toBe(200);
    const html = await res.text();
    const names = html.slice(html.indexOf('id="enterprise-names"'), html.indexOf('id="enterprise-actions"'));
    expect(names).toContain("Current name");
    expect(names).toContain("Earlier name");
    expect(names).toContain(EARLIER_NAME);
    expect(names).toContain('href="/en/cases/exchanges/EX-NO-LT-2016-0001"');
    expect(names).toContain('href="/en/cases/inspections/JI-NO-LT-2016-0001"');
  });

  it("shows Lithuania the same in Lithuanian, and tells Poland nothing", async () => {
    const html = await (await get(sharedUrl, `/lt/enterprises/${KEY}`, await signInAs(sharedUrl, DEMO_USERS.contactPointLithuania))).text();
    expect(html).toContain("Pavadinimai");
    expect(html).toContain("Ankstesnis pavadinimas");
    expect(html).toContain(EARLIER_NAME);
    const poland = await signInAs(sharedUrl, DEMO_USERS.contactPointPoland);
    expect((await get(sharedUrl, `/en/enterprises/${KEY}`, poland)).status).toBe(404);
    const search = await (await get(sharedUrl, "/en/enterprises?q=Baltijos", poland)).text();
    expect(search).not.toContain(EARLIER_NAME);
    expect(search).not.toContain(`/en/enterprises/${KEY}`);
  });
});

describe("recording contact details from a case", () => {
  let server: RunningServer;
  let baseUrl = "";
  let browser: Browser;
  const problems: string[][] = [];
  beforeAll(async () => {
    server = await startServer({ demoData: true });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is linked from the case page and is 404 for a case the user may not open", async () => {
    const norway = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const casePage = await (await get(baseUrl, "/en/cases/exchanges/EX-NO-LT-2026-0001", norway)).text();
    expect(casePage).toContain(`href="/en${FORM}?exchange=EX-NO-LT-2026-0001"`);
    expect((await get(baseUrl, `/en${FORM}?exchange=EX-NO-LT-2026-0001`, norway)).status).toBe(200);
    const poland = await signInAs(baseUrl, DEMO_USERS.contactPointPoland);
    expect((await get(baseUrl, `/en${FORM}?exchange=EX-NO-LT-2026-0001`, poland)).status).toBe(404);
    expect((await get(baseUrl, `/en${FORM}?exchange=EX-NO-LT-2099-0001`, norway)).status).toBe(404);
    expect((await get(baseUrl, `/en${FORM}`, norway)).status).toBe(404);
    const fields = { sourceKind: "exchange", sourceRef: "EX-NO-LT-2026-0001", enterprise: KEY, kind: "phone", value: "+47 455 10 200", seenOn: "2026-11-02" };
    expect((await postForm(baseUrl, `/en${FORM}?exchange=EX-NO-LT-2026-0001`, fields, poland)).status).toBe(404);
  });

  it("without JavaScript: refuses bad input with the error summary and the values kept, never 500, then saves and shows the detail", async () => {
    const norway = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const path = `/nb${FORM}?exchange=EX-NO-LT-2026-0001`;
    const fields = { sourceKind: "exchange", sourceRef: "EX-NO-LT-2026-0001", enterprise: KEY, kind: "phone", value: "ring 455 10 200", seenOn: "02.11.2026" };
    const bad = await postForm(baseUrl, path, fields, norway);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("error-summary");
    expect(html).toContain("Skriv inn telefonnummeret med sifre");
    expect(html).toContain('value="ring 455 10 200"');
    const malformed: Record<string, string>[] = [{}, { ...fields, kind: "fax" }, { ...fields, sourceRef: "x".repeat(500) }, { ...fields, seenOn: "31.02.2026" }, { ...fields, enterprise: "LT-304120060", value: "+47 455 10 200" }];
    for (const body of malformed) expect((await postForm(baseUrl, path, body, norway)).status).toBe(400);

    const saved = await postForm(baseUrl, path, { ...fields, value: "+47 455 10 200" }, norway);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${path}&done=contact#done`);
    const enterprisePage = await (await get(baseUrl, `/en/enterprises/${KEY}`, norway)).text();
    const contacts = enterprisePage.slice(enterprisePage.indexOf('id="enterprise-contacts"'));
    expect(contacts).toContain("+47 455 10 200");
    expect(contacts).toContain('href="/en/cases/exchanges/EX-NO-LT-2026-0001"');

    // People are recorded on the enterprise page, reached from here with the case chosen.
    const form = await (await get(baseUrl, `/en${FORM}?exchange=EX-NO-LT-2026-0001`, norway)).text();
    expect(form).toContain(`href="/en/enterprises/${KEY}?case=EX-NO-LT-2026-0001#enterprise-person-new"`);
    const personForm = await (await get(baseUrl, `/en/enterprises/${KEY}?case=EX-NO-LT-2026-0001`, norway)).text();
    expect(personForm).toMatch(/<option value="EX-NO-LT-2026-0001" selected="">/);
    expect(await (await get(baseUrl, `/en/enterprises/${KEY}?case=EX-NO-PL-2026-0001`, norway)).text()).not.toMatch(/<option value="[^"]*" selected="">EX-/);
  });

  async function signedInLithuania(): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    problems.push(watchConsole(page));
    await openHydrated(page, `${baseUrl}/lt/signin`);
    await page.getByLabel("El. pašto adresas").fill(DEMO_USERS.contactPointLithuania);
    await page.getByLabel("Slaptažodis", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.waitForURL(`${baseUrl}/lt/cases`);
    return page;
  }

  it("in the browser: from an inspection's page, an e-mail domain for one of its enterprises, then on the enterprise page", async () => {
    const page = await signedInLithuania();
    await openHydrated(page, `${baseUrl}/lt/cases/inspections/JI-NO-LT-2026-0001`);
    await page.getByRole("link", { name: "Užregistruoti šio patikrinimo įmonės kontaktinius duomenis" }).click();
    await page.waitForURL(`${baseUrl}/lt${FORM}?inspection=JI-NO-LT-2026-0001`);
    await page.getByRole("heading", { level: 1, name: "Užregistruoti įmonės kontaktinius duomenis" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Įmonė").selectOption(KEY);
    await page.getByLabel("Rūšis").selectOption("email_domain");
    await page.getByLabel("Reikšmė").fill("statyba demo");
    await page.getByRole("button", { name: "Išsaugoti kontaktinį duomenį" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain("Įveskite el. pašto domeną");
    expect(await page.getByLabel("Reikšmė").inputValue()).toBe("statyba demo");

    await page.getByLabel("Reikšmė").fill("info@baltijos-demo.lt");
    await page.getByRole("button", { name: "Išsaugoti kontaktinį duomenį" }).click();
    const done = page.locator("#done");
    await done.waitFor();
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await done.textContent()).toContain("Kontaktinis duomuo išsaugotas");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "UAB „Demo statyba“", exact: true }).click();
    await page.waitForURL(`${baseUrl}/lt/enterprises/${KEY}`);
    const contacts = page.locator("section", { has: page.locator("#enterprise-contacts") });
    await contacts.filter({ hasText: "info@baltijos-demo.lt" }).waitFor();
    expect(await contacts.getByRole("link", { name: "JI-NO-LT-2026-0001" }).count()).toBeGreaterThan(0);
  });

  it("had no console problems on any page", () => {
    expect(problems.flat()).toEqual([]);
  });
});
