// Reporting a concern: POST → 303 → a page with the reference. Reloading that page shows the same reference and
// files nothing again; the reference reads on one line on a 360 px phone and can be selected whole.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("report a concern", () => {
  it("redirects to a page with the reference; a reload neither loses it nor files the report twice", async () => {
    const place = `Stavanger havn ${Date.now()}`;
    const res = await postForm(baseUrl, "/nb/report", { country: "NO", sector: "construction", place, description: "Ingen lønnsslipp på tre måneder.", anonymous: "yes" });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    const reference = new URL(location, baseUrl).searchParams.get("sent");
    expect(reference).toMatch(/^T-\d{4}-[2-9A-HJ-NP-Z]{8}$/);

    const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })).newPage();
    for (let visit = 0; visit < 2; visit++) {
      if (visit === 0) await page.goto(`${baseUrl}${location}`);
      else await page.reload();
      expect(await page.locator(".report-reference__value").textContent()).toBe(reference);
      expect(await page.locator("main").textContent()).toContain("Arbeidstilsynet");
    }
    // One line, inside the screen.
    const box = await page.locator(".report-reference__value").evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, right: range.getBoundingClientRect().right, userSelect: getComputedStyle(el).userSelect };
    });
    expect(box.lines).toBe(1);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.userSelect).toBe("all");
    await page.context().close();

    // The Norwegian contact point finds the tip once.
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const list = await (await get(baseUrl, "/nb/cases/tips?status=all", cookie)).text();
    // Rendered cells only (the page's hydration data holds the same text in quotes).
    expect(list.split(`>${place}<`).length - 1).toBe(1);
  });

  it("shows nothing but the form for a made-up or malformed reference", async () => {
    const html = await (await get(baseUrl, "/en/report?sent=not-a-ref&to=NO")).text();
    expect(html).not.toContain("report-reference");
    expect(html).toContain('name="description"');
  });

  it("hides the contact fields when the reporter chooses to be anonymous, without JavaScript", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${baseUrl}/en/report`);
    const contactFields = page.locator("fieldset.report-contact");
    expect(await contactFields.isVisible()).toBe(true);
    await page.locator("#field-anonymous-yes").check();
    expect(await contactFields.isVisible()).toBe(false);
    await page.locator("#field-anonymous-no").check();
    expect(await contactFields.isVisible()).toBe(true);
    await page.context().close();
  });
});
