// The posting checker's rules: invariants over every combination of answers, exact lists for key cases,
// deadline dates around Easter and Lithuanian holidays, the form schema and the texts in all three locales.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  allInputs,
  allItemKeys,
  buildChecklist,
  checkerFigureKeys,
  CHECKER_ROLES,
  DEADLINE_KEYS,
  EXPECTED_LENGTHS,
  isConstructionWork,
  lastDayBeforeTwelveMonths,
  NORWAY_HSE_CARD_SECTORS,
  NORWAY_MINIMUM_PAY_SECTORS,
  NORWAY_TRAVEL_CLAUSE_SECTORS,
  subtractWorkingDays,
  TOPIC_SLUGS,
  type CheckerInput,
  type ChecklistItemId,
} from "~/domain/posting-checker";
import { RIGHTS_DIRECTIONS, SECTORS, type Sector } from "~/domain/vocabulary";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";
import { figureOn } from "~/domain/legal-figures";
import { addCalendarDays, isIsoDate, isWorkingDay } from "~/domain/working-days";
import { parseForm } from "~/lib/forms";
import { checkerQuery, checkerSchema, isCheckerSubmission } from "~/lib/schemas/checker";

const ROOT = join(import.meta.dirname, "../..");
/** The day the checker's figures are read for when no start date is given. */
const TODAY = "2026-12-02";
const LOCALES = ["en", "nb", "lt"] as const;
const texts = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, "locales", l, "checker.json"), "utf8")) as unknown]),
) as Record<(typeof LOCALES)[number], unknown>;

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const ids = (input: CheckerInput) => buildChecklist(input, LEGAL_FIGURES, TODAY).items.map((item) => item.id);
const item = (input: CheckerInput, id: ChecklistItemId) => buildChecklist(input, LEGAL_FIGURES, TODAY).items.find((i) => i.id === id);

const NO_ONLY: ChecklistItemId[] = [
  "noPostingDeclaration",
  "rf1199",
  "idCheck",
  "dNumber",
  "longStayNumber",
  "hseCard",
  "carCareHseCard",
  "cleaningApproval",
  "carCareApproval",
  "minimumPay",
  "noMinimumPay",
  "travelBoardLodging",
  "housing",
];
const LT_ONLY: ChecklistItemId[] = ["vdiNotification", "vdiNotificationNotRequired", "sodraLdu", "transparentWorkerId", "equalPay", "minimumWage"];

// 2 directions × 2 roles × 12 sectors × 4 lengths × 2 construction answers = 384 combinations.
const combinations = allInputs();
const label = (i: CheckerInput) => `${i.direction} ${i.role} ${i.sector} ${i.expectedLength} construction=${i.construction}`;

describe("every combination of answers", () => {
  it("covers all 384 combinations", () => {
    expect(combinations).toHaveLength(RIGHTS_DIRECTIONS.length * CHECKER_ROLES.length * SECTORS.length * EXPECTED_LENGTHS.length * 2);
    expect(new Set(combinations.map(label)).size).toBe(combinations.length);
  });

  it.each(combinations.map((input) => [label(input), input] as const))("%s", (_, input) => {
    const withoutDate = buildChecklist(input, LEGAL_FIGURES, TODAY);
    const withDate = buildChecklist({ ...input, startDate: "2026-03-30" }, LEGAL_FIGURES, TODAY);
    const list = withoutDate.items.map((i) => i.id);

    // Well-formed, stable and identical with or without a start date (apart from the dates).
    expect(list.length).toBeGreaterThanOrEqual(6);
    expect(new Set(list).size).toBe(list.length);
    expect(withDate.items.map((i) => i.id)).toEqual(list);
    expect(buildChecklist(input, LEGAL_FIGURES, TODAY)).toEqual(withoutDate);
    expect(withoutDate.construction).toBe(input.construction || input.sector === "construction");

    const prefix = input.direction === "to-norway" ? "items.toNorway" : "items.toLithuania";
    for (const [i, entry] of withoutDate.items.entries()) {
      const dated = withDate.items[i]!;
      expect(entry.key).toBe(`${prefix}.${entry.id}.${input.role}`);
      for (const locale of LOCALES) {
        expect(lookup(texts[locale], `${entry.key}.title`), `${locale} ${entry.key}.title`).toEqual(expect.any(String));
        expect(lookup(texts[locale], `${entry.key}.body`), `${locale} ${entry.key}.body`).toEqual(expect.any(String));
        for (const key of entry.detailKeys) expect(lookup(texts[locale], key), `${locale} ${key}`).toEqual(expect.any(String));
        if (entry.deadlineKey) expect(lookup(texts[locale], `${entry.deadlineKey}.rule`)).toEqual(expect.any(String));
      }
      // A deadline rule always; a date only with a start date.
      expect(entry.deadline).toBeUndefined();
      expect(dated.deadlineKey).toBe(entry.deadlineKey);
      if (entry.deadlineKey) {
        expect(DEADLINE_KEYS).toContain(entry.deadlineKey);
        expect(isIsoDate(dated.deadline)).toBe(true);
      } else expect(dated.deadline).toBeUndefined();
      // Topic links stay in the reader's direction and point to pages that exist, with a title in every locale.
      expect(entry.topicLinks.length).toBeGreaterThan(0);
      expect(new Set(entry.topicLinks.map((l) => l.slug)).size).toBe(entry.topicLinks.length);
      for (const link of entry.topicLinks) {
        expect(link.direction).toBe(input.direction);
        expect(existsSync(join(ROOT, "db/content/rights", link.direction, link.slug, "en.md")), `${link.direction}/${link.slug}`).toBe(true);
        for (const locale of LOCALES) expect(lookup(texts[locale], `topics.${link.direction}.${link.slug}`)).toEqual(expect.any(String));
      }
    }

    // Items of the other direction never appear; common items always do.
    const foreign = input.direction === "to-norway" ? LT_ONLY : NO_ONLY;
    expect(list.filter((id) => foreign.includes(id))).toEqual([]);
    expect(list).toEqual(expect.arrayContaining(["a1Certificate", "workingTime", "documents", "help"]));
    expect(list.at(-1)).toBe("help");
    expect(list.includes("longPosting")).toBe(input.expectedLength === "over_12_months");

    const construction = isConstructionWork(input);
    const employer = input.role === "employer";
    if (input.direction === "to-norway") {
      expect(list).toEqual(expect.arrayContaining(["rf1199", "idCheck", "housing"]));
      expect(list.includes("noPostingDeclaration")).toBe(employer);
      const short = input.expectedLength === "up_to_30_days" || input.expectedLength === "up_to_6_months";
      expect(list.includes("dNumber")).toBe(short);
      expect(list.includes("longStayNumber")).toBe(!short);
      const hse = construction || (NORWAY_HSE_CARD_SECTORS as readonly Sector[]).includes(input.sector);
      expect(list.includes("hseCard")).toBe(hse);
      const minimumPay = construction || (NORWAY_MINIMUM_PAY_SECTORS as readonly Sector[]).includes(input.sector);
      expect(list.includes("minimumPay")).toBe(minimumPay);
      expect(list.includes("noMinimumPay")).toBe(!minimumPay);
      const travel = construction || (NORWAY_TRAVEL_CLAUSE_SECTORS as readonly Sector[]).includes(input.sector);
      expect(list.includes("travelBoardLodging")).toBe(travel);
      expect(list.includes("carCareHseCard")).toBe(input.sector === "automotive" && !construction && !employer);
      expect(list.includes("cleaningApproval")).toBe(input.sector === "cleaning" && employer);
      expect(list.includes("carCareApproval")).toBe(input.sector === "automotive" && employer);
      expect(withDate.items.find((i) => i.id === "rf1199")?.deadline).toBe("2026-04-13");
      expect(withDate.items.find((i) => i.id === "idCheck")?.deadline).toBe("2026-04-07");
    } else {
      const notify = input.expectedLength !== "up_to_30_days" || construction;
      expect(list.includes("vdiNotification")).toBe(notify);
      expect(list.includes("vdiNotificationNotRequired")).toBe(employer && !notify);
      expect(list.includes("sodraLdu")).toBe(employer);
      expect(list).toEqual(expect.arrayContaining(["equalPay", "minimumWage"]));
      expect(list.includes("transparentWorkerId")).toBe(construction);
      if (notify) expect(withDate.items.find((i) => i.id === "vdiNotification")?.deadline).toBe("2026-03-30");
      if (employer) expect(withDate.items.find((i) => i.id === "sodraLdu")?.deadline).toBe("2026-03-27");
    }
    const long = withDate.items.find((i) => i.id === "longPosting");
    if (long) {
      expect(long.deadline).toBe(employer ? "2027-03-29" : undefined);
    }
  });

  it("gives the worker and the employer different lists for the same answers", () => {
    for (const input of combinations.filter((i) => i.role === "worker")) {
      const worker = buildChecklist(input, LEGAL_FIGURES, TODAY).items.map((i) => i.key);
      const employer = buildChecklist({ ...input, role: "employer" }, LEGAL_FIGURES, TODAY).items.map((i) => i.key);
      expect(worker.filter((k) => employer.includes(k))).toEqual([]);
      expect(worker.every((k) => k.endsWith(".worker"))).toBe(true);
      expect(employer.every((k) => k.endsWith(".employer"))).toBe(true);
    }
  });

  it("does not change its input", () => {
    const input: CheckerInput = { direction: "to-norway", role: "employer", sector: "construction", expectedLength: "over_12_months", construction: true, startDate: "2026-03-30" };
    const copy = structuredClone(input);
    buildChecklist(input, LEGAL_FIGURES, TODAY);
    expect(input).toEqual(copy);
  });

  it("refuses a malformed start date", () => {
    const input: CheckerInput = { direction: "to-norway", role: "worker", sector: "other", expectedLength: "up_to_30_days", construction: false };
    expect(() => buildChecklist({ ...input, startDate: "2026-02-30" }, LEGAL_FIGURES, TODAY)).toThrow(RangeError);
    expect(() => buildChecklist({ ...input, startDate: "30.03.2026" }, LEGAL_FIGURES, TODAY)).toThrow(RangeError);
  });

  it("only links to topics that exist, and lists every topic folder it knows of", () => {
    for (const direction of RIGHTS_DIRECTIONS) {
      for (const slug of TOPIC_SLUGS[direction]) expect(existsSync(join(ROOT, "db/content/rights", direction, slug)), `${direction}/${slug}`).toBe(true);
    }
  });

  it("has every item text in every locale", () => {
    const keys = allItemKeys(LEGAL_FIGURES, TODAY);
    expect(keys.length).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      for (const key of keys) {
        const title = lookup(texts[locale], `${key}.title`);
        const body = lookup(texts[locale], `${key}.body`);
        expect(typeof title === "string" && title.trim().length > 3, `${locale} ${key}.title`).toBe(true);
        expect(typeof body === "string" && body.trim().length > 20, `${locale} ${key}.body`).toBe(true);
      }
    }
  });
});

describe("key cases", () => {
  const base = { sector: "other", expectedLength: "up_to_6_months", construction: false } as const;

  it("employer posting to Norway in construction: RF-1199, ID check, HSE card, minimum pay with rates, travel, board and lodging", () => {
    const input: CheckerInput = { ...base, direction: "to-norway", role: "employer", sector: "construction", startDate: "2026-03-30" };
    expect(ids(input)).toEqual([
      "noPostingDeclaration",
      "a1Certificate",
      "rf1199",
      "idCheck",
      "dNumber",
      "hseCard",
      "minimumPay",
      "travelBoardLodging",
      "workingTime",
      "housing",
      "documents",
      "help",
    ]);
    const checklist = buildChecklist(input, LEGAL_FIGURES, TODAY);
    const byId = Object.fromEntries(checklist.items.map((i) => [i.id, i]));
    expect(byId.rf1199).toMatchObject({ deadlineKey: "deadlines.within14DaysAfterStart", deadline: "2026-04-13" });
    expect(byId.rf1199?.topicLinks).toEqual([{ direction: "to-norway", slug: "reporting-to-the-tax-administration" }]);
    expect(byId.idCheck).toMatchObject({ deadlineKey: "deadlines.within8DaysOfArrival", deadline: "2026-04-07" });
    expect(byId.minimumPay?.detailKeys).toEqual(["details.rates.construction"]);
    expect(byId.minimumPay?.topicLinks.map((l) => l.slug)).toEqual(["pay", "construction"]);
    expect(byId.hseCard?.topicLinks.map((l) => l.slug)).toEqual(["hse-card", "construction"]);
    expect(byId.travelBoardLodging?.topicLinks.map((l) => l.slug)).toEqual(["construction", "pay"]);
    expect(Object.keys(byId.minimumPay?.figures ?? {})).toEqual(["skilled", "unskilled", "unskilledExperienced"]);
    expect(byId.minimumPay?.figures.skilled).toMatchObject({ key: "no.min-pay.construction.skilled", value: 26432, validFrom: "2025-06-15" });
  });

  it("worker posted to Norway as a cleaner: HSE card, minimum pay (rate looked up at the source), travel cover, no posting-declaration item", () => {
    const list = ids({ ...base, direction: "to-norway", role: "worker", sector: "cleaning" });
    expect(list).toEqual(["a1Certificate", "rf1199", "idCheck", "dNumber", "hseCard", "minimumPay", "travelBoardLodging", "workingTime", "housing", "documents", "help"]);
    expect(item({ ...base, direction: "to-norway", role: "worker", sector: "cleaning" }, "minimumPay")?.detailKeys).toEqual(["details.rates.lookUp"]);
    expect(item({ ...base, direction: "to-norway", role: "worker", sector: "cleaning" }, "hseCard")?.topicLinks.map((l) => l.slug)).toEqual(["hse-card", "cleaning"]);
  });

  it("Norway outside the minimum-pay sectors: no minimum pay, no HSE card", () => {
    const list = ids({ ...base, direction: "to-norway", role: "worker", sector: "manufacturing" });
    expect(list).toContain("noMinimumPay");
    expect(list).not.toContain("minimumPay");
    expect(list).not.toContain("hseCard");
    expect(list).not.toContain("travelBoardLodging");
  });

  it("construction work in another sector counts as construction (HSE card, construction pay and travel)", () => {
    const input: CheckerInput = { ...base, direction: "to-norway", role: "employer", sector: "manufacturing", construction: true };
    expect(ids(input)).toEqual(expect.arrayContaining(["hseCard", "minimumPay", "travelBoardLodging"]));
    expect(item(input, "minimumPay")?.detailKeys).toEqual(["details.rates.construction"]);
    expect(item(input, "minimumPay")?.topicLinks.map((l) => l.slug)).toEqual(["pay", "construction"]);
    // An electrician on a building site: the construction rates (the only ones in the register), and both pages.
    const electrician: CheckerInput = { ...input, sector: "electrical" };
    expect(item(electrician, "minimumPay")?.detailKeys).toEqual(["details.rates.construction"]);
    expect(item(electrician, "minimumPay")?.topicLinks.map((l) => l.slug)).toEqual(["pay", "electrical", "construction"]);
  });

  it("minimum-pay sectors whose rate the register does not hold send the reader to the regulation", () => {
    for (const sector of ["shipbuilding", "freight_transport", "electrical", "hospitality", "tour_buses", "agriculture", "fish_processing", "cleaning"] as const) {
      const minimumPay = item({ ...base, direction: "to-norway", role: "worker", sector }, "minimumPay");
      expect(minimumPay?.detailKeys, sector).toEqual(["details.rates.lookUp"]);
      expect(minimumPay?.figures, sector).toEqual({});
    }
  });

  it("employer posting to Norway for more than 12 months: notify before 12 months; no D number", () => {
    const input: CheckerInput = { ...base, direction: "to-norway", role: "employer", expectedLength: "over_12_months", startDate: "2026-03-30" };
    const list = ids(input);
    expect(list).toContain("longStayNumber");
    expect(list).not.toContain("dNumber");
    expect(item(input, "longPosting")).toMatchObject({ deadlineKey: "deadlines.beforeTwelveMonths", deadline: "2027-03-29" });
    expect(item({ ...input, role: "worker" }, "longPosting")?.deadlineKey).toBeUndefined();
  });

  it("employer posting to Lithuania for 20 days, not construction: NO VDI notification", () => {
    const input: CheckerInput = { ...base, direction: "to-lithuania", role: "employer", expectedLength: "up_to_30_days", startDate: "2026-03-30" };
    const list = ids(input);
    expect(list).not.toContain("vdiNotification");
    expect(list).toEqual(["a1Certificate", "vdiNotificationNotRequired", "sodraLdu", "equalPay", "minimumWage", "workingTime", "documents", "help"]);
    // The worker's list says nothing about a notification at all.
    expect(ids({ ...input, role: "worker" })).toEqual(["a1Certificate", "equalPay", "minimumWage", "workingTime", "documents", "help"]);
  });

  it("employer posting to Lithuania for 20 days of construction work: notification by the start", () => {
    const input: CheckerInput = { ...base, direction: "to-lithuania", role: "employer", expectedLength: "up_to_30_days", construction: true, startDate: "2026-03-30" };
    expect(ids(input)).toEqual(["a1Certificate", "vdiNotification", "sodraLdu", "transparentWorkerId", "equalPay", "minimumWage", "workingTime", "documents", "help"]);
    expect(item(input, "vdiNotification")).toMatchObject({ deadlineKey: "deadlines.beforeStart", deadline: "2026-03-30" });
    expect(item(input, "vdiNotification")?.topicLinks.map((l) => l.slug)).toEqual(["posting-notification", "employer-obligations-overview"]);
    // The construction sector counts even when the construction question was answered no.
    expect(ids({ ...input, construction: false, sector: "construction" })).toContain("vdiNotification");
  });

  it("posting to Lithuania for more than 30 days: notification, whatever the sector", () => {
    for (const expectedLength of ["up_to_6_months", "up_to_12_months", "over_12_months"] as const) {
      expect(ids({ ...base, direction: "to-lithuania", role: "employer", expectedLength })).toContain("vdiNotification");
      expect(ids({ ...base, direction: "to-lithuania", role: "worker", expectedLength })).toContain("vdiNotification");
    }
  });

  it("employer posting to Lithuania for more than 12 months: reasoned notification before 12 months", () => {
    const input: CheckerInput = { ...base, direction: "to-lithuania", role: "employer", expectedLength: "over_12_months", startDate: "2026-01-31" };
    expect(item(input, "longPosting")).toMatchObject({ deadlineKey: "deadlines.beforeTwelveMonths", deadline: "2027-01-30" });
    expect(item(input, "longPosting")?.topicLinks.map((l) => l.slug)).toEqual(["long-postings", "working-conditions-article-108"]);
  });
});

describe("deadline dates", () => {
  const norway: CheckerInput = { direction: "to-norway", role: "employer", sector: "construction", expectedLength: "up_to_6_months", construction: true };
  const lithuania: CheckerInput = { direction: "to-lithuania", role: "employer", sector: "construction", expectedLength: "up_to_6_months", construction: true };
  const deadlineOf = (input: CheckerInput, id: ChecklistItemId, startDate: string) => item({ ...input, startDate }, id)?.deadline;

  it("counts calendar days for RF-1199 and the ID check, Easter or not (Easter 2026: 5 April)", () => {
    // Start on the Monday before Easter: Maundy Thursday, Good Friday and Easter Monday change nothing.
    expect(deadlineOf(norway, "rf1199", "2026-03-30")).toBe("2026-04-13");
    expect(deadlineOf(norway, "idCheck", "2026-03-30")).toBe("2026-04-07");
    // Start on Maundy Thursday itself.
    expect(deadlineOf(norway, "rf1199", "2026-04-02")).toBe("2026-04-16");
    expect(deadlineOf(norway, "idCheck", "2026-04-02")).toBe("2026-04-10");
    // Across a month and a year end.
    expect(deadlineOf(norway, "rf1199", "2026-12-20")).toBe("2027-01-03");
    expect(deadlineOf(norway, "idCheck", "2026-12-28")).toBe("2027-01-05");
  });

  it("puts the Lithuanian notification on the start date itself", () => {
    expect(deadlineOf(lithuania, "vdiNotification", "2026-04-07")).toBe("2026-04-07");
    expect(deadlineOf(lithuania, "vdiNotification", "2026-02-16")).toBe("2026-02-16");
  });

  it.each([
    ["a Tuesday: the Monday before", "2026-03-03", "2026-03-02"],
    ["a Monday: the Friday before", "2026-03-09", "2026-03-06"],
    ["the Tuesday after Easter Monday (6 April 2026)", "2026-04-07", "2026-04-03"],
    ["the day after 16 February (a Monday in 2026)", "2026-02-17", "2026-02-13"],
    ["the day after 11 March (a Wednesday in 2026)", "2026-03-12", "2026-03-10"],
    ["the day after All Souls' Day (Monday 2 November 2026)", "2026-11-03", "2026-10-30"],
    ["the Monday after Christmas (24–26 December 2026)", "2026-12-28", "2026-12-23"],
    ["Monday 4 January 2027, after New Year's Day", "2027-01-04", "2026-12-31"],
    ["the day after Midsummer (Wednesday 24 June 2026)", "2026-06-25", "2026-06-23"],
  ])("Sodra LDU notice, start on %s", (_, start, due) => {
    expect(deadlineOf(lithuania, "sodraLdu", start)).toBe(due);
    expect(isWorkingDay("LT", due)).toBe(true);
  });

  it("counts the LDU notice in Lithuanian, not Norwegian, working days", () => {
    // Good Friday (3 April 2026) is a working day in Lithuania but a holiday in Norway.
    expect(subtractWorkingDays("LT", "2026-04-07", 1)).toBe("2026-04-03");
    expect(subtractWorkingDays("NO", "2026-04-07", 1)).toBe("2026-04-01");
  });
});

describe("date helpers", () => {
  it("subtractWorkingDays mirrors addWorkingDays", () => {
    expect(subtractWorkingDays("LT", "2026-03-30", 0)).toBe("2026-03-30");
    expect(subtractWorkingDays("LT", "2026-03-29", 0)).toBe("2026-03-29");
    expect(subtractWorkingDays("LT", "2026-03-30", 5)).toBe("2026-03-23");
    expect(subtractWorkingDays("NO", "2026-04-10", 3)).toBe("2026-04-07");
    expect(subtractWorkingDays("NO", "2026-04-10", 5)).toBe("2026-03-31");
    expect(() => subtractWorkingDays("LT", "2026-03-30", -1)).toThrow(RangeError);
    expect(() => subtractWorkingDays("LT", "2026-03-30", 1.5)).toThrow(RangeError);
    // Exactly n working days in [result, date): checked day by day over a year.
    for (let day = "2026-01-01"; day < "2027-01-01"; day = addCalendarDays(day, 1)) {
      for (const n of [1, 2, 5]) {
        const result = subtractWorkingDays("LT", day, n);
        expect(isWorkingDay("LT", result)).toBe(true);
        let count = 0;
        for (let d = result; d < day; d = addCalendarDays(d, 1)) if (isWorkingDay("LT", d)) count += 1;
        expect(count).toBe(n);
      }
    }
  });

  it("addMonths clamps to the end of shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-30", 12)).toBe("2027-03-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("the last day before 12 months", () => {
    expect(lastDayBeforeTwelveMonths("2026-03-30")).toBe("2027-03-29");
    expect(lastDayBeforeTwelveMonths("2026-03-01")).toBe("2027-02-28");
    expect(lastDayBeforeTwelveMonths("2028-03-01")).toBe("2029-02-28");
    expect(lastDayBeforeTwelveMonths("2027-03-01")).toBe("2028-02-29");
  });
});

describe("the form schema", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };
  const valid = { direction: "to-lithuania", role: "employer", sector: "electrical", length: "up_to_30_days", construction: "yes", start: "2026-03-30" };

  it("turns valid answers into checker input", () => {
    expect(parseForm(checkerSchema, form(valid))).toEqual({
      ok: true,
      data: { direction: "to-lithuania", role: "employer", sector: "electrical", expectedLength: "up_to_30_days", construction: true, startDate: "2026-03-30" },
    });
    const withoutStart = parseForm(checkerSchema, form({ ...valid, construction: "no", start: " " }));
    expect(withoutStart).toEqual({
      ok: true,
      data: { direction: "to-lithuania", role: "employer", sector: "electrical", expectedLength: "up_to_30_days", construction: false },
    });
  });

  it("gives one checker error key per missing answer and keeps the values", () => {
    const result = parseForm(checkerSchema, form({ sector: "", start: "" }));
    expect(result).toEqual({
      ok: false,
      errors: {
        direction: "errors.directionRequired",
        role: "errors.roleRequired",
        sector: "errors.sectorRequired",
        length: "errors.lengthRequired",
        construction: "errors.constructionRequired",
      },
      values: { sector: "", start: "" },
    });
  });

  it.each([
    ["2026-02-30", "errors.startInvalid"],
    ["30.03.2026", "errors.startInvalid"],
    ["tomorrow", "errors.startInvalid"],
    ["1999-12-31", "errors.startRange"],
    ["2100-01-01", "errors.startRange"],
  ])("refuses the start date %s", (start, key) => {
    const result = parseForm(checkerSchema, form({ ...valid, start }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual({ start: key });
      expect(result.values.start).toBe(start);
    }
  });

  it("refuses unknown codes", () => {
    const result = parseForm(checkerSchema, form({ ...valid, direction: "to-sweden", sector: "mining", length: "forever", role: "boss", construction: "maybe" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["construction", "direction", "length", "role", "sector"]);
  });

  it("every error key has a text in every locale", () => {
    for (const key of ["directionRequired", "roleRequired", "sectorRequired", "lengthRequired", "constructionRequired", "startInvalid", "startRange"]) {
      for (const locale of LOCALES) expect(lookup(texts[locale], `errors.${key}`)).toEqual(expect.any(String));
    }
  });

  it("knows a submission from a bare visit, and writes the query back", () => {
    expect(isCheckerSubmission(new URLSearchParams(""))).toBe(false);
    expect(isCheckerSubmission(new URLSearchParams("utm_source=x"))).toBe(false);
    expect(isCheckerSubmission(new URLSearchParams("sector="))).toBe(true);
    const input: CheckerInput = { direction: "to-norway", role: "worker", sector: "cleaning", expectedLength: "over_12_months", construction: false, startDate: "2026-03-30" };
    const query = checkerQuery(input);
    expect(query).toBe("direction=to-norway&role=worker&sector=cleaning&length=over_12_months&construction=no&start=2026-03-30");
    expect(parseForm(checkerSchema, form(Object.fromEntries(new URLSearchParams(query))))).toEqual({ ok: true, data: input });
  });
});

describe("figures come from the register", () => {
  const all = (input: CheckerInput) => buildChecklist(input, LEGAL_FIGURES, TODAY).items;
  /** The `{{name}}` placeholders of a text, other than `date` (deadline dates, formatted by the caller). */
  const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((n) => n !== "date");

  it("every figure the checker uses is in the register today", () => {
    for (const key of checkerFigureKeys()) expect(figureOn(LEGAL_FIGURES, key, TODAY), key).toBeDefined();
  });

  it.each(combinations.map((input) => [label(input), input] as const))("every placeholder of %s has its figure", (_, input) => {
    for (const entry of all(input)) {
      const names = new Set(Object.keys(entry.figures).flatMap((name) => [name, `${name}Since`]));
      for (const locale of LOCALES) {
        const texts_ = [`${entry.key}.title`, `${entry.key}.body`, ...entry.detailKeys, ...(entry.deadlineKey ? [`${entry.deadlineKey}.rule`] : [])];
        for (const key of texts_) {
          for (const name of placeholders(lookup(texts[locale], key))) expect(names.has(name), `${locale} ${key}: {{${name}}}`).toBe(true);
        }
      }
    }
  });

  it("no checker text types a legal figure: they are placeholders", () => {
    const items = lookup(texts.en, "items") as Record<string, unknown>;
    for (const locale of LOCALES) {
      const json = JSON.stringify(lookup(texts[locale], "items")) + JSON.stringify(lookup(texts[locale], "details")) + JSON.stringify(lookup(texts[locale], "deadlines"));
      // Money, percentages and the durations the register holds never appear as bare numbers.
      expect(json, locale).not.toMatch(/\d[\d ,.]*\s?(kr|NOK|€|EUR|%)/);
      expect(json, locale).not.toMatch(/\b(14|8|6|12|18|24|30|40|200)\s(days?|dager|dien\w*|months?|måneder|mėnes\w*|hours?|timer|valand\w*)/);
    }
    expect(Object.keys(items)).toEqual(["toNorway", "toLithuania"]);
  });

  it("uses the value in force on the start date, and today's without one", () => {
    const input: CheckerInput = { direction: "to-norway", role: "worker", sector: "construction", expectedLength: "up_to_6_months", construction: true };
    const rates = (startDate?: string) => item({ ...input, ...(startDate ? { startDate } : {}) }, "minimumPay")?.figures;
    expect(rates()?.skilled?.value).toBe(26432);
    expect(rates("2025-01-10")?.skilled).toMatchObject({ value: 25030, validFrom: "2024-11-01" });
    expect(rates("2024-01-10")?.skilled).toMatchObject({ value: 23830, validFrom: "2023-06-15" });
    // Before the recorded history: today's value rather than none.
    expect(rates("2019-05-01")?.skilled?.value).toBe(26432);
  });

  it("computes deadlines from the register's values", () => {
    const register = LEGAL_FIGURES.map((f) => (f.key === "no.rf1199.deadline-days" ? { ...f, value: 10 } : f));
    const input: CheckerInput = { direction: "to-norway", role: "employer", sector: "other", expectedLength: "up_to_6_months", construction: false, startDate: "2026-03-30" };
    const rf1199 = buildChecklist(input, register, TODAY).items.find((i) => i.id === "rf1199");
    expect(rf1199?.deadline).toBe("2026-04-09");
    expect(rf1199?.figures.days?.value).toBe(10);
  });

  it("fails loudly when the register lacks a figure it needs", () => {
    const input: CheckerInput = { direction: "to-norway", role: "worker", sector: "other", expectedLength: "up_to_6_months", construction: false };
    const register = LEGAL_FIGURES.filter((f) => f.key !== "no.id-check.deadline-days");
    expect(() => buildChecklist(input, register, TODAY)).toThrow(/no.id-check.deadline-days/);
  });
});

describe("the corrected rules, in every language", () => {
  const norway = { direction: "to-norway", sector: "other", expectedLength: "up_to_6_months", construction: false } as const;
  const lithuania = { direction: "to-lithuania", sector: "other", expectedLength: "up_to_6_months", construction: false } as const;
  const text = (locale: (typeof LOCALES)[number], key: string, part: "title" | "body") => String(lookup(texts[locale], `${key}.${part}`));

  it("RF-1199: the Norwegian client reports the assignment, the contractor its workers (RF-1198), the worker nothing", () => {
    const worker = item({ ...norway, role: "worker" }, "rf1199")!;
    const employer = item({ ...norway, role: "employer" }, "rf1199")!;
    const client = { en: /Norwegian client/, nb: /norske oppdragsgiveren/, lt: /Norvegijos užsakovas/ };
    const notYourself = { en: /You do not report yourself/, nb: /Du skal ikke rapportere selv/, lt: /Patiems pranešti nereikia/ };
    for (const locale of LOCALES) {
      for (const entry of [worker, employer]) {
        const body = text(locale, entry.key, "body");
        expect(body, locale).toMatch(client[locale]);
        expect(body, locale).toMatch(/RF-1199[\s\S]*RF-1198/);
      }
      expect(text(locale, worker.key, "body"), locale).toMatch(notYourself[locale]);
    }
    expect(employer.figures).toMatchObject({ threshold: { value: 2_000_000, currency: "NOK" }, days: { value: 14 } });
  });

  it("automotive: no minimum pay; HSE card only for manual car care; the employer's approval", () => {
    const worker = ids({ ...norway, role: "worker", sector: "automotive" });
    const employer = ids({ ...norway, role: "employer", sector: "automotive" });
    expect(NORWAY_MINIMUM_PAY_SECTORS).not.toContain("automotive");
    for (const list of [worker, employer]) {
      expect(list).toContain("noMinimumPay");
      expect(list).not.toContain("minimumPay");
      expect(list).not.toContain("hseCard");
    }
    expect(worker).toContain("carCareHseCard");
    expect(employer).toContain("carCareApproval");
    const manual = { en: /manual car care/, nb: /manuell bilpleie/, lt: /rankin\S+ automobilių priežiūr/ };
    for (const locale of LOCALES) {
      expect(text(locale, "items.toNorway.carCareHseCard.worker", "body"), locale).toMatch(manual[locale]);
      expect(text(locale, "items.toNorway.carCareApproval.employer", "body"), locale).toMatch(manual[locale]);
      for (const role of ["worker", "employer"]) expect(text(locale, `items.toNorway.hseCard.${role}`, "body"), locale).not.toMatch(/car care|bilpleie|automobil/);
    }
    // Car care on a building site is construction work: the full HSE card item and construction pay.
    expect(ids({ ...norway, role: "worker", sector: "automotive", construction: true })).toEqual(expect.arrayContaining(["hseCard", "minimumPay"]));
  });

  it("cleaning employers are told about Arbeidstilsynet's approval", () => {
    expect(ids({ ...norway, role: "employer", sector: "cleaning" })).toContain("cleaningApproval");
    expect(ids({ ...norway, role: "worker", sector: "cleaning" })).not.toContain("cleaningApproval");
    const approved = { en: /approved by the Labour Inspection Authority/, nb: /godkjent av Arbeidstilsynet/, lt: /patvirtinta Norvegijos darbo inspekcijos/ };
    for (const locale of LOCALES) expect(text(locale, "items.toNorway.cleaningApproval.employer", "body"), locale).toMatch(approved[locale]);
  });

  it("travel, board and lodging: travel within Norway only, in the four sectors with the clause", () => {
    for (const sector of ["construction", "shipbuilding", "electrical", "cleaning"] as const) expect(ids({ ...norway, role: "worker", sector }), sector).toContain("travelBoardLodging");
    for (const sector of ["agriculture", "hospitality", "freight_transport", "tour_buses", "fish_processing", "automotive", "other"] as const) {
      expect(ids({ ...norway, role: "worker", sector }), sector).not.toContain("travelBoardLodging");
    }
    const withinNorway = { en: /within Norway/, nb: /innenlands i Norge/, lt: /Norvegijos viduje/ };
    const since = { en: /1 December 2018/, nb: /1\. desember 2018/, lt: /2018 m\. gruodžio 1 d\./ };
    for (const locale of LOCALES) {
      for (const role of ["worker", "employer"]) {
        const body = text(locale, `items.toNorway.travelBoardLodging.${role}`, "body");
        expect(body, `${locale} ${role}`).toMatch(withinNorway[locale]);
        expect(body, `${locale} ${role}`).toMatch(since[locale]);
      }
    }
  });

  it("VDI notification: before the worker starts work", () => {
    const entry = item({ ...lithuania, role: "employer", startDate: "2026-03-30" }, "vdiNotification")!;
    expect(entry).toMatchObject({ deadlineKey: "deadlines.beforeStart", deadline: "2026-03-30" });
    const before = { en: /before (you start|the worker starts) work/, nb: /før (du begynner|arbeidstakeren begynner) å arbeide/, lt: /prieš (Jums|darbuotojui) pradedant dirbti/ };
    for (const locale of LOCALES) {
      for (const role of ["worker", "employer"]) {
        const body = text(locale, `items.toLithuania.vdiNotification.${role}`, "body");
        expect(body, `${locale} ${role}`).toMatch(before[locale]);
        expect(body, `${locale} ${role}`).not.toMatch(/no later than the day|senest den dagen|ne vėliau kaip .*pradžios dieną/);
      }
      expect(String(lookup(texts[locale], "deadlines.beforeStart.rule"))).toMatch({ en: /^Before/, nb: /^Før/, lt: /^Prieš/ }[locale]);
    }
  });

  it("D number below 6 months; a national identity number from 6 months", () => {
    expect(ids({ ...norway, role: "worker", expectedLength: "up_to_6_months" })).toContain("dNumber");
    expect(ids({ ...norway, role: "worker", expectedLength: "up_to_12_months" })).toContain("longStayNumber");
    expect(item({ ...norway, role: "worker" }, "dNumber")?.figures.months?.value).toBe(6);
    const identityNumber = { en: /national identity number/, nb: /fødselsnummer/, lt: /asmens kodą/ };
    const lessThanSix = { en: /less than 6 months/, nb: /under 6 måneder/, lt: /mažiau nei 6 mėnesių/ };
    const sixOrMore = { en: /^6 months or more/, nb: /^6 måneder eller mer/, lt: /^6 mėnesiai ar daugiau/ };
    for (const locale of LOCALES) {
      for (const role of ["worker", "employer"]) expect(text(locale, `items.toNorway.longStayNumber.${role}`, "body"), locale).toMatch(identityNumber[locale]);
      // The answers' boundary matches the rule: "up to 6 months" means less than 6.
      expect(String(lookup(texts[locale], "form.length.up_to_6_months")), locale).toMatch(lessThanSix[locale]);
      expect(String(lookup(texts[locale], "form.length.up_to_12_months")), locale).toMatch(sixOrMore[locale]);
    }
  });

  it("construction in Lithuania: the transparent-worker ID (Sodra QR code, since 1 April 2022)", () => {
    expect(ids({ ...lithuania, role: "worker", construction: true })).toContain("transparentWorkerId");
    expect(ids({ ...lithuania, role: "employer", sector: "construction" })).toContain("transparentWorkerId");
    expect(ids({ ...lithuania, role: "worker" })).not.toContain("transparentWorkerId");
    const since = { en: /1 April 2022/, nb: /1\. april 2022/, lt: /2022 m\. balandžio 1 d\./ };
    for (const locale of LOCALES) {
      for (const role of ["worker", "employer"]) {
        const body = text(locale, `items.toLithuania.transparentWorkerId.${role}`, "body");
        expect(body, `${locale} ${role}`).toMatch(since[locale]);
        expect(body, `${locale} ${role}`).toMatch(/QR/);
      }
    }
  });

  it("Norwegian texts use «det litauiske arbeidstilsynet (Valstybinė darbo inspekcija, VDI)», not «Litauens arbeidstilsyn»", () => {
    expect(JSON.stringify(texts.nb)).not.toMatch(/Litauens arbeidstilsyn/);
  });
});
