// Joint inspections: free text is marked with the language it was written in (`lang` and a "written in …" label
// in the reader's language, on the case page and its print view), and declining or withdrawing goes through the
// same check-your-answers step as on exchanges, with and without JavaScript, ending with a focused success message.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated } from "../support/browser";
import { requestJointInspection } from "../support/cases";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const REASONS = "Lietuvos subrangovas komandiravo 15 darbuotojų; gautas pranešimas apie ilgas darbo dienas.";
const LANGUAGE_NEEDS = "lietuvių–norvegų";

/** A joint inspection requested by the Lithuanian contact point, its free text in Lithuanian. */
const requestInspection = (n: number) => requestJointInspection(baseUrl, n, { reasons: REASONS, languageNeeds: LANGUAGE_NEEDS });

async function pageAs(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "en-GB" });
  const [name, value] = (await signInAs(baseUrl, email)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context.newPage();
}

const status = (page: Page) => page.locator(".summary-list .tag").first().textContent();

describe("joint inspections: language of free text", () => {
  it("marks the Lithuanian request for the Norwegian contact point, on the case page and in print", async () => {
    const ref = await requestInspection(1);
    const page = await pageAs(DEMO_USERS.contactPointNorway, true);
    await openHydrated(page, `${baseUrl}/nb/cases/inspections/${ref}`);
    const reasons = page.locator("span[lang='lt']", { hasText: REASONS });
    await reasons.waitFor();
    // The label follows the text, in the reader's language.
    expect(await reasons.evaluate((el) => el.nextElementSibling?.textContent)).toBe(" (skrevet på litauisk)");
    expect(await page.locator("span[lang='lt']", { hasText: LANGUAGE_NEEDS }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/nb/cases/inspections/${ref}/print`);
    const needs = page.locator("span[lang='lt']", { hasText: LANGUAGE_NEEDS });
    await needs.waitFor();
    expect(await needs.evaluate((el) => el.nextElementSibling?.textContent)).toBe(" (skrevet på litauisk)");
    await page.context().close();

    // The requester reads the same text in its own language: marked, but no label.
    const own = await pageAs(DEMO_USERS.contactPointLithuania, false);
    await own.goto(`${baseUrl}/lt/cases/inspections/${ref}`);
    const ownReasons = own.locator("span[lang='lt']", { hasText: REASONS });
    await ownReasons.waitFor();
    expect(await ownReasons.evaluate((el) => el.nextElementSibling?.className ?? null)).not.toBe("lang-note");
    await own.context().close();
  });
});

describe("joint inspections: confirm steps", () => {
  it("declines only after the check step, without JavaScript; the reason keeps the language it was written in", async () => {
    const ref = await requestInspection(2);
    const page = await pageAs(DEMO_USERS.contactPointNorway, false);
    await page.goto(`${baseUrl}/en/cases/inspections/${ref}`);
    // No reason: the error stands beside the field, nothing happens.
    await page.getByRole("button", { name: "Decline the request" }).click();
    await page.locator("#field-decline-reason-error").waitFor();
    expect(await page.locator(".error-summary a[href='#field-decline-reason']").count()).toBe(1);

    await page.getByLabel("Why you decline").fill("Nėra laisvų inspektorių šiam laikotarpiui.");
    await page.locator("#field-decline-language").selectOption("lt");
    await page.getByRole("button", { name: "Decline the request" }).click();
    await page.locator("#confirm").waitFor();
    expect(await page.locator("#confirm").textContent()).toContain(`You are about to decline request ${ref}. This cannot be undone.`);
    expect(await page.locator("#confirm dd span[lang='lt']").textContent()).toBe("Nėra laisvų inspektorių šiam laikotarpiui.");
    expect(await page.locator("#confirm dd .lang-note").textContent()).toBe(" (written in Lithuanian)");
    // Nothing has happened yet.
    expect(await status(page)).toBe("Requested");

    await page.getByRole("button", { name: "Yes, decline the request" }).click();
    await page.waitForURL(`${baseUrl}/en/cases/inspections/${ref}?done=decline#done`);
    expect(await page.locator("#done").textContent()).toBe("The request has been declined.");
    expect(await status(page)).toBe("Declined");
    const reason = page.locator(".summary-list span[lang='lt']", { hasText: "Nėra laisvų inspektorių" });
    expect(await reason.evaluate((el) => el.nextElementSibling?.textContent)).toBe(" (written in Lithuanian)");
    await page.context().close();
  });

  it("withdraws with JavaScript: check step focused, going back keeps the reason, success message focused", async () => {
    const ref = await requestInspection(3);
    const page = await pageAs(DEMO_USERS.contactPointLithuania, true);
    await openHydrated(page, `${baseUrl}/en/cases/inspections/${ref}`);
    await page.getByLabel("Why you withdraw the request").fill("Resolved through an information exchange.");
    await page.getByRole("button", { name: "Withdraw the request" }).click();
    await page.locator("#confirm").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm");
    expect(await page.locator("#confirm dd").textContent()).toBe("Resolved through an information exchange.");
    expect(await status(page)).toBe("Requested");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Go back without doing anything" }).click();
    await page.locator("#confirm").waitFor({ state: "detached" });
    expect(await page.getByLabel("Why you withdraw the request").inputValue()).toBe("Resolved through an information exchange.");
    expect(await status(page)).toBe("Requested");

    await page.getByRole("button", { name: "Withdraw the request" }).click();
    await page.getByRole("button", { name: "Yes, withdraw the request" }).click();
    await page.waitForURL(`${baseUrl}/en/cases/inspections/${ref}?done=withdraw#done`);
    await page.locator("#done").waitFor();
    expect(await page.locator("#done").textContent()).toBe("The request has been withdrawn.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");
    expect(await status(page)).toBe("Withdrawn");
    // (axe needs JavaScript, so the pages are checked here rather than in the test without it.)
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
