// The checker and report pages load and validate in Chromium without a Content-Security-Policy violation (zod runs
// jitless in the browser, so it never probes `new Function`).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openHydrated } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("no CSP violation in the console", () => {
  for (const path of ["/lt/checker", "/nb/report", "/en/checker?direction=to_lithuania"]) {
    it(`on ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const messages: string[] = [];
      page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await openHydrated(page, `${baseUrl}${path}`);
      // Submitting runs the form's validation too.
      const submit = page.locator("form.form button[type=submit]:not(.button--secondary):not(.visually-hidden)").first();
      if (await submit.count()) {
        await submit.click();
        await page.waitForLoadState("load");
      }
      expect(messages.filter((m) => /Content Security Policy|CSP violation|unsafe-eval/i.test(m))).toEqual([]);
      await context.close();
    });
  }
});
