// Irreversible steps on an exchange go through a check-your-answers step, with and without JavaScript, and end
// with a success message that has focus. Errors of the decline form show beside its field.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openHydrated } from "../support/browser";
import { sendExchangeRequest } from "../support/cases";
import { DEMO_USERS, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A request sent by the Norwegian contact point to Lithuania's inspectorate; returns its reference. */
const sendRequest = (subject: string) => sendExchangeRequest(baseUrl, subject);

async function pageAs(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "en-GB" });
  const [name, value] = (await signInAs(baseUrl, email)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context.newPage();
}

const status = (page: Page) => page.locator(".summary-list .tag").first().textContent();

describe("confirm steps", () => {
  it("withdraws a request only after the check step, without JavaScript", async () => {
    const ref = await sendRequest("Withdraw without JavaScript");
    const page = await pageAs(DEMO_USERS.contactPointNorway, false);
    await page.goto(`${baseUrl}/en/cases/exchanges/${ref}`);
    await page.getByRole("button", { name: "Withdraw the request" }).click();
    await page.locator("#confirm").waitFor();
    expect(await page.locator("#confirm").textContent()).toContain(`You are about to withdraw request ${ref}. This cannot be undone.`);
    // Nothing has happened yet.
    expect(await status(page)).toBe("Sent");
    await page.getByRole("button", { name: "Yes, withdraw the request" }).click();
    await page.waitForURL(`${baseUrl}/en/cases/exchanges/${ref}?done=withdraw#done`);
    expect(await page.locator("#done").textContent()).toBe("The request has been withdrawn.");
    expect(await status(page)).toBe("Withdrawn");
    await page.context().close();
  });

  it("declines a request with JavaScript: error beside the field, check step, going back keeps the reason, success message focused", async () => {
    const ref = await sendRequest("Decline with JavaScript");
    const page = await pageAs(DEMO_USERS.contactPointLithuania, true);
    await openHydrated(page, `${baseUrl}/en/cases/exchanges/${ref}`);
    await page.getByRole("button", { name: "Decline the request" }).click();
    await page.locator("#field-reason-error").waitFor();
    expect(await page.locator("#field-reason-error").textContent()).toContain("Give a reason");
    expect(await page.locator(".error-summary a[href='#field-reason']").textContent()).toBe("Give a reason");

    await page.getByLabel("Why do you decline?").fill("The enterprise is not registered in Lithuania.");
    await page.getByRole("button", { name: "Decline the request" }).click();
    await page.locator("#confirm").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm");
    expect(await page.locator("#confirm dd").textContent()).toBe("The enterprise is not registered in Lithuania.");
    expect(await status(page)).toBe("Sent");

    await page.getByRole("link", { name: "Go back without doing anything" }).click();
    await page.locator("#confirm").waitFor({ state: "detached" });
    expect(await page.getByLabel("Why do you decline?").inputValue()).toBe("The enterprise is not registered in Lithuania.");
    expect(await status(page)).toBe("Sent");

    await page.getByRole("button", { name: "Decline the request" }).click();
    await page.getByRole("button", { name: "Yes, decline the request" }).click();
    await page.waitForURL(`${baseUrl}/en/cases/exchanges/${ref}?done=decline#done`);
    await page.locator("#done").waitFor();
    expect(await page.locator("#done").textContent()).toBe("The request has been declined.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");
    expect(await status(page)).toBe("Declined");
    await page.context().close();
  });

  it("refuses a violation found in the future, beside its field", async () => {
    const ref = await sendRequest("Violation date");
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const res = await postForm(baseUrl, `/en/cases/violations/new?exchange=${ref}`, { sourceKind: "exchange", sourceRef: ref, category: "pay", description: "Underpaid.", descriptionLanguage: "en", foundOn: "2999-01-01", sanction: "order" }, cookie);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="field-foundOn-error"[^>]*>.*The date found cannot be in the future/);
    const recorded = await postForm(baseUrl, `/en/cases/violations/new?exchange=${ref}`, { sourceKind: "exchange", sourceRef: ref, category: "pay", description: "Underpaid.", descriptionLanguage: "en", foundOn: "2020-01-01", sanction: "order" }, cookie);
    expect(recorded.status).toBe(302);
    expect(recorded.headers.get("location")).toBe(`/en/cases/exchanges/${ref}?done=violation#done`);
  });

  it("refuses an activity dated outside every project period with a message that says so", async () => {
    const cookie = await signInAs(baseUrl, DEMO_USERS.coordinator);
    const res = await postForm(baseUrl, "/en/outcomes/no-lt/activities/new", { kind: "learning_seminar", title: "Seminar", startsOn: "2010-01-01", place: "Oslo", country: "NO", summary: "Seminar.", summaryLanguage: "en" }, cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("This date is outside every project period of the agreement");
  });
});
