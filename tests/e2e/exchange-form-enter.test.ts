// Enter in a text field of the new-request form submits the form's main action (sending), not the enterprise search
// whose button comes first on the page; with and without JavaScript. Enter in the search field still searches and
// keeps what was typed and ticked. The page has no axe violations with the hidden default button.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageAs(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "en-GB" });
  const [name, value] = (await signInAs(baseUrl, DEMO_USERS.contactPointNorway)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context.newPage();
}

const isFormPost = (request: Request) => request.method() === "POST" && /^\/en\/cases\/exchanges\/new(\.data)?$/.test(new URL(request.url()).pathname);
const checkedCodes = (page: Page) => page.locator("input[name=questions]:checked").evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));

describe("Enter in the new-request form", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`in the subject sends the request, not the search (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const page = await pageAs(javaScriptEnabled);
      const url = `${baseUrl}/en/cases/exchanges/new`;
      expect((javaScriptEnabled ? await openHydrated(page, url) : await page.goto(url))?.status()).toBe(200);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      const subject = page.getByLabel("Subject", { exact: true });
      await subject.fill("Scaffolders at Bjørvika");
      const [post] = await Promise.all([page.waitForRequest(isFormPost), subject.press("Enter")]);
      // The hidden default button: the server sends the request (or shows what is missing).
      expect(new URLSearchParams(post.postData() ?? "").get("intent")).toBe("enter");
      await page.locator(".error-summary").waitFor();
      expect(await page.locator(".error-summary").textContent()).toContain("Choose at least one question or write your own");
      expect(new URL(page.url()).searchParams.has("enterpriseQ")).toBe(false);
      expect(await subject.inputValue()).toBe("Scaffolders at Bjørvika");
      await page.context().close();
    });
  }

  it("in the search field searches and keeps the subject and the ticked questions", async () => {
    const page = await pageAs(true);
    await openHydrated(page, `${baseUrl}/en/cases/exchanges/new`);
    await page.getByLabel("Subject", { exact: true }).fill("Posted welders");
    const questions = page.locator("input[name=questions]");
    const ticked = await questions.nth(1).getAttribute("value");
    await questions.nth(1).check();
    const search = page.locator("input[name=enterpriseQ]");
    await search.fill("Demo");
    await Promise.all([page.waitForURL(/enterpriseQ=Demo/), search.press("Enter")]);
    await page.getByRole("link", { name: /^Use .*Demo statyba/ }).first().waitFor();
    expect(await page.getByLabel("Subject", { exact: true }).inputValue()).toBe("Posted welders");
    expect(await checkedCodes(page)).toEqual([ticked]);
    expect(await page.locator(".error-summary").count()).toBe(0);
    await page.context().close();
  });
});
