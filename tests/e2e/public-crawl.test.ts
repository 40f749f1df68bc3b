// Crawls every public page reachable from the home page, in each language: 200, the right lang, hreflang
// alternates for all three languages, zero axe violations and a clean console.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, watchConsole } from "../support/browser";

const baseUrl = inject("baseUrl");
const LOCALES = ["nb", "lt", "en"] as const;
/** Signed-in areas answer with a redirect to sign in; they are checked by the route × role test. */
const SIGNED_IN = /^\/(nb|lt|en)\/(cases|outcomes|content|admin)(\/|$)/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("public pages in %s", (locale) => {
  it("are all reachable, in the right language, with alternates and no axe violations", { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const queue = [`/${locale}`];
    const seen = new Set(queue);
    const failures: string[] = [];

    while (queue.length) {
      const path = queue.shift()!;
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
      if (response?.status() !== 200) {
        failures.push(`${path}: HTTP ${response?.status()}`);
        continue;
      }
      if ((await page.getAttribute("html", "lang")) !== locale) failures.push(`${path}: wrong lang`);
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => l.getAttribute("hreflang")));
      if (alternates.sort().join(",") !== "en,lt,nb") failures.push(`${path}: hreflang ${alternates.join(",")}`);
      if ((await page.locator("h1").count()) !== 1) failures.push(`${path}: not exactly one h1`);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${path}: axe ${JSON.stringify(violations)}`);

      const links = await page.$$eval("a[href]", (anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      for (const href of links) {
        const url = new URL(href, `${baseUrl}${path}`);
        if (url.origin !== baseUrl || !url.pathname.startsWith(`/${locale}`) || SIGNED_IN.test(url.pathname)) continue;
        if (url.pathname.endsWith("/signout")) continue;
        const target = `${url.pathname}${url.search}`;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
    // Home, rights overview, both directions with their topics, checker, search, contacts, report, accessibility…
    expect(seen.size).toBeGreaterThan(45);
    await context.close();
  });
});
