// Search that understands people: real questions in nb, lt and en, each with the page it must find first,
// against the rights content as a release puts it in the database (the register of legal figures first, so pages
// and the index state their figures). Word forms, synonyms, typos, ranking by the words matched, and snippets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { releaseRepositoryContent } from "../../db/seed/release";
import type { Locale } from "~/lib/i18n";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let search: typeof import("~/.server/search");

beforeAll(async () => {
  database = await useAppDatabase();
  const connection = openDatabase(database.path);
  releaseRepositoryContent(connection);
  connection.sqlite.close();
  search = await import("~/.server/search");
});
afterAll(() => database.cleanup());

// [question, the page it must find first as "direction/slug"; "*/slug" when the question names no country and
// both directions have that page]
const QUESTIONS: Record<Locale, [string, string][]> = {
  lt: [
    ["atlyginimas", "*/pay"],
    ["minimalus atlyginimas", "*/pay"],
    ["nesumokėjo atlyginimo", "*/pay"],
    ["mokestis", "*/tax"],
    ["skundas", "*/where-to-get-help"],
    ["kas moka už būstą", "*/housing"],
    ["HSM", "to-norway/hse-card"],
    ["darbdavys nesumokėjo už viršvalandžius", "*/overtime"],
    ["kiek valandų galiu dirbti per savaitę", "*/working-time-and-rest"],
    ["A1 pažymėjimas", "*/social-security-a1"],
    ["kur skųstis dėl darbdavio", "*/where-to-get-help"],
    ["D numeris", "to-norway/id-check-and-d-number"],
    ["asmens tapatybės patikrinimas", "to-norway/id-check-and-d-number"],
    ["valymo darbai Norvegijoje", "to-norway/cleaning"],
    ["pranešimas apie komandiruotą darbuotoją VDI", "to-lithuania/posting-notification"],
    ["komandiruotė ilgiau nei 12 mėnesių", "*/long-postings"],
    ["kokius dokumentus turiu turėti darbe", "*/documents-at-the-workplace"],
    ["ką gali darbo inspekcija", "*/inspectorate-powers"],
    ["elektrikas", "to-norway/electrical"],
    ["žuvies perdirbimo gamykla", "to-norway/fish-processing"],
    ["krovinių vežimas vairuotojas", "to-norway/freight-transport"],
    ["darbas viešbutyje ar restorane", "to-norway/hospitality"],
    ["darbų sauga", "*/health-and-safety"],
    ["RF-1199", "to-norway/reporting-to-the-tax-administration"],
    ["atostoginiai", "*/holiday-and-holiday-pay"],
    ["kiek atostogų dienų priklauso Lietuvoje", "to-lithuania/annual-leave"],
    ["skaidriai dirbančiojo ID", "to-lithuania/transparent-worker-id"],
    ["QR kodas statybvietėje", "to-lithuania/transparent-worker-id"],
    ["darbas naktį", "to-lithuania/night-rest-day-and-holiday-pay"],
    ["183 dienos", "*/tax-treaty-183-days"],
    ["laikinojo įdarbinimo įmonė", "to-norway/staffing-agencies"],
    ["a-melding", "to-norway/a-melding"],
    ["atlyginmas", "*/pay"],
    ["virsvalandziai", "*/overtime"],
    ["kiek uždirba statybininkas Norvegijoje", "to-norway/construction"],
  ],
  nb: [
    ["minstelønn", "*/pay"],
    ["hva er minstelønnen i bygg", "to-norway/construction"],
    ["skatt", "*/tax"],
    ["klage på arbeidsgiver", "*/where-to-get-help"],
    ["hvem betaler for boligen", "*/housing"],
    ["HSM-kort", "to-norway/hse-card"],
    ["hvor mange timer kan jeg jobbe", "*/working-time-and-rest"],
    ["overtidsbetaling", "*/overtime"],
    ["A1-attest", "*/social-security-a1"],
    ["D-nummer", "to-norway/id-check-and-d-number"],
    ["renhold", "to-norway/cleaning"],
    ["elektriker", "to-norway/electrical"],
    ["fiskeindustri", "to-norway/fish-processing"],
    ["lastebilsjåfør", "to-norway/freight-transport"],
    ["jobb på restaurant", "to-norway/hospitality"],
    ["melde utsending til VDI", "to-lithuania/posting-notification"],
    ["utsending lenger enn 12 måneder", "*/long-postings"],
    ["dokumenter på arbeidsplassen", "*/documents-at-the-workplace"],
    ["hva kan Arbeidstilsynet gjøre", "to-norway/inspectorate-powers"],
    ["hviletid", "*/working-time-and-rest"],
    ["jordbruk sesongarbeid", "to-norway/agriculture"],
    ["bilpleie", "to-norway/automotive"],
    ["turbuss sjåfør", "to-norway/tour-buses"],
    ["feriepenger", "to-norway/holiday-and-holiday-pay"],
    ["bemanningsbyrå", "to-norway/staffing-agencies"],
    ["innleie byggeplass Oslo", "to-norway/staffing-agencies"],
    ["frist for a-meldingen", "to-norway/a-melding"],
    ["183 dager skatt", "*/tax-treaty-183-days"],
    ["nattarbeid", "to-lithuania/night-rest-day-and-holiday-pay"],
    ["QR-kode på byggeplassen", "to-lithuania/transparent-worker-id"],
    ["ferie i Litauen", "to-lithuania/annual-leave"],
    ["lonn", "*/pay"],
  ],
  en: [
    ["my employer did not pay my wages", "*/pay"],
    ["who pays for housing", "*/housing"],
    ["taxes", "*/tax"],
    ["how to complain about my employer", "*/where-to-get-help"],
    ["HSE card", "to-norway/hse-card"],
    ["HMS card", "to-norway/hse-card"],
    ["overtime pay", "*/overtime"],
    ["A1 certificate", "*/social-security-a1"],
    ["D number", "to-norway/id-check-and-d-number"],
    ["cleaning company", "to-norway/cleaning"],
    ["electrician", "to-norway/electrical"],
    ["fish processing plant", "to-norway/fish-processing"],
    ["truck driver", "to-norway/freight-transport"],
    ["hotel restaurant work", "to-norway/hospitality"],
    ["notify posting to VDI", "to-lithuania/posting-notification"],
    ["posting longer than 12 months", "*/long-postings"],
    ["documents at the workplace", "*/documents-at-the-workplace"],
    ["what can the labour inspection do", "*/inspectorate-powers"],
    ["RF-1199", "to-norway/reporting-to-the-tax-administration"],
    ["seasonal farm work", "to-norway/agriculture"],
    ["tour bus driver", "to-norway/tour-buses"],
    ["accomodation", "*/housing"],
    ["employer checklist", "*/employer-obligations-overview"],
    ["holiday pay", "to-norway/holiday-and-holiday-pay"],
    ["temp agency", "to-norway/staffing-agencies"],
    ["a-melding deadline", "to-norway/a-melding"],
    ["183 days", "*/tax-treaty-183-days"],
    ["night work pay", "to-lithuania/night-rest-day-and-holiday-pay"],
    ["QR code on a construction site", "to-lithuania/transparent-worker-id"],
    ["annual leave in Lithuania", "to-lithuania/annual-leave"],
    ["overtme", "*/overtime"],
  ],
};

describe.each(Object.keys(QUESTIONS) as Locale[])("search in %s", (locale) => {
  it.each(QUESTIONS[locale])("%j finds %s first", (question, page) => {
    const hits = search.searchRights(question, locale);
    const first = hits[0] ? `${page.startsWith("*/") ? "*" : hits[0].direction}/${hits[0].slug}` : undefined;
    expect(first, JSON.stringify(hits.slice(0, 3).map((h) => `${h.direction}/${h.slug}`))).toBe(page);
    expect(hits[0]!.snippet.map((part) => part.text).join("").length).toBeGreaterThan(20);
  });

  it("has at least 20 real questions", () => expect(QUESTIONS[locale].length).toBeGreaterThanOrEqual(20));
});

describe("ranking and snippets", () => {
  it("needs only some of the words, and ranks the page with more of them first", () => {
    const oneWord = search.searchRights("viršvalandžiai", "lt").map((h) => h.slug);
    const withNoise = search.searchRights("viršvalandžiai quokkaword", "lt").map((h) => h.slug);
    expect(withNoise).toEqual(oneWord);
    const both = search.searchRights("HMS-kort renhold", "nb");
    expect(both[0]!.slug).toBe("cleaning");
  });

  it("keeps to one direction when asked", () => {
    const hits = search.searchRights("atlyginimas", "lt", "to-lithuania");
    expect(hits[0]!.slug).toBe("pay");
    expect(hits.every((h) => h.direction === "to-lithuania")).toBe(true);
  });

  it("finds nothing for a word no page holds, and corrects no word it cannot place", () => {
    expect(search.searchRights("quokkaword", "en")).toEqual([]);
    expect(search.countHits("quokkaword", "nb")).toBe(0);
    expect(search.countHits("HSM", "lt")).toBeGreaterThan(0);
  });

  it("ends a heading before the text below it in a snippet", () => {
    // The Norwegian pay page in Lithuanian opens with the heading "Bendro minimaliojo darbo užmokesčio nėra".
    const hit = search.searchRights("minimalus atlyginimas", "lt")[0]!;
    const text = hit.snippet.map((p) => p.text).join("");
    expect(text).toContain("nėra. Norvegijoje");
  });

  it("takes any input without breaking the FTS query", () => {
    for (const input of ['"', "AND OR NOT", "NEAR(", "*", "-", "a-", "-b-", "' OR 1=1 --", "{title} : x", "<script>", "\u0000", "ą".repeat(5_000), "x ".repeat(500)]) {
      expect(() => search.searchRights(input, "en")).not.toThrow();
      expect(() => search.countHits(input, "lt")).not.toThrow();
    }
  });
});
