// The Exchanges acceptance scenario in a real browser, in two languages: a Norwegian contact point sends an urgent
// request on Maundy Thursday 2027; the Lithuanian contact point sees it in Lithuanian with the right due date
// (Easter Monday is a Lithuanian holiday), accepts and answers; the Norwegian side closes it and records two
// violations. A server of its own, with today pinned to that Thursday.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ demoData: true, env: { PORTAL_TODAY: "2027-03-25" } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function signedIn(locale: "nb" | "lt", email: string, labels: { email: string; password: string; submit: string }): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await openHydrated(page, `${server.baseUrl}/${locale}/signin`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: labels.submit }).click();
  await page.waitForURL(`${server.baseUrl}/${locale}/cases`);
  return page;
}

describe("an urgent request before Easter", () => {
  let ref = "";

  it("is sent by the Norwegian contact point with the Lithuanian due date explained", async () => {
    const page = await signedIn("nb", "kontakt@arbeidstilsynet.demo", { email: "E-postadresse", password: "Passord", submit: "Logg inn" });
    const problems = watchConsole(page);
    await openHydrated(page, `${server.baseUrl}/nb/cases/exchanges/new`);
    expect(await axeViolations(page)).toEqual([]);

    // Sending with nothing filled in gives translated errors.
    await page.getByRole("button", { name: "Send anmodningen" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary").textContent()).toContain("Du må fylle ut emne.");

    // The agreement's title is data: pick the option that names Lithuania's inspectorate as the partner.
    const agreement = await page.locator("#field-agreementId option", { hasText: "Valstybinė darbo inspekcija" }).first().getAttribute("value");
    await page.getByLabel("Avtale og samarbeidsmyndighet").selectOption(agreement!);
    await page.getByLabel(/^Haster – svar innen 2 arbeidsdager/).check();
    await page.getByLabel("Hvorfor haster det?").fill("Virksomheten må sjekkes i registeret før kontrollen mandag.");
    await page.getByLabel("Emne").fill("Byggeplass i Drammen – underleverandør fra Litauen");
    await page.getByLabel("Registreringsland").selectOption("NO");
    await page.getByLabel(/^Registreringsnummer/).fill("974 761 211");
    await page.getByLabel("Virksomhetens navn").fill("Demo Stillas AS");
    await page.getByLabel("Antall utsendte arbeidstakere det gjelder").fill("12");
    await page.getByLabel(/^Er virksomheten registrert i Enhetsregisteret/).check();
    await page.getByLabel(/^Hvilken dato ble virksomheten registrert\?/).check();
    await page.getByLabel("Andre spørsmål").fill("Har virksomheten hatt ansatte i Litauen det siste året?");
    await page.getByRole("button", { name: "Send anmodningen" }).click();
    await page.waitForURL(/\/nb\/cases\/exchanges\/EX-NO-LT-2027-\d{4}\?done=created#done$/);
    ref = new URL(page.url()).pathname.split("/").pop()!;
    expect(await page.locator("#done").textContent()).toBe("Anmodningen er opprettet.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");

    const summary = await page.locator(".summary-list").first().textContent();
    expect(summary).toContain("Sendt");
    expect(summary).toContain("30. mars 2027");
    expect(summary).toContain("2 arbeidsdager i Litauen, utenom 2. påskedag (29. mars 2027)");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("is read, accepted and answered by the Lithuanian contact point in Lithuanian", async () => {
    const page = await signedIn("lt", "kontaktas@vdi.demo", { email: "El. pašto adresas", password: "Slaptažodis", submit: "Prisijungti" });
    const problems = watchConsole(page);
    expect(await page.locator("tbody").textContent()).toContain(ref);
    await page.getByRole("link", { name: ref }).click();
    await page.waitForURL(`${server.baseUrl}/lt/cases/exchanges/${ref}`);
    await page.locator("h1", { hasText: ref }).waitFor();
    const text = await page.locator("main").textContent();
    expect(text).toContain("Ar įmonė įregistruota Jūsų valstybės juridinių asmenų registre arba kitame įmonių registre?");
    expect(text).toContain("2027 m. kovo 30 d.");
    expect(text).toContain("2 darbo dienos Lietuvoje, neskaičiuojant: antroji Šv. Velykų diena");
    // Free text is marked with its language.
    expect(text).toContain("Har virksomheten hatt ansatte i Litauen det siste året? (parašyta norvegų kalba)");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Priimti prašymą" }).click();
    await page.getByRole("button", { name: "Siųsti atsakymus" }).waitFor();
    const questions = page.locator("ol.questions > li");
    await questions.nth(0).getByLabel("Taip").check();
    await questions.nth(0).getByLabel("Komentaras").fill("Įregistruota 2015 m., veikla vykdoma.");
    await questions.nth(1).getByLabel("Data").fill("2015-04-14");
    await questions.nth(2).getByLabel("Atsakymas").fill("Taip, vidutiniškai 40 darbuotojų.");
    await page.getByRole("button", { name: "Siųsti atsakymus" }).click();
    await page.getByRole("button", { name: "Taip, išsiųsti atsakymą" }).click();
    await page.locator(".summary-list .tag", { hasText: "Atsakyta" }).waitFor();
    // The success message says what happened and has focus.
    expect(await page.locator("#done").textContent()).toBe("Atsakymas išsiųstas.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");
    expect(problems).toEqual([]);
  });

  it("is closed by the Norwegian side, which records two violations", async () => {
    const page = await signedIn("nb", "kontakt@arbeidstilsynet.demo", { email: "E-postadresse", password: "Passord", submit: "Logg inn" });
    const problems = watchConsole(page);
    await openHydrated(page, `${server.baseUrl}/nb/cases/exchanges/${ref}`);
    expect(await page.locator("main").textContent()).toContain("Įregistruota 2015 m., veikla vykdoma. (skrevet på litauisk)");
    await page.getByRole("button", { name: "Avslutt saken" }).click();
    await page.locator(".summary-list .tag", { hasText: "Avsluttet" }).waitFor();

    for (const [category, sanction, description] of [
      ["Lønn", "Overtredelsesgebyr", "Lønn under allmenngjort minstelønn for bygg."],
      ["Melding eller registrering av utsending", "Pålegg", "Oppdraget var ikke rapportert til Skatteetaten (RF-1199)."],
    ] as const) {
      await page.getByRole("link", { name: "Registrer et brudd" }).click();
      await page.locator("h1", { hasText: "Registrer et brudd" }).waitFor();
      await page.getByLabel("Kategori").selectOption({ label: category });
      await page.getByLabel("Hva som ble avdekket").fill(description);
      await page.getByLabel("Reaksjon").selectOption({ label: sanction });
      if (sanction === "Overtredelsesgebyr") {
        await page.getByLabel("Gebyrets beløp").fill("25000");
        await page.getByLabel("Valuta").selectOption("NOK");
      }
      await page.getByRole("button", { name: "Registrer bruddet" }).click();
      await page.waitForURL(new RegExp(`/nb/cases/exchanges/${ref}`));
      await page.locator("h1", { hasText: ref }).waitFor();
      await page.locator("#done").waitFor();
      expect(await page.locator("#done").textContent()).toBe("Bruddet er registrert.");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("done");
    }
    const violations = await page.locator("section", { has: page.locator("#violations-title") }).locator("li").allTextContents();
    expect(violations).toHaveLength(2);
    expect(violations[0]?.replace(/[\u00a0\u202f]/g, " ")).toContain("25 000,00 kr");
    expect(problems).toEqual([]);
  });

  it("is refused to anyone outside the agreement", async () => {
    const page = await signedIn("nb", "kontakt@pip.demo", { email: "E-postadresse", password: "Passord", submit: "Logg inn" }).catch(async () => {
      // The Polish contact point lands in its inbox like the others.
      throw new Error("sign-in failed");
    });
    const response = await page.goto(`${server.baseUrl}/nb/cases/exchanges/${ref}`);
    expect(response?.status()).toBe(404);
  });
});
