// The signed-in header on a 360 × 740 phone takes at most a quarter of the screen, in the language with the longest
// words (Lithuanian) and for the user with the most areas (administrator), and its menu still works by keyboard.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const VIEWPORT = { width: 360, height: 740 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function phonePage(email: string | null, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "lt-LT", javaScriptEnabled });
  if (email) {
    const [name, value] = (await signInAs(baseUrl, email)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  return context.newPage();
}

const headerHeight = (page: Page) => page.locator("header.site-header").evaluate((header) => header.getBoundingClientRect().height);

describe("header on a phone", () => {
  for (const [who, email] of [
    ["signed out", null],
    ["coordinator", DEMO_USERS.coordinator],
    ["administrator", DEMO_USERS.admin],
    ["Lithuanian contact point", DEMO_USERS.contactPointLithuania],
  ] as const) {
    it(`${who}: header no taller than a quarter of the screen`, async () => {
      const page = await phonePage(email);
      expect((await page.goto(`${baseUrl}/lt/rights`))?.status()).toBe(200);
      const height = await headerHeight(page);
      expect(height).toBeGreaterThan(0);
      expect(height).toBeLessThanOrEqual(VIEWPORT.height * 0.25);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
      await page.context().close();
    });
  }

  it("without JavaScript the menu opens from the keyboard and shows every area", async () => {
    const page = await phonePage(DEMO_USERS.contactPointLithuania, false);
    await page.goto(`${baseUrl}/lt/rights`);
    const casesLink = page.locator("header a[href='/lt/cases']");
    expect(await casesLink.isVisible()).toBe(false);
    await page.locator("header summary").focus();
    await page.keyboard.press("Enter");
    expect(await casesLink.isVisible()).toBe(true);
    expect(await page.locator("header a[href='/lt/checker']").isVisible()).toBe(true);
    expect(await page.locator("header button[type=submit]").first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("header on a wide screen", () => {
  it("shows the menus without a toggle", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "lt-LT" });
    const [name, value] = (await signInAs(baseUrl, DEMO_USERS.contactPointLithuania)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/lt/rights`);
    expect(await page.locator("header summary").isVisible()).toBe(false);
    expect(await page.locator("header a[href='/lt/cases']").isVisible()).toBe(true);
    expect(await page.locator("header a[href='/lt/checker']").isVisible()).toBe(true);
    await context.close();
  });
});
