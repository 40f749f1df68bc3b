// Notifications in a real browser on the shared server: the Norwegian contact point sends a request (over HTTP,
// signed in); the Lithuanian contact point sees the unread count in the header, the list in Lithuanian with the
// case reference as a link, marks everything read, and the count goes away. No axe violations, no console errors.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: "lt-LT" });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Sends a request from the Norwegian to the Lithuanian inspectorate through the form's own POST; its reference. */
async function sendRequestToLithuania(): Promise<string> {
  const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
  const form = await (await get(baseUrl, "/nb/cases/exchanges/new", cookie)).text();
  const options = [...form.matchAll(/<option value="(\d+)"[^>]*>([^<]*)<\/option>/g)];
  const agreementId = options.find(([, , label]) => label!.includes("Valstybinė darbo inspekcija"))?.[1];
  expect(agreementId).toBeDefined();
  const res = await postForm(
    baseUrl,
    "/nb/cases/exchanges/new",
    { intent: "send", agreementId: agreementId!, type: "information_request", urgency: "standard", subject: "Varseltest – stillasarbeid", questions: "Q001", language: "nb" },
    cookie,
  );
  expect(res.status).toBe(302);
  const ref = /\/nb\/cases\/exchanges\/(EX-NO-LT-\d{4}-\d{4})(?:\?done=created#done)?$/.exec(res.headers.get("location") ?? "")?.[1];
  expect(ref).toBeDefined();
  return ref!;
}

describe("notifications", () => {
  it("show a new request to the other side's contact point, with the count in the header, until marked read", async () => {
    const ref = await sendRequestToLithuania();

    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/lt/signin`);
    await page.getByLabel("El. pašto adresas").fill(DEMO_USERS.contactPointLithuania);
    await page.getByLabel("Slaptažodis", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.waitForURL(`${baseUrl}/lt/cases`);

    const headerLink = page.locator(".account-bar").getByRole("link", { name: /^Pranešimai/ });
    const label = (await headerLink.textContent()) ?? "";
    const unread = Number(/^Pranešimai \((\d+)\)$/.exec(label)?.[1]);
    expect(unread).toBeGreaterThanOrEqual(1);

    await headerLink.click();
    await page.waitForURL(`${baseUrl}/lt/notifications`);
    // Reload and wait for hydration, so the buttons below post through Remix.
    await openHydrated(page, `${baseUrl}/lt/notifications`);
    expect(await page.locator("h1").textContent()).toBe("Pranešimai");
    // Opening the list marks nothing as read.
    expect(await headerLink.textContent()).toBe(`Pranešimai (${unread})`);
    expect(await page.locator("main").textContent()).toContain(`Neperskaityta: ${unread}`);

    const row = page.locator("tbody tr", { has: page.getByRole("link", { name: ref, exact: true }) });
    expect(await row.count()).toBe(1);
    const rowText = await row.textContent();
    expect(rowText).toContain("Gavote naują prašymą");
    expect(rowText).toContain("Naujas");
    expect(await row.getByRole("link", { name: ref, exact: true }).getAttribute("href")).toBe(`/lt/cases/exchanges/${ref}`);
    // No personal data in the list: not the subject, not the sender.
    expect(await page.locator("main").textContent()).not.toContain("Varseltest");
    expect(await page.locator("main").textContent()).not.toContain("Kari");
    expect(await axeViolations(page)).toEqual([]);

    // One row at a time…
    await row.getByRole("button", { name: `Pažymėti kaip perskaitytą – ${ref}` }).click();
    await page.locator("main", { hasText: `Neperskaityta: ${unread - 1}` }).waitFor();
    expect(await row.textContent()).toContain("Perskaitytas");
    expect(await headerLink.textContent()).toBe(unread - 1 > 0 ? `Pranešimai (${unread - 1})` : "Pranešimai");

    // …or all at once.
    if (unread - 1 > 0) {
      await page.getByRole("button", { name: "Pažymėti visus kaip perskaitytus" }).click();
      await page.locator("main", { hasText: "Neperskaityta: 0" }).waitFor();
    }
    expect(await headerLink.textContent()).toBe("Pranešimai");
    expect(await page.locator("tbody .tag--new").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The reference leads to the case.
    await row.getByRole("link", { name: ref, exact: true }).click();
    await page.waitForURL(`${baseUrl}/lt/cases/exchanges/${ref}`);
    await page.locator("h1", { hasText: ref }).waitFor();
    expect(problems).toEqual([]);
  });

  it("work without JavaScript: marking all read is a plain form post", async () => {
    const ref = await sendRequestToLithuania();
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
    const list = await (await get(baseUrl, "/en/notifications", cookie)).text();
    expect(list).toContain(`href="/en/cases/exchanges/${ref}"`);
    expect(list).toMatch(/Notifications \(\d+\)/);
    const upTo = /name="upTo" value="(\d+)"/.exec(list)?.[1];
    expect(upTo).toBeDefined();
    const res = await postForm(baseUrl, "/en/notifications", { intent: "read-all", upTo: upTo! }, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/en/notifications");
    const after = await (await get(baseUrl, "/en/notifications", cookie)).text();
    expect(after).toContain("Unread: 0");
    expect(after).not.toMatch(/Notifications \(\d+\)/);
    // A malformed post is refused.
    expect((await postForm(baseUrl, "/en/notifications", { intent: "read", id: "abc" }, cookie)).status).toBe(400);
  });
});
