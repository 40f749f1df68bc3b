// Report a concern in a real browser (without JavaScript, in Norwegian), then the tip as the contact points of
// both inspectorates see it; the rate limit over HTTP on a server of its own (it locks the address).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated, watchConsole } from "../support/browser";
import { get, postForm } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");
const REF = /T-\d{4}-[2-9A-HJ-NP-Z]{8}/;
/** Unique per run, so the tip can be told apart from others on the list. */
const marker = `Stillasmarkør ${Date.now().toString(36)}`;
const description = `${marker}: arbeiderne på stillaset har ikke sikring.\nDe jobber 13 timer om dagen. <b>ikke fet</b>`;
let browser: Browser;
let reference = "";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string, path: string) {
  await openHydrated(page, `${baseUrl}/nb/signin?redirectTo=${encodeURIComponent(path)}`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(`${baseUrl}${path}`);
}

async function waitForHydration(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
}

describe("report a concern", () => {
  it("works without JavaScript in Norwegian: translated errors, values kept, then a reference", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/nb/report`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toBe("Tips oss");
    expect(await page.locator("main").textContent()).toContain("arbeidsmiljøloven § 2 A-7");
    expect(await page.locator("main").textContent()).toContain("112");
    // The robots' field is out of reach for people.
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute("tabindex")).toBe("-1");
    expect(await honeypot.getAttribute("autocomplete")).toBe("off");
    expect(await page.locator(".report-hp").getAttribute("aria-hidden")).toBe("true");

    await page.getByRole("button", { name: "Send inn" }).click();
    const summary = page.locator(".error-summary");
    expect(await summary.locator("h2").textContent()).toBe("Du må rette disse feilene før du kan fortsette:");
    const errors = await summary.textContent();
    for (const message of [
      "Du må velge hvor arbeidet foregår.",
      "Du må velge bransje.",
      "Du må fylle ut hvor arbeidsplassen er.",
      "Du må fylle ut hva som har skjedd.",
      "Du må velge om du vil være anonym.",
    ]) {
      expect(errors).toContain(message);
    }
    expect(await page.locator("#field-description-error").textContent()).toContain("Du må fylle ut hva som har skjedd.");

    // Half filled in: what was typed comes back.
    await page.getByLabel("Hva har skjedd?").fill(description);
    await page.getByLabel("Hvor er arbeidsplassen?").fill("Bjørvika, Oslo");
    await page.getByLabel("Dere kan kontakte meg").check();
    await page.getByRole("button", { name: "Send inn" }).click();
    expect(await summary.textContent()).toContain("Du må fylle ut e-postadresse eller telefonnummer, eller velge å være anonym.");
    expect(await page.getByLabel("Hva har skjedd?").inputValue()).toBe(description);
    expect(await page.getByLabel("Hvor er arbeidsplassen?").inputValue()).toBe("Bjørvika, Oslo");
    expect(await page.getByLabel("Dere kan kontakte meg").isChecked()).toBe(true);

    await page.getByLabel("I Norge (Arbeidstilsynet)").check();
    await page.getByLabel("Hvilken bransje gjelder det?").selectOption("construction");
    await page.getByLabel("Navnet på arbeidsgiveren").fill("Stillas & Sønn AS");
    // An anonymous reporter's contact details are hidden, and thrown away if typed before choosing to be anonymous.
    await page.getByLabel("Navnet ditt").fill("Skal ikke lagres");
    await page.getByLabel("Jeg vil være anonym").check();
    expect(await page.getByLabel("Navnet ditt").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Send inn" }).click();

    expect(await page.locator("h1").textContent()).toBe("Tipset er sendt");
    reference = (await page.locator(".report-reference__value").textContent()) ?? "";
    expect(reference).toMatch(new RegExp(`^${REF.source}$`));
    expect(await page.locator("main").textContent()).toContain("Tipset ditt er sendt til Arbeidstilsynet.");
    await context.close();
  });

  it("has no axe violations on the form, with errors, and on the success page, and no console problems", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/nb/report`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Send inn" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const withErrors = await axeViolations(page);
    expect(withErrors, JSON.stringify(withErrors)).toEqual([]);

    await page.getByLabel("I Litauen (det litauiske arbeidstilsynet, Valstybinė darbo inspekcija, VDI)").check();
    await page.getByLabel("Hvilken bransje gjelder det?").selectOption("cleaning");
    await page.getByLabel("Hvor er arbeidsplassen?").fill("Vilnius");
    await page.getByLabel("Hva har skjedd?").fill("Rengjøringsarbeidere får ikke lønnsslipp.");
    await page.getByLabel("Dere kan kontakte meg").check();
    await page.getByLabel("E-postadresse eller telefonnummer").fill("+370 600 00000");
    await page.getByRole("button", { name: "Send inn" }).click();
    await page.getByRole("heading", { name: "Tipset er sendt" }).waitFor();
    expect(await page.locator(".report-reference__value").textContent()).toMatch(REF);
    expect(await page.locator("main").textContent()).toContain("litauiske arbeidstilsynet");
    const sent = await axeViolations(page);
    expect(sent, JSON.stringify(sent)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("tips for contact points", () => {
  it("shows the Norwegian contact point the tip, which they open and mark triaged", async () => {
    expect(reference).toMatch(REF);
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signIn(page, "kontakt@arbeidstilsynet.demo", "/nb/cases/tips");
    await waitForHydration(page);
    await page.getByRole("heading", { level: 1, name: "Tips fra publikum" }).waitFor();
    const row = page.locator("tbody tr", { hasText: reference });
    expect(await row.textContent()).toContain("Bjørvika, Oslo");
    expect(await row.textContent()).toContain("Ny");
    // Only tips about work in Norway: the Lithuanian one sent above is not here.
    expect(await page.locator("tbody").textContent()).not.toContain("Vilnius");
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole("link", { name: reference }).click();
    await page.getByRole("heading", { level: 1, name: `Tips ${reference}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/nb/cases/tips/${reference}`);
    const main = page.locator("main");
    // Stored text is shown as text, never as HTML.
    expect(await page.locator(".tip-description").textContent()).toBe(description);
    expect(await page.locator(".tip-description b").count()).toBe(0);
    expect(await main.textContent()).toContain("Den som tipset, valgte å være anonym.");
    expect(await main.textContent()).not.toContain("Skal ikke lagres");
    expect(await main.textContent()).toContain("Stillas & Sønn AS");
    const tipViolations = await axeViolations(page);
    expect(tipViolations, JSON.stringify(tipViolations)).toEqual([]);

    await page.getByLabel("Vurdert").check();
    await page.getByRole("button", { name: "Lagre status" }).click();
    await page.getByText("Statusen er nå: Vurdert.").waitFor();
    await page.locator(".tip-details .tip-status", { hasText: "Vurdert" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/nb/cases/tips?status=triaged`);
    expect(await page.locator("tbody").textContent()).toContain(reference);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("answers 404 to the Lithuanian contact point for the Norwegian tip", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "kontaktas@vdi.demo", "/nb/cases/tips");
    await page.getByRole("heading", { level: 1, name: "Tips fra publikum" }).waitFor();
    expect(await page.locator("tbody").textContent()).not.toContain(reference);
    const response = await page.goto(`${baseUrl}/nb/cases/tips/${reference}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("main").textContent()).not.toContain(marker);
    await context.close();
  });
});

describe("rate limit over HTTP", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demoData: true });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const report = {
    country: "LT",
    sector: "agriculture",
    place: "Kėdainiai",
    description: "Sezoniniai darbuotojai gyvena perpildytame name.",
    anonymous: "yes",
  };

  it("answers the 6th report in an hour with 429, a translated message and the text kept; robots get a normal page", async () => {
    const robot = await postForm(server.baseUrl, "/lt/report", { ...report, website: "https://spam.example" });
    expect(robot.status).toBe(303);
    expect(await (await get(server.baseUrl, robot.headers.get("location")!)).text()).toContain("Pranešimas išsiųstas");
    for (let i = 0; i < 4; i++) expect((await postForm(server.baseUrl, "/lt/report", report)).status).toBe(303);
    const refused = await postForm(server.baseUrl, "/lt/report", report);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const html = await refused.text();
    expect(html).toContain("Iš Jūsų interneto ryšio per pastarąją valandą išsiųsta per daug pranešimų.");
    expect(html).toContain("Sezoniniai darbuotojai gyvena perpildytame name.");
    expect(html).toContain('value="Kėdainiai"');
    // Invalid input is answered with errors (400) even while limited: nothing is lost either way.
    expect((await postForm(server.baseUrl, "/lt/report", { ...report, description: "" })).status).toBe(400);
  });
});
