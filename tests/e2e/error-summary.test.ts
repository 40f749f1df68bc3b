// The error summary on every form that has one (every route that renders `ErrorSummary`), with JavaScript on:
// submitting the form with errors shows the summary with focus; it links to exactly the fields in error, each
// with its message beside the field too; clicking a link keeps every error message on the page, leaves the URL
// alone and puts focus in the linked field's first control (a radio group's first radio), scrolled into view.
// Case pages are covered form by form (declining, answering, asking for more, forwarding, messages; the
// inspection steps, plan, report and follow-up actions) on fresh cases moved to the needed status over HTTP (the
// report forms on a closed demo inspection, which a refused form leaves as it was), so no test depends on what
// another did to the demo cases. Without JavaScript every form shows the same summary, links and messages beside
// the fields, and following a link puts focus on the field (a group itself takes focus; Tab then reaches its first
// option). A last test checks that every route rendering `ErrorSummary` has a form here.
import { readdirSync, readFileSync } from "node:fs";
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

/** ISO date `days` from today, so a proposed or planned date is never in the past. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The optimistic-locking version a case page's forms carry. */
async function versionOf(path: string, cookie: string): Promise<string> {
  const html = await (await get(baseUrl, path, cookie)).text();
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  expect(version).toBeDefined();
  return version!;
}

/** Posts a step on a joint inspection and checks that it was taken (a redirect back to the case). */
async function inspectionStep(ref: string, user: string, fields: Record<string, string>) {
  const cookie = await signInAs(baseUrl, user);
  const path = `/en/cases/inspections/${ref}`;
  const res = await postForm(baseUrl, path, { version: await versionOf(path, cookie), ...fields }, cookie);
  expect(res.status, JSON.stringify(fields)).toBe(302);
}

let inspectionNumber = 40;
/** A fresh joint inspection requested by Lithuania from Norway, moved on to `status` over HTTP. */
async function inspectionIn(status: "requested" | "counter_proposed" | "accepted" | "scheduled"): Promise<string> {
  const ref = await requestJointInspection(baseUrl, inspectionNumber++, { reasons: "Patikrinimas statybvietėje.", languageNeeds: "" });
  if (status === "counter_proposed") {
    await inspectionStep(ref, DEMO_USERS.contactPointNorway, {
      intent: "transition",
      action: "counter_propose",
      "counter_propose-from": fromToday(50),
      "counter_propose-to": fromToday(55),
      "counter_propose-language": "en",
    });
  }
  if (status === "accepted" || status === "scheduled") {
    await inspectionStep(ref, DEMO_USERS.contactPointNorway, { intent: "transition", action: "accept", "accept-date": fromToday(32) });
  }
  if (status === "scheduled") {
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const html = await (await get(baseUrl, `/en/cases/inspections/${ref}`, cookie)).text();
    const authority = /name="team-0-authority"[^]*?<option value="(\d+)"/.exec(html)?.[1];
    expect(authority).toBeDefined();
    await inspectionStep(ref, DEMO_USERS.contactPointNorway, {
      intent: "plan",
      schedule: "schedule",
      inspectionOn: fromToday(32),
      meetingPoint: "The site gate",
      "team-0-authority": authority!,
      "team-0-role": "lead_inspector",
      planLanguage: "en",
    });
  }
  return `/en/cases/inspections/${ref}`;
}

/** A fresh request that Lithuania has accepted (its answer form open); returns its path. */
async function acceptedExchange(subject: string): Promise<string> {
  const ref = await sendExchangeRequest(baseUrl, subject);
  const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
  const path = `/en/cases/exchanges/${ref}`;
  expect((await postForm(baseUrl, path, { action: "accept", version: await versionOf(path, cookie) }, cookie)).status).toBe(302);
  return path;
}

/** A fresh request that Lithuania has answered in full (confirmed), so Norway may ask for more; returns its path. */
async function answeredExchange(subject: string): Promise<string> {
  const path = await acceptedExchange(subject);
  const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
  const html = await (await get(baseUrl, path, cookie)).text();
  const textName = /<textarea[^>]*name="([^"]+)"/.exec(html)?.[1];
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  expect(textName).toBeDefined();
  // A final answer is an irreversible step: `confirmed` is what its check-your-answers step sends.
  const res = await postForm(baseUrl, path, { action: "answer", version: version!, [textName!]: "Yes, since 2019.", confirmed: "yes" }, cookie);
  expect(res.status).toBe(302);
  return path;
}

/** A one-time set-password link, made the way an admin makes one: by creating an account. */
async function setPasswordPath(): Promise<string> {
  const cookie = await signInAs(baseUrl, DEMO_USERS.admin);
  const email = `summary.${Date.now().toString(36)}@arbeidstilsynet.demo`;
  const res = await postForm(baseUrl, "/en/admin/users/new", { email, displayName: "Summary Test", roles: "editor" }, cookie);
  expect(res.status).toBe(200);
  const link = /<p class="secret">([^<]+)<\/p>/.exec(await res.text())?.[1];
  expect(link).toMatch(/\/en\/set-password\/[A-Za-z0-9_-]{40,}$/);
  return new URL(link!).pathname;
}

/** A fresh tip from the public, received by the Norwegian inspectorate (its status still "new"). */
async function freshTip(): Promise<string> {
  const res = await postForm(baseUrl, "/en/report", { country: "NO", sector: "construction", place: "Fornebu", description: `Error summary ${Date.now().toString(36)}`, anonymous: "yes" });
  expect(res.status).toBe(303);
  const ref = /T-\d{4}-[2-9A-HJ-NP-Z]{8}/.exec(decodeURIComponent(res.headers.get("location") ?? ""))?.[0];
  expect(ref).toBeDefined();
  return `/en/cases/tips/${ref}`;
}

/** The admin page of the demo editor's account. */
async function editorAccountPath(): Promise<string> {
  const cookie = await signInAs(baseUrl, DEMO_USERS.admin);
  const html = await (await get(baseUrl, "/en/admin/users", cookie)).text();
  // The last account link before the editor's address is the editor's row.
  const before = html.slice(0, html.indexOf(DEMO_USERS.editor));
  const id = [...before.matchAll(/href="\/en\/admin\/users\/(\d+)"/g)].pop()?.[1];
  expect(id).toBeDefined();
  expect(await (await get(baseUrl, `/en/admin/users/${id}`, cookie)).text()).toContain(DEMO_USERS.editor);
  return `/en/admin/users/${id}`;
}

interface SummaryForm {
  /** The route module (in app/routes) that renders the form. */
  route: string;
  /** May be made when the test runs (a fresh case). */
  path: string | (() => Promise<string>);
  name?: string;
  user: string | null;
  /** The button to press, else the form's first. */
  submit?: string;
  /** Fields whose filled-in value is emptied before submitting, so that the server refuses them. */
  clear?: string[];
  /** Values typed before submitting (after `clear`), for errors that an empty field does not give. */
  fill?: Record<string, string>;
  /** The fields the summary must link to, in order (a pattern where the name is made at run time). */
  errors: (string | RegExp)[];
}

const forms: SummaryForm[] = [
  { route: "$lang.report.tsx", path: "/lt/report", user: null, errors: ["country", "sector", "place", "description", "anonymous"] },
  { route: "$lang.checker.tsx", path: "/en/checker", user: null, errors: ["direction", "role", "sector", "length", "construction"] },
  { route: "$lang.signin.tsx", path: "/nb/signin", user: null, errors: ["email", "password"] },
  { route: "$lang.cases.exchanges.new.tsx", path: "/en/cases/exchanges/new", user: DEMO_USERS.contactPointNorway, errors: ["agreementId", "subject", "questions"] },
  {
    route: "$lang.cases.inspections.new.tsx",
    path: "/lt/cases/inspections/new",
    user: DEMO_USERS.contactPointLithuania,
    errors: ["hostCountry", "enterprise-0-country", "siteAddress", "municipality", "sector", "reasons", "proposedFrom", "proposedTo"],
  },
  { route: "$lang.cases.violations.new.tsx", path: "/en/cases/violations/new?exchange=EX-NO-LT-2026-0001", user: DEMO_USERS.contactPointNorway, errors: ["category", "description", "sanction"] },
  { route: "$lang.outcomes.$agreement.activities.new.tsx", path: "/en/outcomes/no-lt/activities/new", user: DEMO_USERS.coordinator, errors: ["kind", "title", "startsOn"] },
  { route: "$lang.admin.users.new.tsx", path: "/en/admin/users/new", user: DEMO_USERS.admin, errors: ["email", "displayName", "roles"] },
  {
    route: "$lang.cases.exchanges.$ref.tsx",
    name: "declining an exchange",
    path: async () => `/en/cases/exchanges/${await sendExchangeRequest(baseUrl, "Error summary on the case page")}`,
    user: DEMO_USERS.contactPointLithuania,
    submit: "Decline the request",
    errors: ["reason"],
  },
  {
    route: "$lang.cases.exchanges.$ref.tsx",
    name: "answering an exchange",
    path: () => acceptedExchange("Error summary on the answer form"),
    user: DEMO_USERS.contactPointLithuania,
    submit: "Send the answers",
    errors: [/^#field-answer-\d+-text$/],
  },
  {
    route: "$lang.cases.exchanges.$ref.tsx",
    name: "asking for more information on an exchange",
    path: () => answeredExchange("Error summary on the clarification form"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Ask for more information",
    errors: ["message"],
  },
  {
    route: "$lang.cases.exchanges.$ref.tsx",
    name: "forwarding an exchange",
    path: async () => `/en/cases/exchanges/${await sendExchangeRequest(baseUrl, "Error summary on the forward form")}`,
    user: DEMO_USERS.contactPointLithuania,
    submit: "Forward",
    errors: ["forwardTo"],
  },
  {
    route: "$lang.cases.exchanges.$ref.tsx",
    name: "a message on an exchange",
    path: async () => `/en/cases/exchanges/${await sendExchangeRequest(baseUrl, "Error summary on the message form")}`,
    user: DEMO_USERS.contactPointLithuania,
    submit: "Send the message",
    errors: ["body"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "declining a joint inspection",
    path: () => inspectionIn("requested"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Decline the request",
    errors: ["decline-reason"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "accepting a joint inspection on a date",
    path: () => inspectionIn("requested"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Accept on this date",
    clear: ["accept-date"],
    errors: ["accept-date"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "proposing other dates for a joint inspection",
    path: () => inspectionIn("requested"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Propose other dates",
    errors: ["counter_propose-from"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "proposing dates in the wrong order",
    path: () => inspectionIn("requested"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Propose other dates",
    fill: { "counter_propose-from": fromToday(45), "counter_propose-to": fromToday(40) },
    errors: ["counter_propose-to"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "a message on a joint inspection",
    path: () => inspectionIn("requested"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Send the message",
    errors: ["body"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "accepting the proposed dates",
    path: () => inspectionIn("counter_proposed"),
    user: DEMO_USERS.contactPointLithuania,
    submit: "Accept the proposed dates",
    clear: ["accept_proposal-date"],
    errors: ["accept_proposal-date"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "the inspection plan",
    path: () => inspectionIn("accepted"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Save the plan",
    clear: ["inspectionOn"],
    errors: ["inspectionOn", "meetingPoint", "team-0-role"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "recording that an inspection took place",
    path: () => inspectionIn("scheduled"),
    user: DEMO_USERS.contactPointNorway,
    submit: "Record that the inspection took place",
    clear: ["mark_conducted-date"],
    errors: ["mark_conducted-date"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "the inspection report (findings)",
    path: "/en/cases/inspections/JI-NO-LT-2018-0002",
    user: DEMO_USERS.contactPointNorway,
    submit: "Add to the report",
    errors: ["enterpriseId", "findings"],
  },
  {
    route: "$lang.cases.inspections.$ref.tsx",
    name: "a follow-up action",
    path: "/en/cases/inspections/JI-NO-LT-2018-0002",
    user: DEMO_USERS.contactPointNorway,
    submit: "Add the action",
    errors: ["description"],
  },
  { route: "$lang.cases.tips.$ref.tsx", name: "a tip's status", path: freshTip, user: DEMO_USERS.contactPointNorway, submit: "Save status", errors: ["status"] },
  {
    route: "$lang.cases.enterprise-details.new.tsx",
    path: "/en/cases/enterprise-details/new?exchange=EX-NO-LT-2026-0001",
    user: DEMO_USERS.contactPointNorway,
    submit: "Save the contact detail",
    errors: ["kind", "value"],
  },
  {
    route: "$lang.enterprises.$key.tsx",
    name: "an enterprise's successor",
    path: "/en/enterprises/LT-304120014",
    user: DEMO_USERS.contactPointNorway,
    submit: "Save the link",
    errors: ["successorNumber", "sinceOn"],
  },
  {
    route: "$lang.enterprises.$key.tsx",
    name: "a person in an enterprise",
    path: "/en/enterprises/LT-304120014",
    user: DEMO_USERS.contactPointNorway,
    submit: "Save the person",
    clear: ["caseRef"],
    errors: ["caseRef", "name"],
  },
  {
    route: "$lang.admin.agreements.$slug.tsx",
    path: "/en/admin/agreements/no-lt",
    user: DEMO_USERS.admin,
    submit: "Save",
    clear: ["titleNb", "titleLt", "titleEn", "inspectionResponseDays"],
    errors: ["titleNb", "titleLt", "titleEn", "inspectionResponseDays"],
  },
  {
    route: "$lang.admin.agreements.$slug_.periods.$period.tsx",
    path: "/en/admin/agreements/no-lt/periods/new",
    user: DEMO_USERS.coordinator,
    submit: "Save",
    errors: ["slug", "nameNb", "nameLt", "nameEn", "startsOn", "endsOn"],
  },
  { route: "$lang.admin.users.$userId.tsx", name: "an account's roles", path: editorAccountPath, user: DEMO_USERS.admin, submit: "Save", clear: ["roles"], errors: ["roles"] },
  {
    route: "$lang.content.$topicId.$contentLocale.tsx",
    path: "/en/content/1/lt",
    user: DEMO_USERS.editor,
    submit: "Save draft",
    clear: ["title", "bodyMarkdown", "reviewedOn"],
    errors: ["title", "bodyMarkdown", "reviewedOn"],
  },
  { route: "$lang.content.figures.$figureId.tsx", path: "/en/content/figures/1", user: DEMO_USERS.editor, submit: "Save the new value", clear: ["source"], errors: ["value", "validFrom", "source"] },
  { route: "$lang.set-password.$token.tsx", name: "choosing a password", path: setPasswordPath, user: null, submit: "Save password", errors: ["password"] },
];

/** Empties a field: text is deleted, boxes unticked, a select set to its empty choice. */
async function clearField(page: Page, name: string) {
  const controls = page.locator(`[name="${name}"]`);
  const count = await controls.count();
  expect(count, name).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const kind = await control.evaluate((el) => (el instanceof HTMLSelectElement ? "select" : el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? "box" : "text"));
    if (kind === "select") await control.selectOption("");
    else if (kind === "box") await control.uncheck();
    else await control.fill("");
  }
}

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
      // The message shows beside the field too: its `<field id>-error`, else an error inside the field's own box.
      errorBeside: !!(document.getElementById(`${id}-error`) ?? (target?.matches(".field, fieldset") ? target : target?.closest(".field"))?.querySelector(".field__error"))?.textContent?.trim(),
      activeTag: active?.tagName ?? null,
      // Scrolled to: the focused control starts inside the window.
      inView: ((rect) => !!rect && rect.top >= 0 && rect.top < window.innerHeight)(active?.getBoundingClientRect()),
    };
  }, targetId);
}

/** From focus on a group, Tab reaches the group's first control. */
async function nextTabStopIsFirstControl(page: Page, targetId: string) {
  await page.keyboard.press("Tab");
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const first = target?.querySelector("input:not([type=hidden]), select, textarea");
    return !!first && document.activeElement === first;
  }, targetId);
}

describe("error summary links", () => {
  for (const form of forms) {
    it(`keep the errors and focus the field's first control on ${form.name ?? String(form.path)}`, async () => {
      const path = typeof form.path === "string" ? form.path : await form.path();
      const page = await pageAs(form.user);
      const response = await openHydrated(page, `${baseUrl}${path}`);
      expect(response?.status()).toBe(200);
      for (const name of form.clear ?? []) await clearField(page, name);
      for (const [name, value] of Object.entries(form.fill ?? {})) await page.locator(`[name="${name}"]`).fill(value);
      if (form.submit) await page.getByRole("button", { name: form.submit, exact: true }).click();
      else await page.locator("form.form button.button:not(.button--secondary):not(.visually-hidden)").first().click();
      await page.locator(".error-summary").waitFor();
      // The summary takes focus so that it is read out first.
      await page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
      const url = page.url();
      const errorsShown = await page.locator(".field__error").count();
      expect(errorsShown).toBeGreaterThan(0);
      const links = page.locator(".error-summary a");
      // The summary lists exactly the errors of the form that was sent, in the form's order.
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(form.errors.map((e) => (typeof e === "string" ? `#field-${e}` : expect.stringMatching(e))));
      const linkCount = await links.count();
      for (let i = 0; i < linkCount; i++) {
        const href = (await links.nth(i).getAttribute("href"))!;
        await links.nth(i).click();
        const focus = await focusState(page, decodeURIComponent(href.slice(1)));
        expect({ href, ...focus }).toEqual({
          href,
          targetExists: true,
          inField: true,
          isFirstControl: true,
          errorBeside: true,
          activeTag: expect.stringMatching(/^(INPUT|SELECT|TEXTAREA)$/),
          inView: true,
        });
        // No hash navigation: the router would load the page again and drop the errors.
        expect(page.url()).toBe(url);
        expect(await page.locator(".field__error").count()).toBe(errorsShown);
        expect(await page.locator(".error-summary").isVisible()).toBe(true);
      }
      await page.context().close();
    });
  }
});

describe("error summary without JavaScript", () => {
  for (const form of forms) {
    it(`links each error to its field, with the message beside it, on ${form.name ?? String(form.path)}`, async () => {
      const path = typeof form.path === "string" ? form.path : await form.path();
      const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
      if (form.user) {
        const [name, value] = (await signInAs(baseUrl, form.user)).split("=") as [string, string];
        await context.addCookies([{ name, value, url: baseUrl }]);
      }
      const page = await context.newPage();
      expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(200);
      for (const name of form.clear ?? []) await clearField(page, name);
      for (const [name, value] of Object.entries(form.fill ?? {})) await page.locator(`[name="${name}"]`).fill(value);
      if (form.submit) await page.getByRole("button", { name: form.submit, exact: true }).click();
      else await page.locator("form.form button.button:not(.button--secondary):not(.visually-hidden)").first().click();
      await page.locator(".error-summary").waitFor();
      const hrefs = await page.locator(".error-summary a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs).toEqual(form.errors.map((e) => (typeof e === "string" ? `#field-${e}` : expect.stringMatching(e))));
      const links = page.locator(".error-summary a");
      for (let i = 0; i < hrefs.length; i++) {
        const href = hrefs[i]!;
        // The plain link moves focus to the field: the control itself, or a group that takes focus and names its
        // legend and error, from which Tab reaches the group's first control.
        await links.nth(i).click();
        const focus = await focusState(page, decodeURIComponent(href.slice(1)));
        const next = focus.isFirstControl ? null : await nextTabStopIsFirstControl(page, decodeURIComponent(href.slice(1)));
        expect({ href, targetExists: focus.targetExists, inField: focus.inField, errorBeside: focus.errorBeside, firstControlReached: focus.isFirstControl || next }).toEqual({
          href,
          targetExists: true,
          inField: true,
          errorBeside: true,
          firstControlReached: true,
        });
      }
      await context.close();
    });
  }
});

describe("error summary coverage", () => {
  it("has a form above for every route that renders an error summary", () => {
    const routes = new URL("../../app/routes/", import.meta.url);
    const withSummary = readdirSync(routes).filter((file) => readFileSync(new URL(file, routes), "utf8").includes("<ErrorSummary"));
    expect([...new Set(forms.map((form) => form.route))].sort()).toEqual(withSummary.sort());
  });
});
