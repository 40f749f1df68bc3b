// The error summary on every form that has one, with JavaScript on: clicking each of its links keeps every error
// message on the page and puts focus in the linked field's first control (a radio group's first radio). Case pages
// too: their step forms (declining an exchange or a joint inspection) put each error beside its field and in the summary.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openHydrated } from "../support/browser";
import { requestJointInspection, sendExchangeRequest } from "../support/cases";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageAs(email: string | null): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  if (email) {
    const [name, value] = (await signInAs(baseUrl, email)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  return context.newPage();
}

/** `path` may be made when the test runs (a fresh case); `submit` names the button to press, else the form's first. */
const forms: { path: string | (() => Promise<string>); name?: string; user: string | null; submit?: string }[] = [
  { path: "/lt/report", user: null },
  { path: "/en/checker", user: null },
  { path: "/nb/signin", user: null },
  { path: "/en/cases/exchanges/new", user: DEMO_USERS.contactPointNorway },
  { path: "/lt/cases/inspections/new", user: DEMO_USERS.contactPointLithuania },
  { path: "/en/cases/violations/new?exchange=EX-NO-LT-2026-0001", user: DEMO_USERS.contactPointNorway },
  { path: "/en/outcomes/no-lt/activities/new", user: DEMO_USERS.coordinator },
  { path: "/en/admin/users/new", user: DEMO_USERS.admin },
  {
    name: "declining an exchange",
    path: async () => `/en/cases/exchanges/${await sendExchangeRequest(baseUrl, "Error summary on the case page")}`,
    user: DEMO_USERS.contactPointLithuania,
    submit: "Decline the request",
  },
  {
    name: "answering an exchange",
    path: async () => {
      const ref = await sendExchangeRequest(baseUrl, "Error summary on the answer form");
      const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
      const page = await (await get(baseUrl, `/en/cases/exchanges/${ref}`, cookie)).text();
      const version = /name="version" value="(\d+)"/.exec(page)?.[1];
      expect(version).toBeDefined();
      expect((await postForm(baseUrl, `/en/cases/exchanges/${ref}`, { action: "accept", version: version! }, cookie)).status).toBe(302);
      return `/en/cases/exchanges/${ref}`;
    },
    user: DEMO_USERS.contactPointLithuania,
    submit: "Send the answers",
  },
  {
    name: "declining a joint inspection",
    path: async () => `/en/cases/inspections/${await requestJointInspection(baseUrl, 10, { reasons: "Patikrinimas statybvietėje.", languageNeeds: "" })}`,
    user: DEMO_USERS.contactPointNorway,
    submit: "Decline the request",
  },
];

/** Where focus is, relative to the element the link points at. */
function focusState(page: Page, targetId: string) {
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const active = document.activeElement as HTMLElement | null;
    const firstControl = target?.matches("input, select, textarea") ? target : target?.querySelector("input:not([type=hidden]), select, textarea");
    return {
      targetExists: target !== null,
      inField: !!active && !!target && (active === target || target.contains(active)),
      isFirstControl: !!active && active === firstControl,
      activeTag: active?.tagName ?? null,
    };
  }, targetId);
}

describe("error summary links", () => {
  for (const form of forms) {
    it(`keep the errors and focus the field's first control on ${form.name ?? String(form.path)}`, async () => {
      const path = typeof form.path === "string" ? form.path : await form.path();
      const page = await pageAs(form.user);
      const response = await openHydrated(page, `${baseUrl}${path}`);
      expect(response?.status()).toBe(200);
      if (form.submit) await page.getByRole("button", { name: form.submit, exact: true }).click();
      else await page.locator("form.form button.button:not(.button--secondary):not(.visually-hidden)").first().click();
      await page.locator(".error-summary").waitFor();
      const errorsShown = await page.locator(".field__error").count();
      expect(errorsShown).toBeGreaterThan(0);
      const links = page.locator(".error-summary a");
      const linkCount = await links.count();
      expect(linkCount).toBeGreaterThan(0);
      for (let i = 0; i < linkCount; i++) {
        const href = (await links.nth(i).getAttribute("href"))!;
        await links.nth(i).click();
        const focus = await focusState(page, decodeURIComponent(href.slice(1)));
        expect({ href, ...focus }).toEqual({ href, targetExists: true, inField: true, isFirstControl: true, activeTag: expect.stringMatching(/^(INPUT|SELECT|TEXTAREA)$/) });
        expect(await page.locator(".field__error").count()).toBe(errorsShown);
        expect(await page.locator(".error-summary").isVisible()).toBe(true);
      }
      await page.context().close();
    });
  }
});
