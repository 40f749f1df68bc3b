// Without JavaScript, searching for an enterprise on the new-request form reloads the page; what the user had typed
// and ticked (subject, questions) survives the search, the choice of an enterprise and changing that choice.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("enterprise search on the new-request form without JavaScript", () => {
  it("keeps the subject and the ticked questions", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
    const [name, value] = (await signInAs(baseUrl, DEMO_USERS.contactPointNorway)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    expect((await page.goto(`${baseUrl}/en/cases/exchanges/new`))?.status()).toBe(200);

    const subject = "Posted welders at the Demo yard – rota 2026";
    await page.locator("input[name=subject]").fill(subject);
    const questions = page.locator("input[name=questions]");
    const ticked = [await questions.nth(0).getAttribute("value"), await questions.nth(2).getAttribute("value")];
    await questions.nth(0).check();
    await questions.nth(2).check();
    const checkedCodes = () => page.locator("input[name=questions]:checked").evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));

    await page.locator("input[name=enterpriseQ]").fill("Demo");
    await Promise.all([page.waitForURL(/enterpriseQ=Demo/), page.getByRole("button", { name: "Search" }).first().click()]);
    expect(await page.locator("input[name=subject]").inputValue()).toBe(subject);
    expect(await checkedCodes()).toEqual(ticked);
    expect(await page.locator("input[name=enterpriseQ]").inputValue()).toBe("Demo");

    await Promise.all([page.waitForURL(/enterprise=\d+/), page.getByRole("link", { name: /^Use .*Demo statyba/ }).first().click()]);
    expect(await page.locator("input[name=enterpriseId]").count()).toBe(1);
    expect(await page.locator("input[name=subject]").inputValue()).toBe(subject);
    expect(await checkedCodes()).toEqual(ticked);

    await Promise.all([page.waitForURL((url) => !url.searchParams.has("enterprise")), page.getByRole("link", { name: "Choose another" }).click()]);
    expect(await page.locator("input[name=enterpriseId]").count()).toBe(0);
    expect(await page.locator("input[name=subject]").inputValue()).toBe(subject);
    expect(await checkedCodes()).toEqual(ticked);
    await context.close();
  });
});
