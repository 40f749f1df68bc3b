// Tips from the public on the enterprise page, on the shared demo server: the demo tip about LT 304120014 shows on
// the Norwegian contact point's page (its inspectorate received it) and not on the Lithuanian one's; a tip whose
// registration number names the enterprise links itself; and, without JavaScript, the Norwegian contact point
// links a tip by hand from the tip page and finds it on the enterprise's timeline.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated } from "../support/browser";
import { DEMO_PASSWORD, DEMO_USERS, get, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const KEY = "LT-304120014";
const DEMO_TIP = "T-2026-DEMXSTAT";
const REF = /T-\d{4}-[2-9A-HJ-NP-Z]{8}/;

const cookies: Partial<Record<keyof typeof DEMO_USERS, string>> = {};
async function as(user: keyof typeof DEMO_USERS) {
  return (cookies[user] ??= await signInAs(baseUrl, DEMO_USERS[user]));
}

/** Sends a report through the public form (no account); returns its reference. */
async function report(fields: Record<string, string>): Promise<string> {
  const res = await postForm(baseUrl, "/en/report", { country: "NO", sector: "construction", place: "Fornebu", description: `Timeline check ${Date.now().toString(36)}`, anonymous: "yes", ...fields });
  expect(res.status).toBe(303);
  return REF.exec(decodeURIComponent(res.headers.get("location") ?? ""))![0];
}

describe("tips on the enterprise timeline over HTTP", () => {
  it("shows the Norwegian contact point the demo tip with its topic, status, link and signal", async () => {
    const res = await get(baseUrl, `/en/enterprises/${KEY}`, await as("contactPointNorway"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="/en/cases/tips/${DEMO_TIP}"`);
    expect(html).toContain("Tip from the public: Construction");
    expect(html).toContain("Tips from the public");
  });

  it("does not show the Norwegian inspectorate's tips to the Lithuanian contact point", async () => {
    const res = await get(baseUrl, `/lt/enterprises/${KEY}`, await as("contactPointLithuania"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain(DEMO_TIP);
    expect(html).not.toContain("Visuomenės pranešimas");
  });

  it("links a tip by its exact registration number, for the receiving inspectorate only", async () => {
    const ref = await report({ employerName: "UAB Demo statyba", employerNumber: "304 120 014" });
    expect(await (await get(baseUrl, `/en/enterprises/${KEY}`, await as("contactPointNorway"))).text()).toContain(`href="/en/cases/tips/${ref}"`);
    expect(await (await get(baseUrl, `/en/enterprises/${KEY}`, await as("contactPointLithuania"))).text()).not.toContain(ref);
    const tipPage = await (await get(baseUrl, `/en/cases/tips/${ref}`, await as("contactPointNorway"))).text();
    expect(tipPage).toContain(`href="/en/enterprises/${KEY}"`);
    expect(tipPage).toContain("304 120 014");
  });
});

describe("linking a tip by hand, without JavaScript", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the Norwegian contact point searches, links, and finds the tip on the enterprise page", { timeout: 90_000 }, async () => {
    const ref = await report({ employerName: "Demo-firmaet" });
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    // A step that cannot happen fails with its locator rather than at the test's timeout.
    page.setDefaultTimeout(20_000);
    const path = `/nb/cases/tips/${ref}`;
    await page.goto(`${baseUrl}/nb/signin?redirectTo=${encodeURIComponent(path)}`);
    await page.getByLabel("E-postadresse").fill(DEMO_USERS.contactPointNorway);
    await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${baseUrl}${path}`);
    expect(await page.locator("main").textContent()).toContain("Tipset er ikke koblet til en virksomhet ennå.");

    await page.getByLabel("Finn virksomheten: navn eller organisasjonsnummer").fill("Demo statyba");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await page.waitForURL(/enterpriseQ=Demo/);
    await page.getByRole("button", { name: /^Koble tipset til UAB „Demo statyba“/ }).click();
    await page.getByText("Tipset er koblet til virksomheten.").waitFor();

    await page.getByRole("link", { name: /^UAB „Demo statyba“/ }).click();
    await page.waitForURL(`${baseUrl}/nb/enterprises/${KEY}`);
    const timeline = page.locator("section", { has: page.locator("#enterprise-timeline") });
    const row = timeline.locator("tr", { hasText: ref });
    expect(await row.textContent()).toContain("Tips fra publikum: Bygg og anlegg");
    expect(await row.getByRole("link", { name: ref }).getAttribute("href")).toBe(`/nb/cases/tips/${ref}`);
    await context.close();

    // The tip page with its link and a search result has no axe violations (axe needs JavaScript in the page).
    const checked = await newContext(browser);
    const axePage = await checked.newPage();
    axePage.setDefaultTimeout(20_000);
    await openHydrated(axePage, `${baseUrl}/nb/signin?redirectTo=${encodeURIComponent(`${path}?enterpriseQ=Demo`)}`);
    await axePage.getByLabel("E-postadresse").fill(DEMO_USERS.contactPointNorway);
    await axePage.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
    await axePage.getByRole("button", { name: "Logg inn" }).click();
    await axePage.getByRole("button", { name: /^Koble tipset til UAB „Demo statyba“/ }).waitFor();
    await axePage.getByRole("link", { name: /^UAB „Demo statyba“/ }).waitFor();
    expect(await axeViolations(axePage)).toEqual([]);
    await checked.close();

    // The other inspectorate still sees nothing of it.
    expect(await (await get(baseUrl, `/nb/enterprises/${KEY}`, await as("contactPointLithuania"))).text()).not.toContain(ref);
  });
});
