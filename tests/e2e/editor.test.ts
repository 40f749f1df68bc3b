// An editor changes a Norwegian page: preview, publish, and readers see it at once (the page cache empties).
import type { Browser } from "playwright-core";
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

describe("editing public content", () => {
  it("previews, publishes and shows the new text to readers", async () => {
    // A reader's visit puts the page in the cache first.
    const reader = await fetch(`${baseUrl}/nb/rights/to-norway/overtime`);
    expect(await reader.text()).not.toContain("Ny setning fra redaktøren");

    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/nb/signin?redirectTo=${encodeURIComponent("/nb/content")}`);
    await page.getByLabel("E-postadresse").fill("redaktor@arbeidstilsynet.demo");
    await page.getByLabel("Passord", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${baseUrl}/nb/content`);
    await page.locator("h1", { hasText: "Offentlig innhold" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Both directions have an "Overtid" topic: take the row of the Norwegian one.
    const row = page.locator("tr", { hasText: "Utsendt til Norge" }).filter({ has: page.locator("th", { hasText: /^Overtid$/ }) });
    const topicLink = row.getByRole("link", { name: /^Overtid, Norsk \(bokmål\)/ });
    await topicLink.click();
    await page.waitForURL(/\/nb\/content\/\d+\/nb$/);
    await openHydrated(page, page.url());
    const body = page.getByLabel("Tekst (Markdown)");
    await body.fill(`${await body.inputValue()}\n\nNy setning fra redaktøren.`);
    await page.getByRole("button", { name: "Forhåndsvis" }).click();
    await page.locator(".preview", { hasText: "Ny setning fra redaktøren." }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Empty title: translated error, the text typed is kept.
    await page.getByLabel("Tittel").fill("");
    await page.getByRole("button", { name: "Publiser" }).click();
    await page.locator(".error-summary", { hasText: "Du må fylle ut tittel." }).waitFor();
    expect(await page.getByLabel("Tekst (Markdown)").inputValue()).toContain("Ny setning fra redaktøren.");

    await page.getByLabel("Tittel").fill("Overtid");
    await page.getByRole("button", { name: "Publiser" }).click();
    await page.getByText(/Versjon \d+ er publisert/).waitFor();
    expect(problems).toEqual([]);
    await context.close();

    const after = await fetch(`${baseUrl}/nb/rights/to-norway/overtime`);
    expect(await after.text()).toContain("Ny setning fra redaktøren.");
  });
});
