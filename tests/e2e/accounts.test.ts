// Signing in and administering users in a real browser, with and without JavaScript.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated, watchConsole } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signInThroughForm(page: Page, email: string, password = "demo-password") {
  await page.getByLabel(/E-mail|El. pašto|E-post/).fill(email);
  await page.getByLabel(/^(Password|Slaptažodis|Passord)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Prisijungti|Logg inn)$/ }).click();
}

describe("signing in", () => {
  it("works without JavaScript, in Lithuanian, and lands a contact point in the inbox", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/lt/signin`);
    await signInThroughForm(page, "kontaktas@vdi.demo", "wrong-password");
    expect(await page.locator(".error-summary").textContent()).toContain("Neteisingas el. pašto adresas arba slaptažodis.");
    expect(await page.getByLabel("El. pašto adresas").inputValue()).toBe("kontaktas@vdi.demo");
    await signInThroughForm(page, "kontaktas@vdi.demo");
    await page.waitForURL(`${baseUrl}/lt/cases`);
    expect(await page.locator("h1").textContent()).toBe("Gautieji");
    const header = await page.locator(".account-bar").textContent();
    expect(header).toContain("Kontaktinis punktas");
    expect(header).toContain("Valstybinė darbo inspekcija");
    // Isolation: the Lithuanian contact point never sees the Norway–Poland case.
    expect(await page.locator("main").textContent()).not.toContain("EX-NO-PL");
    await page.getByRole("button", { name: "Atsijungti" }).click();
    await page.waitForURL(`${baseUrl}/lt`);
    await page.goto(`${baseUrl}/lt/cases`);
    expect(new URL(page.url()).pathname).toBe("/lt/signin");
    await context.close();
  });

  it("brings a user whose session is gone back to the page they were on", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openHydrated(page, `${baseUrl}/en/admin/audit?action=sign_in`);
    expect(new URL(page.url()).pathname).toBe("/en/signin");
    await signInThroughForm(page, "admin@portal.demo");
    await page.waitForURL(`${baseUrl}/en/admin/audit?action=sign_in`);
    await page.locator("h1", { hasText: "Audit log" }).waitFor();
    expect(await page.locator("tbody").textContent()).toContain("sign_in.succeeded");
    await context.close();
  });
});

describe("administration", () => {
  it("lets an admin create a user, shows the one-time link, and has no axe violations", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/nb/signin`);
    await signInThroughForm(page, "admin@portal.demo");
    await page.waitForURL(`${baseUrl}/nb/admin`);
    expect(await axeViolations(page)).toEqual([]);
    await openHydrated(page, `${baseUrl}/nb/admin/users/new`);
    // Submitting empty shows the error summary with focus, in Norwegian.
    await page.getByRole("button", { name: "Opprett bruker" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.locator(".error-summary").textContent()).toContain("Du må fylle ut brukerens e-postadresse.");
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await page.getByLabel("E-postadresse").fill("ny.redaktor@arbeidstilsynet.demo");
    await page.getByLabel("Navn", { exact: true }).fill("Nina Ny");
    await page.getByLabel(/^Redaktør/).check();
    await page.getByRole("button", { name: "Opprett bruker" }).click();
    await page.getByText("Brukeren er opprettet").waitFor();
    const link = await page.locator(".secret").textContent();
    expect(link).toMatch(/\/nb\/set-password\/[A-Za-z0-9_-]{40,}$/);
    expect(problems).toEqual([]);

    // The new user chooses a password through the link and can sign in.
    const newcomer = await newContext(browser);
    const newPage = await newcomer.newPage();
    await newPage.goto(link!);
    await newPage.getByLabel("Nytt passord").fill("a sentence that is long");
    await newPage.getByLabel("Gjenta passordet").fill("a sentence that is long");
    await newPage.getByRole("button", { name: "Lagre passord" }).click();
    await newPage.getByText("Passordet er lagret").waitFor();
    await newPage.goto(`${baseUrl}/nb/signin`);
    await signInThroughForm(newPage, "ny.redaktor@arbeidstilsynet.demo", "a sentence that is long");
    await newPage.waitForURL(`${baseUrl}/nb/content`);
    await newcomer.close();
    await context.close();
  });

  it.each(["/en/cases", "/en/outcomes", "/en/content", "/en/admin/users", "/en/admin/audit"])("%s has no axe violations", async (path) => {
    const users: Record<string, string> = {
      "/en/cases": "kontakt@arbeidstilsynet.demo",
      "/en/outcomes": "koordinator@arbeidstilsynet.demo",
      "/en/content": "redaktor@arbeidstilsynet.demo",
      "/en/admin/users": "admin@portal.demo",
      "/en/admin/audit": "admin@portal.demo",
    };
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/en/signin?redirectTo=${encodeURIComponent(path)}`);
    await signInThroughForm(page, users[path]!);
    await page.waitForURL(`${baseUrl}${path}`);
    await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
