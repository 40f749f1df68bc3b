// The posting checker in a real browser: without JavaScript (errors, kept values, the checklist and its
// deadlines), with JavaScript (client-side submission), printing, and axe on the form, the errors and the
// result in each language. axe-core runs inside the page, so it needs JavaScript: the axe checks run on the
// same server-rendered pages in a JavaScript-enabled context.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated, watchConsole } from "../support/browser";

const baseUrl = inject("baseUrl");
const LOCALES = ["nb", "lt", "en"] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const itemTitles = (page: Page) => page.locator(".checklist__items > li .checklist__title").allTextContents();
const errorSummaryLinks = (page: Page) => page.locator(".error-summary li").allTextContents();
const inlineErrors = (page: Page) => page.locator(".field__error").allTextContents();

describe("posting checker without JavaScript, in Lithuanian", () => {
  it("shows translated errors, keeps the answers, then gives the checklist with deadlines", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems = watchConsole(page);

    const first = await page.goto(`${baseUrl}/lt/checker`);
    expect(first?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("lt");
    expect(await page.locator("h1").allTextContents()).toEqual(["Komandiruotės kontrolinis sąrašas"]);
    expect(await page.locator(".error-summary").count()).toBe(0);
    expect(await page.locator(".checklist").count()).toBe(0);

    // 1. Nothing answered.
    const [empty] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: "Sudaryti kontrolinį sąrašą" }).click(),
    ]);
    expect(empty?.status()).toBe(400);
    expect(new URL(page.url()).pathname).toBe("/lt/checker");
    expect(await page.title()).toMatch(/^Klaida: Komandiruotės kontrolinis sąrašas/);
    expect(await page.locator(".error-summary h2").textContent()).toBe("Formoje yra klaidų. Ištaisykite jas:");
    expect(await errorSummaryLinks(page)).toEqual([
      "Pasirinkite, kur bus dirbama.",
      "Pasirinkite, ar esate darbuotojas, ar darbdavys.",
      "Pasirinkite darbo sritį.",
      "Pasirinkite numatomą komandiruotės trukmę.",
      "Pasirinkite „Taip“, jei tai statybos darbai, arba „Ne“, jei ne.",
    ]);
    expect(await inlineErrors(page)).toEqual([
      "Klaida: Pasirinkite, kur bus dirbama.",
      "Klaida: Pasirinkite, ar esate darbuotojas, ar darbdavys.",
      "Klaida: Pasirinkite darbo sritį.",
      "Klaida: Pasirinkite numatomą komandiruotės trukmę.",
      "Klaida: Pasirinkite „Taip“, jei tai statybos darbai, arba „Ne“, jei ne.",
    ]);
    expect(await page.getAttribute(".error-summary li:first-child a", "href")).toBe("#field-direction");
    expect(await page.locator("#field-direction").evaluate((el) => el.tagName)).toBe("FIELDSET");

    // 2. Some answers, a start date out of range and no construction answer: the answers stay.
    await page.getByLabel("Lietuvoje (komandiruotė į Lietuvą)").check();
    await page.getByLabel("Esu darbdavys, komandiruojantis darbuotojus").check();
    await page.getByLabel("Kurioje srityje bus dirbama?").selectOption("electrical");
    await page.getByLabel("Iki 30 dienų").check();
    await page.getByLabel("Kada prasideda darbas? (neprivaloma)").fill("1999-12-31");
    const [partial] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: "Sudaryti kontrolinį sąrašą" }).click(),
    ]);
    expect(partial?.status()).toBe(400);
    expect(await errorSummaryLinks(page)).toEqual([
      "Pasirinkite „Taip“, jei tai statybos darbai, arba „Ne“, jei ne.",
      "Darbo pradžios data turi būti tarp 2000 ir 2099 metų.",
    ]);
    expect(await page.getByLabel("Lietuvoje (komandiruotė į Lietuvą)").isChecked()).toBe(true);
    expect(await page.getByLabel("Esu darbdavys, komandiruojantis darbuotojus").isChecked()).toBe(true);
    expect(await page.getByLabel("Kurioje srityje bus dirbama?").inputValue()).toBe("electrical");
    expect(await page.getByLabel("Iki 30 dienų").isChecked()).toBe(true);
    expect(await page.getByLabel("Kada prasideda darbas? (neprivaloma)").inputValue()).toBe("1999-12-31");
    expect(await page.getByLabel("Kada prasideda darbas? (neprivaloma)").getAttribute("aria-invalid")).toBe("true");

    // 3. Valid: 20 days of construction work (an electrician on site), starting the Tuesday after Easter Monday.
    await page.getByLabel("Taip", { exact: true }).check();
    await page.getByLabel("Kada prasideda darbas? (neprivaloma)").fill("2026-04-07");
    const [valid] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: "Sudaryti kontrolinį sąrašą" }).click(),
    ]);
    expect(valid?.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.hash).toBe("#checklist");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      direction: "to-lithuania",
      role: "employer",
      sector: "electrical",
      length: "up_to_30_days",
      construction: "yes",
      start: "2026-04-07",
    });
    expect(await page.title()).toMatch(/^Jūsų kontrolinis sąrašas – Komandiruotės kontrolinis sąrašas/);
    expect(await page.locator(".error-summary").count()).toBe(0);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await itemTitles(page)).toEqual([
      "Gaukite A1 pažymėjimus",
      "Praneškite Valstybinei darbo inspekcijai (VDI)",
      "Priimanti įmonė Lietuvoje pateikia „Sodrai“ LDU pranešimą",
      "Pasirūpinkite, kad kiekvienas darbuotojas turėtų skaidriai dirbančio asmens ID",
      "Mokėkite tiek pat, kiek Lietuvos darbuotojams",
      "Minimalusis darbo užmokestis už nekvalifikuotą darbą",
      "Laikykitės darbo laiko taisyklių",
      "Turėkite dokumentus, kuriuos galėtumėte parodyti VDI",
      "Būkite pasirengę patikrinimui",
    ]);
    const vdi = page.locator('[data-item="vdiNotification"]');
    expect(await vdi.locator(".checklist__deadline").textContent()).toBe(
      "Terminas: Prieš darbuotojui pradedant dirbtiIki darbo pradžios 2026 m. balandžio 7 d.",
    );
    // Easter Monday (6 April) is a holiday in Lithuania, Good Friday (3 April) is not.
    expect(await page.locator('[data-item="sodraLdu"] .checklist__date').textContent()).toBe("Paskutinė diena: 2026 m. balandžio 3 d.");
    expect(await vdi.getByRole("link", { name: "Pranešimas apie komandiruotą darbuotoją" }).getAttribute("href")).toBe(
      "/lt/rights/to-lithuania/posting-notification",
    );
    expect(await page.locator(".checklist__answers").textContent()).toContain("Elektros darbai");
    // No keyboard shortcuts that a phone does not have; without JavaScript there is no print button either.
    expect(await page.locator(".checklist__print-hint").textContent()).not.toContain("Ctrl+P");
    expect(await page.locator(".checklist__print-hint").textContent()).toContain("PDF");
    expect(await page.locator(".checklist__print-hint button").count()).toBe(0);
    // The answers stay in the form for a change of mind.
    expect(await page.getByLabel("Taip", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Kada prasideda darbas? (neprivaloma)").inputValue()).toBe("2026-04-07");

    // 4. The same answers for a worker: no LDU item, the notification as something to expect.
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Žiūrėti darbuotojo kontrolinį sąrašą" }).click()]);
    expect(new URL(page.url()).searchParams.get("role")).toBe("worker");
    expect(await itemTitles(page)).toEqual([
      "Turėkite A1 pažymėjimą",
      "Darbdavys praneša Valstybinei darbo inspekcijai",
      "Turėkite skaidriai dirbančio asmens ID („Sodros“ QR kodą)",
      "Vienodas darbo užmokestis",
      "Minimalusis darbo užmokestis",
      "Darbo laikas, poilsis ir viršvalandžiai",
      "Dokumentai, kuriuos turite turėti ir saugoti",
      "Kur kreiptis pagalbos",
    ]);

    // 5. Twenty days, not construction work: no notification to VDI.
    await page.goto(`${baseUrl}/lt/checker?direction=to-lithuania&role=employer&sector=other&length=up_to_30_days&construction=no&start=`);
    const titles = await itemTitles(page);
    expect(titles).toContain("Apie šią komandiruotę VDI pranešti nereikia");
    expect(titles).not.toContain("Praneškite Valstybinei darbo inspekcijai (VDI)");
    expect(await page.locator(".checklist").textContent()).toContain("Darbo pradžios datos nenurodėte");
    expect(await page.locator(".checklist__date").count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("posting checker for Norway, in Norwegian, without JavaScript", () => {
  it("lists the construction employer's duties with calendar-day deadlines across Easter", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const response = await page.goto(
      `${baseUrl}/nb/checker?direction=to-norway&role=employer&sector=construction&length=up_to_6_months&construction=yes&start=2026-03-30`,
    );
    expect(response?.status()).toBe(200);
    expect(await itemTitles(page)).toEqual([
      "Norge har ingen generell utsendingsmelding",
      "Søk om attest A1",
      "Rapporter arbeidstakerne (RF-1198); oppdragsgiveren rapporterer oppdraget (RF-1199)",
      "Send alle arbeidstakerne til ID-kontroll",
      "Arbeidstakere som blir under 6\u00a0måneder, får D-nummer",
      "Bestill HMS-kort",
      "Betal minst minstesatsen",
      "Dekk reise, kost og losji innenlands i Norge",
      "Hold deg til arbeidstidsreglene",
      "Hvis du skaffer bolig",
      "Ha dokumentene tilgjengelig på arbeidsplassen",
      "Vær forberedt på tilsyn",
    ]);
    expect(await page.locator('[data-item="rf1199"] .checklist__date').textContent()).toBe("Siste dag: 13. april 2026");
    expect(await page.locator('[data-item="idCheck"] .checklist__date').textContent()).toBe(
      "Siste dag, hvis du kommer samme dag som arbeidet starter: 7. april 2026",
    );
    // The construction rates from the register, in force on the start date, with the date they apply from.
    const minimumPay = await page.locator('[data-item="minimumPay"]').textContent();
    expect(minimumPay).toContain("264,32\u00a0kr per time");
    expect(minimumPay).toContain("15. juni 2025");
    expect(await page.locator('[data-item="hseCard"] a').evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/nb/rights/to-norway/hse-card",
      "/nb/rights/to-norway/construction",
    ]);
    await context.close();
  });
});

describe("local dates and the construction sector, in Norwegian, without JavaScript", () => {
  it("reads 30.03.2026 as 2026-03-30 and does not ask about construction work for the construction sector", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const answers = "direction=to-norway&role=employer&sector=construction&length=up_to_6_months";
    const checklist = async (query: string) => {
      const response = await page.goto(`${baseUrl}/nb/checker?${query}`);
      expect(response?.status(), query).toBe(200);
      return { titles: await itemTitles(page), dates: await page.locator(".checklist__date").allTextContents() };
    };
    const iso = await checklist(`${answers}&construction=yes&start=2026-03-30`);
    const norwegian = await checklist(`${answers}&start=30.03.2026`);
    expect(norwegian).toEqual(iso);
    expect(norwegian.dates).toContain("Siste dag: 13. april 2026");
    // The construction question is not on the form once the sector says construction.
    expect(await page.locator('input[name="construction"]').count()).toBe(0);
    expect(await page.getByLabel("Hvilken bransje er arbeidet i?").inputValue()).toBe("construction");
    await context.close();
  });
});

describe("printing", () => {
  it("prints the checklist with its address and without the form", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const path = "/en/checker?direction=to-norway&role=worker&sector=cleaning&length=up_to_30_days&construction=no&start=2026-03-30";
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator(".checklist__print-url").isVisible()).toBe(false);
    expect(await page.locator(".checker-form").isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".checker-form").isVisible()).toBe(false);
    expect(await page.locator(".checklist__print-hint").isVisible()).toBe(false);
    expect(await page.locator(".checklist__items").isVisible()).toBe(true);
    expect(await page.locator(".checklist__print-url").isVisible()).toBe(true);
    expect(await page.locator(".checklist__print-url").textContent()).toMatch(
      new RegExp(`^This checklist online: https?://[^/]+${path.replace(/[?]/g, "\\?")}$`),
    );
    await context.close();
  });
});

describe("with JavaScript", () => {
  it("submits without a full reload, shows the checklist and moves focus to it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/en/checker`);
    await page.getByRole("button", { name: "Make my checklist" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await errorSummaryLinks(page)).toEqual([
      "Select where the work will be done",
      "Select whether you are the worker or the employer",
      "Select the sector the work is in",
      "Select how long the posting is expected to last",
      "Select yes if it is building or construction work, or no if it is not",
    ]);

    await page.getByLabel("In Norway (posted to Norway)").check();
    await page.getByLabel("I am a posted worker").check();
    await page.getByLabel("Which sector is the work in?").selectOption("freight_transport");
    await page.getByLabel("More than 12 months (up to 18 months with a notification)").check();
    await page.getByLabel("No", { exact: true }).check();
    await page.getByRole("button", { name: "Make my checklist" }).click();
    await page.locator(".checklist").waitFor();
    expect(await page.locator(".error-summary").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("checklist-heading");
    const titles = await itemTitles(page);
    expect(titles).toContain("After 12\u00a0months, more Norwegian rules apply");
    expect(titles).toContain("A stay of 6\u00a0months or more: you get a national identity number");
    expect(titles).toContain("You are entitled to minimum pay");
    // The register holds no confirmed freight-transport rate: the reader is sent to the regulation.
    expect(await page.locator('[data-item="minimumPay"]').textContent()).toContain("Look up the current minimum rate for this sector");
    // The answers are still selected after the client-side navigation.
    expect(await page.getByLabel("Which sector is the work in?").inputValue()).toBe("freight_transport");
    expect(await page.getByLabel("No", { exact: true }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get("length")).toBe("over_12_months");

    // A print button for phones and mouse users alike.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole("button", { name: "Print or save as PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Choosing "Building and construction" as the sector removes the construction question; another sector brings it back.
    await page.getByLabel("Which sector is the work in?").selectOption("construction");
    expect(await page.locator('input[name="construction"]').count()).toBe(0);
    await page.getByLabel("Which sector is the work in?").selectOption("cleaning");
    expect(await page.locator('input[name="construction"]').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(LOCALES)("posting checker in %s", (locale) => {
  it("has no axe violations on the form, the errors and the result, and a clean console", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems = watchConsole(page);

    const form = await openHydrated(page, `${baseUrl}/${locale}/checker`);
    expect(form?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await page.locator("h1").count()).toBe(1);
    expect((await page.title()).length).toBeGreaterThan(10);
    expect(await page.locator("fieldset > legend").count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    const errors = await openHydrated(page, `${baseUrl}/${locale}/checker?sector=&start=2026-02-30`);
    expect(errors?.status()).toBe(400);
    expect(await page.locator(".error-summary li").count()).toBe(6);
    // A date the browser's date field cannot hold is shown as typed, in a text field.
    expect(await page.locator("#field-start").getAttribute("type")).toBe("text");
    expect(await page.locator("#field-start").inputValue()).toBe("2026-02-30");
    expect(await axeViolations(page)).toEqual([]);

    for (const query of [
      "direction=to-norway&role=employer&sector=construction&length=over_12_months&construction=yes&start=2026-03-30",
      "direction=to-lithuania&role=worker&sector=hospitality&length=up_to_12_months&construction=no&start=",
    ]) {
      const result = await openHydrated(page, `${baseUrl}/${locale}/checker?${query}`);
      expect(result?.status()).toBe(200);
      expect(await page.locator(".checklist__items > li").count()).toBeGreaterThan(5);
      // No key shown instead of a text.
      expect(await page.locator("main").textContent()).not.toMatch(/\b(items|deadlines|details|topics|result|answers|form|errors|sector)\.[a-z][\w-]*\b/);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
