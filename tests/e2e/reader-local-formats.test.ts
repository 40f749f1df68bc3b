// What staff read and type on list pages, over HTTP on the shared server: times in the zone of the reader's
// language (formatDateTime), date filters typed the local way, agreements by their title rather than their code.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatDateTime } from "../../app/lib/format";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");

/** Every `<time dateTime="…">…</time>` on a page as [machine value, shown text]. */
function times(html: string): [string, string][] {
  return [...html.matchAll(/<time dateTime="([^"]+)"[^>]*>([^<]*)<\/time>/gi)].map((m) => [m[1]!, m[2]!]);
}

/** Each shown time is the instant in the reader's zone, and at least one is on the page. */
function expectReaderTimes(html: string, locale: "nb" | "lt" | "en") {
  const found = times(html);
  expect(found.length).toBeGreaterThan(0);
  for (const [instant, shown] of found) expect(shown).toBe(formatDateTime(instant, locale));
}

describe("the audit log", () => {
  it("shows times in the reader's zone, without seconds or UTC", async () => {
    const admin = await signInAs(baseUrl, DEMO_USERS.admin);
    const lithuanian = await (await get(baseUrl, "/lt/admin/audit", admin)).text();
    expectReaderTimes(lithuanian, "lt");
    expect(lithuanian).not.toMatch(/>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}</);
    expectReaderTimes(await (await get(baseUrl, "/en/admin/audit", admin)).text(), "en");
  });

  it("filters by dates typed as 01.01.2999 (nb) and 2999.01.01 (lt), as by ISO", async () => {
    const admin = await signInAs(baseUrl, DEMO_USERS.admin);
    expect(await (await get(baseUrl, "/nb/admin/audit", admin)).text()).not.toContain("Ingen hendelser passer med filteret.");
    const norwegian = await (await get(baseUrl, "/nb/admin/audit?from=01.01.2999", admin)).text();
    expect(norwegian).toContain("Ingen hendelser passer med filteret.");
    expect(norwegian).toContain('value="2999-01-01"');
    expect(await (await get(baseUrl, "/lt/admin/audit?from=2999.01.01", admin)).text()).toContain("Filtrą atitinkančių įvykių nėra.");
    expect(await (await get(baseUrl, "/en/admin/audit?from=2999-01-01", admin)).text()).toContain("No events match the filter.");
    // Today on the Lithuanian reader's clock, typed the Lithuanian way, holds the sign-in just made.
    const todayInVilnius = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Vilnius" }).format(new Date()).replaceAll("-", ".");
    const today = await (await get(baseUrl, `/lt/admin/audit?from=${todayInVilnius}&to=${todayInVilnius}&action=sign_in`, admin)).text();
    expect(today).not.toContain("Filtrą atitinkančių įvykių nėra.");
    expectReaderTimes(today, "lt");
    // Not a date at all: no filter, as before.
    expect(await (await get(baseUrl, "/nb/admin/audit?from=tomorrow", admin)).text()).not.toContain("Ingen hendelser passer med filteret.");
  });
});

describe("the violations register", () => {
  it("names the agreement by its title, not its code", async () => {
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const html = await (await get(baseUrl, "/en/cases/violations", cookie)).text();
    expect(html).not.toContain("No violations match the filter.");
    expect(html).toContain("Bilateral cooperation agreement between the Norwegian Labour Inspection Authority");
    expect(html).not.toMatch(/>NO-LT</);
  });

  it("filters by dates typed the local way", async () => {
    const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    expect(await (await get(baseUrl, "/nb/cases/violations", cookie)).text()).not.toContain("Ingen brudd passer med filteret.");
    const norwegian = await (await get(baseUrl, "/nb/cases/violations?to=31.12.1990", cookie)).text();
    expect(norwegian).toContain("Ingen brudd passer med filteret.");
    expect(norwegian).toContain('value="1990-12-31"');
    expect(await (await get(baseUrl, "/lt/cases/violations?to=1990.12.31", cookie)).text()).toContain("Filtrą atitinkančių pažeidimų nėra.");
  });
});

describe("notification and tip times", () => {
  it("follow the reader's language: a Lithuanian contact point reading Norwegian sees Oslo time", async () => {
    // A request from Norway gives the Lithuanian contact point a notification.
    const norway = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    const form = await (await get(baseUrl, "/nb/cases/exchanges/new", norway)).text();
    const agreementId = [...form.matchAll(/<option value="(\d+)"[^>]*>([^<]*)<\/option>/g)].find(([, , label]) => label!.includes("Valstybinė darbo inspekcija"))?.[1];
    expect(agreementId).toBeDefined();
    const sent = await postForm(
      baseUrl,
      "/nb/cases/exchanges/new",
      { intent: "send", agreementId: agreementId!, type: "information_request", urgency: "standard", subject: "Tid i lesarens sone", questions: "Q001", language: "nb" },
      norway,
    );
    expect(sent.status).toBe(302);

    const lithuania = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
    expectReaderTimes(await (await get(baseUrl, "/nb/notifications", lithuania)).text(), "nb");
    expectReaderTimes(await (await get(baseUrl, "/lt/notifications", lithuania)).text(), "lt");
  });

  it("on the tips list follow the reader's language too", async () => {
    const report = await postForm(baseUrl, "/lt/report", { country: "LT", sector: "agriculture", place: `Kėdainiai ${Date.now()}`, description: "Darbuotojai gyvena perpildytame name.", anonymous: "yes" });
    expect(report.status).toBe(303);
    const lithuania = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
    expectReaderTimes(await (await get(baseUrl, "/nb/cases/tips", lithuania)).text(), "nb");
    expectReaderTimes(await (await get(baseUrl, "/lt/cases/tips", lithuania)).text(), "lt");
  });
});

describe("accounts under attack on the administrator's page", () => {
  // A server of its own: ten failed sign-ins lock this test's address out of signing in anywhere else.
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demoData: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("show the last failure in the reader's zone", async () => {
    const admin = await signInAs(server.baseUrl, DEMO_USERS.admin);
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await postForm(server.baseUrl, "/en/signin", { email: "probe@example.no", password: `wrong-${attempt}` })).status).toBe(400);
    }
    const lithuanian = await (await get(server.baseUrl, "/lt/admin", admin)).text();
    expect(lithuanian).toContain("probe@example.no");
    expectReaderTimes(lithuanian, "lt");
    expect(lithuanian).not.toContain(" UTC<");
    expectReaderTimes(await (await get(server.baseUrl, "/nb/admin", admin)).text(), "nb");
  });
});
