// The Joint-inspections acceptance scenario in a real browser, in two languages. The Lithuanian contact point asks
// for a joint inspection at a building site in Norway; the Norwegian contact point proposes other dates; the
// requester accepts; the Norwegian side agrees the plan and schedules it. Three weeks later (the server restarts on
// the same database with a later pinned today) the inspection is recorded as carried out, both sides report, three
// violations are recorded from it, the report is submitted and the case closed; the 2019–22 period's outcome
// figures count one more joint inspection and three more violations. The Polish contact point gets 404.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lithuanianCompanyCodeFrom, norwegianOrganisationNumberFrom } from "../../db/seed/demo-identifiers";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

const dataDir = mkdtempSync(join(tmpdir(), "portal-inspections-"));
const databasePath = join(dataDir, "portal.db");
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Console problems of every page opened (hydration errors, CSP refusals, script errors). */
const watchers: (() => string[])[] = [];

const NO_NUMBER = norwegianOrganisationNumberFrom(91_234_710);
const LT_NUMBER = lithuanianCompanyCodeFrom(30_412_710);
const PERIOD_NB = "Samarbeid for anstendig arbeid";

beforeAll(async () => {
  // Monday 5 September 2022, inside the 2019–22 project period.
  server = await startServer({ demoData: true, databasePath, env: { PORTAL_TODAY: "2022-09-05" } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const LABELS = {
  nb: { email: "E-postadresse", password: "Passord", submit: "Logg inn" },
  lt: { email: "El. pašto adresas", password: "Slaptažodis", submit: "Prisijungti" },
} as const;

async function signedIn(locale: "nb" | "lt", email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const watched = watchConsole(page);
  watchers.push(() => watched);
  // Wait for hydration: a click during it would submit natively and interrupt React.
  await openHydrated(page, `${server.baseUrl}/${locale}/signin`);
  await page.getByLabel(LABELS[locale].email).fill(email);
  await page.getByLabel(LABELS[locale].password, { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: LABELS[locale].submit }).click();
  await page.waitForURL(`${server.baseUrl}/${locale}/cases`);
  return page;
}
const consoleProblems = () => watchers.flatMap((check) => check());

const statusTag = (page: Page) => page.locator(".summary-list .tag").first();
const text = async (page: Page, selector = "main") => ((await page.locator(selector).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");

async function outcomeRow(page: Page) {
  await openHydrated(page, `${server.baseUrl}/nb/outcomes`);
  const cells = await page.locator("tr", { has: page.locator("th", { hasText: PERIOD_NB }) }).first().locator("td.numeric").allTextContents();
  return { inspections: Number(cells[0]), violations: Number(cells[2]) };
}

describe("a joint inspection at a building site in Norway", () => {
  let ref = "";
  let before = { inspections: 0, violations: 0 };

  it("is requested by the Lithuanian contact point, in Lithuanian", async () => {
    const page = await signedIn("lt", "kontaktas@vdi.demo");
    // The inbox links to the joint inspections.
    await page.getByRole("link", { name: "Naujas prašymas atlikti bendrą patikrinimą" }).click();
    await page.waitForURL(`${server.baseUrl}/lt/cases/inspections/new`);
    await openHydrated(page, `${server.baseUrl}/lt/cases/inspections/new`);
    expect(await axeViolations(page)).toEqual([]);

    // Sending with nothing filled in: translated errors, nothing lost.
    await page.getByLabel("Objekto adresas").fill("Prøvegata 7 (statybvietė)");
    await page.getByRole("button", { name: "Pateikti prašymą" }).click();
    await page.locator(".error-summary").waitFor();
    const summary = await text(page, ".error-summary");
    expect(summary).toContain("Formoje yra klaidų. Ištaisykite jas:");
    expect(summary).toContain("Įveskite savivaldybę.");
    expect(summary).not.toContain("Įveskite objekto adresą.");
    expect(await page.getByLabel("Objekto adresas").inputValue()).toBe("Prøvegata 7 (statybvietė)");

    await page.getByLabel("Norvegija", { exact: true }).check();
    await page.locator("#field-enterprise-0-country").selectOption("NO");
    await page.locator("#field-enterprise-0-number").fill(NO_NUMBER.replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3"));
    await page.locator("#field-enterprise-0-name").fill("Prøve Bygg AS");
    await page.locator("#field-enterprise-1-country").selectOption("LT");
    await page.locator("#field-enterprise-1-number").fill(LT_NUMBER);
    await page.locator("#field-enterprise-1-name").fill("UAB „Bandomieji statiniai“");
    await page.getByLabel("Savivaldybė").fill("Drammen");
    await page.getByLabel("Sektorius").selectOption({ label: "Statyba" });
    await page.getByLabel("Ilga subrangovų grandinė").check();
    await page.getByLabel("Įtariama, kad mokamas per mažas darbo užmokestis").check();
    await page.getByLabel("Prašymo priežastys").fill("Lietuvos subrangovas komandiravo 15 darbuotojų; gautas pranešimas apie ilgas darbo dienas.");
    await page.locator("#field-proposedFrom").fill("2022-09-26");
    await page.locator("#field-proposedTo").fill("2022-10-07");
    await page.locator("#field-agenciesPartner-police").check();
    await page.locator("#field-agenciesPartner-tax").check();
    await page.getByLabel("Reikalingos kalbos").fill("lietuvių–norvegų");
    await page.getByLabel("Reikia vertėjo").check();
    await page.getByRole("button", { name: "Pateikti prašymą" }).click();
    await page.waitForURL(/\/lt\/cases\/inspections\/JI-NO-LT-2022-\d{4}#?/);
    ref = /JI-NO-LT-2022-\d{4}/.exec(page.url())![0];
    await page.locator("h1", { hasText: ref }).waitFor();
    // The success message says what happened and has focus.
    await page.locator("#done").waitFor();
    expect(await page.locator("#done").textContent()).toBe("Prašymas sukurtas.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");

    expect(await statusTag(page).textContent()).toBe("Pateiktas");
    const main = await text(page);
    // 10 working days in Norway after Monday 5 September 2022.
    expect(main).toContain("2022 m. rugsėjo 19 d.");
    expect(main).toContain("10 darbo dienų Norvegijoje.");
    expect(main).toContain("Prøve Bygg AS");
    expect(main).toContain("Generalinis rangovas");
    expect(main).toContain("Policija");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("gets other dates proposed by the Norwegian contact point, in Norwegian", async () => {
    const page = await signedIn("nb", "kontakt@arbeidstilsynet.demo");
    expect(await text(page, "tbody")).toContain(ref);
    await page.getByRole("link", { name: ref }).click();
    await page.waitForURL(`${server.baseUrl}/nb/cases/inspections/${ref}`);
    await page.locator("h1", { hasText: ref }).waitFor();
    expect(await statusTag(page).textContent()).toBe("Anmodet");
    expect(await text(page)).toContain("19. september 2022");

    await page.locator("#field-counter_propose-from").fill("2022-10-10");
    await page.locator("#field-counter_propose-to").fill("2022-10-14");
    await page.locator("#field-counter_propose-note").fill("Uke 40 er full hos oss; uke 41 passer.");
    await page.getByRole("button", { name: "Foreslå andre datoer" }).click();
    await page.locator(".summary-list .tag", { hasText: "Andre datoer foreslått" }).waitFor();
    // The page says what happened, with focus on the message.
    expect(await page.locator("#done").textContent()).toBe("Forslaget ditt om andre datoer er sendt.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");
    expect(await text(page)).toContain("10. oktober 2022 – 14. oktober 2022");
  });

  it("is accepted by the requester on one of the proposed dates", async () => {
    const page = await signedIn("lt", "kontaktas@vdi.demo");
    await openHydrated(page, `${server.baseUrl}/lt/cases/inspections/${ref}`);
    expect(await text(page)).toContain("Uke 40 er full hos oss; uke 41 passer. (parašyta norvegų kalba)");
    await page.locator("#field-accept_proposal-date").fill("2022-10-11");
    await page.getByRole("button", { name: "Sutikti su pasiūlytomis datomis" }).click();
    await page.locator(".summary-list .tag", { hasText: "Priimtas" }).waitFor();
    expect(await text(page)).toContain("2022 m. spalio 11 d.");
  });

  it("is planned and scheduled by the Norwegian side, shows in the calendar and the feed", async () => {
    const page = await signedIn("nb", "kontakt@arbeidstilsynet.demo");
    await openHydrated(page, `${server.baseUrl}/nb/cases/inspections/${ref}`);
    expect(await page.locator("#field-inspectionOn").inputValue()).toBe("2022-10-11");
    await page.locator("#field-meetingPoint").fill("Brakkeriggen ved hovedinngangen kl. 07.30");
    await page.locator("#field-team-0-authority").selectOption({ label: "Arbeidstilsynet" });
    await page.locator("#field-team-0-role").selectOption("lead_inspector");
    await page.locator("#field-team-1-authority").selectOption({ label: "Det litauiske arbeidstilsynet (Valstybinė darbo inspekcija, VDI)" });
    await page.locator("#field-team-1-role").selectOption("visiting_inspector");
    await page.locator("#field-team-2-authority").selectOption({ label: "Arbeidstilsynet" });
    await page.locator("#field-team-2-role").selectOption("interpreter");
    await page.locator("#field-visitingOfficialsRole").fill("Observatører under Arbeidstilsynets ledelse; kan stille spørsmål på litauisk.");
    await page.locator("#field-documentsToRequest").fill("Arbeidsavtaler, timelister, lønnsslipper, attest A1, HMS-kort");
    await page.getByRole("button", { name: "Lagre planen og planlegg tilsynet" }).click();
    await page.locator(".summary-list .tag", { hasText: "Planlagt" }).waitFor();
    expect(await page.locator("#done").textContent()).toBe("Tilsynsplanen er lagret.");
    const plan = await text(page, ".inspection-plan");
    expect(plan).toContain("11. oktober 2022");
    expect(plan).toContain("Ledende inspektør – Arbeidstilsynet");
    expect(plan).toContain("Tolk – Arbeidstilsynet");
    expect(await axeViolations(page)).toEqual([]);

    // The printable plan, in Norwegian.
    await openHydrated(page, `${server.baseUrl}/nb/cases/inspections/${ref}/print`);
    expect(await text(page)).toContain("Brakkeriggen ved hovedinngangen kl. 07.30");

    // The calendar of the month, and the feed without personal data.
    await openHydrated(page, `${server.baseUrl}/nb/cases/inspections?month=2022-10`);
    const calendar = await text(page, ".inspection-calendar");
    expect(calendar).toContain("Avtalte datoer i oktober 2022");
    expect(calendar).toContain(ref);
    expect(calendar).toContain("11. oktober 2022");
    expect(await axeViolations(page)).toEqual([]);
    const feedUrl = await page.getByLabel("Adresse for kalenderabonnementet ditt").inputValue();
    expect(feedUrl).toMatch(/\/calendar\/\d+_[0-9a-f]{40}\.ics\?lang=nb$/);
    const feed = await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, server.baseUrl));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const ics = await feed.text();
    expect(ics).toContain(`SUMMARY:${ref} – Felles tilsyn – Norge`);
    expect(ics).toContain("DTSTART;VALUE=DATE:20221011");
    expect(ics).not.toMatch(/Prøvegata|Drammen|Prøve Bygg|Bandomieji|Brakkeriggen/);
    expect((await fetch(`${server.baseUrl}/calendar/1_${"0".repeat(40)}.ics`)).status).toBe(404);

    before = await outcomeRow(page);
    expect(before.inspections).toBeGreaterThanOrEqual(0);
  });

  it("is carried out, reported by both sides with three violations, and closed", async () => {
    // Three weeks later: the same database, today moved to Wednesday 12 October 2022. The first server's pages are
    // closed before it stops, so that none of them keeps fetching route data from a server that is gone.
    for (const context of contexts.splice(0)) await context.close();
    await server.stop();
    server = await startServer({ demoData: true, databasePath, env: { PORTAL_TODAY: "2022-10-12" } });

    const norway = await signedIn("nb", "kontakt@arbeidstilsynet.demo");
    await openHydrated(norway, `${server.baseUrl}/nb/cases/inspections/${ref}`);
    expect(await norway.locator("#field-mark_conducted-date").inputValue()).toBe("2022-10-11");
    await norway.getByRole("button", { name: "Registrer at tilsynet er gjennomført" }).click();
    await norway.locator(".summary-list .tag", { hasText: "Gjennomført" }).waitFor();
    // The report is due 14 calendar days after the inspection.
    expect(await text(norway, ".summary-list")).toContain("25. oktober 2022");

    await norway.locator("#field-enterpriseId").selectOption({ label: "Prøve Bygg AS" });
    await norway.locator("#field-findings").fill("Underleverandørlisten og HMS-kortene var i orden.");
    await norway.locator("#field-documentsInspected").fill("Underleverandørliste, HMS-kort");
    await norway.locator("#field-workers-0-country").selectOption("NO");
    await norway.locator("#field-workers-0-count").fill("4");
    await norway.getByRole("button", { name: "Legg til i rapporten" }).click();
    await norway.locator(".report-enterprise", { hasText: "Underleverandørlisten og HMS-kortene var i orden." }).waitFor();

    const lithuania = await signedIn("lt", "kontaktas@vdi.demo");
    await openHydrated(lithuania, `${server.baseUrl}/lt/cases/inspections/${ref}`);
    await lithuania.locator("#field-enterpriseId").selectOption({ label: "UAB „Bandomieji statiniai“" });
    await lithuania.locator("#field-findings").fill("Darbo sutartyse nurodytas mažesnis darbo užmokestis nei mokamas Norvegijoje.");
    await lithuania.locator("#field-workers-0-country").selectOption("LT");
    await lithuania.locator("#field-workers-0-count").fill("15");
    await lithuania.getByRole("button", { name: "Įrašyti į ataskaitą" }).click();
    await lithuania.locator(".report-enterprise", { hasText: "Darbo sutartyse nurodytas" }).waitFor();
    expect(await lithuania.locator("#done").textContent()).toBe("Jūsų išvados įrašytos į bendro patikrinimo ataskaitą.");
    expect(await lithuania.evaluate(() => document.activeElement?.id)).toBe("done");

    for (const [category, sanction, description] of [
      ["Lønn", "Pålegg", "Timelønn under allmenngjort minstelønn for bygg."],
      ["Arbeidstid", "Overtredelsesgebyr", "Timelister viste 60-timers uker."],
      ["Helse, miljø og sikkerhet", "Pålegg", "Manglende sikring av stillas."],
    ] as const) {
      await openHydrated(norway, `${server.baseUrl}/nb/cases/inspections/${ref}`);
      await norway.getByRole("link", { name: "Registrer et brudd" }).click();
      await norway.locator("h1", { hasText: "Registrer et brudd" }).waitFor();
      await norway.getByLabel("Kategori").selectOption({ label: category });
      await norway.getByLabel("Hva som ble avdekket").fill(description);
      await norway.getByLabel("Dato avdekket").fill("2022-10-11");
      await norway.getByLabel("Reaksjon").selectOption({ label: sanction });
      if (sanction === "Overtredelsesgebyr") {
        await norway.getByLabel("Gebyrets beløp").fill("30000");
        await norway.getByLabel("Valuta").selectOption("NOK");
      }
      await norway.getByRole("button", { name: "Registrer bruddet" }).click();
      await norway.waitForURL(new RegExp(`/nb/cases/inspections/${ref}`));
      await norway.locator("h1", { hasText: ref }).waitFor();
    }
    const recorded = await norway.locator("section", { has: norway.locator("#violations-title") }).locator("li").allTextContents();
    expect(recorded).toHaveLength(3);

    await openHydrated(norway, `${server.baseUrl}/nb/cases/inspections/${ref}`);
    await norway.getByRole("button", { name: "Send inn rapporten" }).click();
    await norway.locator(".summary-list .tag", { hasText: "Rapportert" }).waitFor();
    expect(await axeViolations(norway)).toEqual([]);

    await openHydrated(lithuania, `${server.baseUrl}/lt/cases/inspections/${ref}`);
    await lithuania.getByRole("button", { name: "Uždaryti bylą" }).click();
    await lithuania.locator(".summary-list .tag", { hasText: "Uždarytas" }).waitFor();
    // Locked: a later addition is a new version of the report.
    expect(await text(lithuania, ".inspection-report")).toContain("užrakinta");
    await lithuania.locator("#field-enterpriseId").selectOption({ label: "UAB „Bandomieji statiniai“" });
    await lithuania.locator("#field-findings").fill("Įmonė pateikė darbo užmokesčio perskaičiavimą.");
    await lithuania.getByRole("button", { name: "Įrašyti į ataskaitą" }).click();
    await lithuania.locator(".inspection-report", { hasText: "Įmonė pateikė darbo užmokesčio perskaičiavimą." }).waitFor();
    const report = await text(lithuania, ".inspection-report");
    expect(report).toContain("Versija Nr. 2");
    expect(report).toContain("Versija Nr. 1");
    expect(await text(lithuania, "#timeline ~ ol")).toContain("Nauja bendro patikrinimo ataskaitos versija");
  });

  it("is counted in the period's outcome: one more joint inspection, three more violations", async () => {
    const page = await signedIn("nb", "kontakt@arbeidstilsynet.demo");
    const after = await outcomeRow(page);
    expect(after).toEqual({ inspections: before.inspections + 1, violations: before.violations + 3 });
  });

  it("is refused to a contact point outside the agreement", async () => {
    const page = await signedIn("nb", "kontakt@pip.demo");
    expect((await page.goto(`${server.baseUrl}/nb/cases/inspections/${ref}`))?.status()).toBe(404);
    expect((await page.goto(`${server.baseUrl}/nb/cases/inspections/${ref}/print`))?.status()).toBe(404);
    expect((await page.goto(`${server.baseUrl}/nb/cases/violations/new?inspection=${ref}`))?.status()).toBe(404);
    await openHydrated(page, `${server.baseUrl}/nb/cases/inspections?month=2022-10`);
    expect(await text(page)).not.toContain(ref);
  });

  it("asks for a request without JavaScript too: another enterprise row, errors, nothing lost", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/lt/signin`);
    await page.getByLabel(LABELS.lt.email).fill("kontaktas@vdi.demo");
    await page.getByLabel(LABELS.lt.password, { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: LABELS.lt.submit }).click();
    await page.waitForURL(`${server.baseUrl}/lt/cases`);
    await page.goto(`${server.baseUrl}/lt/cases/inspections/new`);
    await page.locator("#field-enterprise-1-number").fill(LT_NUMBER);
    await page.getByLabel("Prašymo priežastys").fill("Be JavaScript.");
    await page.getByRole("button", { name: "Pridėti dar vieną įmonę" }).click();
    await page.locator("#field-enterprise-2-number").waitFor();
    expect(await page.locator("#field-enterprise-1-number").inputValue()).toBe(LT_NUMBER);
    await page.getByRole("button", { name: "Pateikti prašymą" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await text(page, ".error-summary")).toContain("Pasirinkite valstybę, kurioje įregistruota įmonė.");
    expect(await page.getByLabel("Prašymo priežastys").inputValue()).toBe("Be JavaScript.");
    expect(await page.locator("#field-enterprise-2-number").count()).toBe(1);
  });

  it("had no console problems on any page", () => {
    expect(consoleProblems()).toEqual([]);
  });
});
