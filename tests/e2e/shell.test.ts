// The public shell in a real browser: each language, the switcher, skip link, axe, no console problems.
import type { Browser } from "playwright-core";
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

describe.each(LOCALES)("home page in %s", (locale) => {
  it("renders in its language with alternates, no axe violations and a clean console", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    const response = await openHydrated(page, `${baseUrl}/${locale}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    const alternates = await page.$$eval('link[rel="alternate"]', (links) =>
      links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]),
    );
    expect(alternates).toEqual([["nb", "/nb"], ["lt", "/lt"], ["en", "/en"]]);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect(await page.locator("h1").count()).toBe(1);
    // The published 2017–18 outcome, counted from the demo records.
    const figures = await page.locator(".figures__list li").allTextContents();
    expect(figures.join(" ")).toMatch(/\b4\b.*\b10\b.*\b10\b/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("navigation aids", () => {
  it("switches language and stays on the same page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/lt/contacts`);
    await page.getByRole("link", { name: "Norsk (bokmål)" }).click();
    await page.waitForURL(`${baseUrl}/nb/contacts`);
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    expect(await page.locator("h1").textContent()).toBe("Kontakt");
    // The reader's choice is remembered: `/` now leads to Norwegian.
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/nb");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("has a skip link that is the first thing a keyboard reaches and moves focus to the content", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openHydrated(page, `${baseUrl}/en`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Skip to main content");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    await context.close();
  });

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`${baseUrl}/${locale}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it("works without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/accessibility`);
    expect(await page.locator("h1").textContent()).toBe("Accessibility statement");
    await page.getByRole("link", { name: "Lietuvių" }).click();
    await page.waitForURL(`${baseUrl}/lt/accessibility`);
    expect(await page.locator("h1").textContent()).toBe("Pareiškimas dėl prieinamumo");
    await context.close();
  });
});

describe.each(LOCALES)("other shell pages in %s", (locale) => {
  it.each(["accessibility", "contacts", "no-such-page"])("%s has no axe violations and the right language", async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    const response = await page.goto(`${baseUrl}/${locale}/${path}`);
    expect(response?.status()).toBe(path === "no-such-page" ? 404 : 200);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
