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
  CHECKER_ROLES,
  DEADLINE_KEYS,
  EXPECTED_LENGTHS,
  isConstructionWork,
  lastDayBeforeTwelveMonths,
  NORWAY_HSE_CARD_SECTORS,
  NORWAY_MINIMUM_PAY_SECTORS,
  subtractWorkingDays,
  TOPIC_SLUGS,
  type CheckerInput,
  type ChecklistItemId,
} from "~/domain/posting-checker";
import { RIGHTS_DIRECTIONS, SECTORS, type Sector } from "~/domain/vocabulary";
import { addCalendarDays, isIsoDate, isWorkingDay } from "~/domain/working-days";
import { parseForm } from "~/lib/forms";
import { checkerQuery, checkerSchema, isCheckerSubmission } from "~/lib/schemas/checker";

const ROOT = join(import.meta.dirname, "../..");
const LOCALES = ["en", "nb", "lt"] as const;
const texts = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, "locales", l, "checker.json"), "utf8")) as unknown]),
) as Record<(typeof LOCALES)[number], unknown>;

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const ids = (input: CheckerInput) => buildChecklist(input).items.map((item) => item.id);
const item = (input: CheckerInput, id: ChecklistItemId) => buildChecklist(input).items.find((i) => i.id === id);

const NO_ONLY: ChecklistItemId[] = ["noPostingDeclaration", "rf1199", "idCheck", "dNumber", "longStayNumber", "hseCard", "minimumPay", "noMinimumPay", "travelBoardLodging", "housing"];
const LT_ONLY: ChecklistItemId[] = ["vdiNotification", "vdiNotificationNotRequired", "sodraLdu", "equalPay", "minimumWage"];

// 2 directions × 2 roles × 12 sectors × 4 lengths × 2 construction answers = 384 combinations.
const combinations = allInputs();
const label = (i: CheckerInput) => `${i.direction} ${i.role} ${i.sector} ${i.expectedLength} construction=${i.construction}`;

describe("every combination of answers", () => {
  it("covers all 384 combinations", () => {
    expect(combinations).toHaveLength(RIGHTS_DIRECTIONS.length * CHECKER_ROLES.length * SECTORS.length * EXPECTED_LENGTHS.length * 2);
    expect(new Set(combinations.map(label)).size).toBe(combinations.length);
  });

  it.each(combinations.map((input) => [label(input), input] as const))("%s", (_, input) => {
    const withoutDate = buildChecklist(input);
    const withDate = buildChecklist({ ...input, startDate: "2026-03-30" });
    const list = withoutDate.items.map((i) => i.id);

    // Well-formed, stable and identical with or without a start date (apart from the dates).
    expect(list.length).toBeGreaterThanOrEqual(6);
    expect(new Set(list).size).toBe(list.length);
    expect(withDate.items.map((i) => i.id)).toEqual(list);
    expect(buildChecklist(input)).toEqual(withoutDate);
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
      expect(list.includes("travelBoardLodging")).toBe(construction);
      expect(withDate.items.find((i) => i.id === "rf1199")?.deadline).toBe("2026-04-13");
      expect(withDate.items.find((i) => i.id === "idCheck")?.deadline).toBe("2026-04-07");
    } else {
      const notify = input.expectedLength !== "up_to_30_days" || construction;
      expect(list.includes("vdiNotification")).toBe(notify);
      expect(list.includes("vdiNotificationNotRequired")).toBe(employer && !notify);
      expect(list.includes("sodraLdu")).toBe(employer);
      expect(list).toEqual(expect.arrayContaining(["equalPay", "minimumWage"]));
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
      const worker = buildChecklist(input).items.map((i) => i.key);
      const employer = buildChecklist({ ...input, role: "employer" }).items.map((i) => i.key);
      expect(worker.filter((k) => employer.includes(k))).toEqual([]);
      expect(worker.every((k) => k.endsWith(".worker"))).toBe(true);
      expect(employer.every((k) => k.endsWith(".employer"))).toBe(true);
    }
  });

  it("does not change its input", () => {
    const input: CheckerInput = { direction: "to-norway", role: "employer", sector: "construction", expectedLength: "over_12_months", construction: true, startDate: "2026-03-30" };
    const copy = structuredClone(input);
    buildChecklist(input);
    expect(input).toEqual(copy);
  });

  it("refuses a malformed start date", () => {
    const input: CheckerInput = { direction: "to-norway", role: "worker", sector: "other", expectedLength: "up_to_30_days", construction: false };
    expect(() => buildChecklist({ ...input, startDate: "2026-02-30" })).toThrow(RangeError);
    expect(() => buildChecklist({ ...input, startDate: "30.03.2026" })).toThrow(RangeError);
  });

  it("only links to topics that exist, and lists every topic folder it knows of", () => {
    for (const direction of RIGHTS_DIRECTIONS) {
      for (const slug of TOPIC_SLUGS[direction]) expect(existsSync(join(ROOT, "db/content/rights", direction, slug)), `${direction}/${slug}`).toBe(true);
    }
  });

  it("has every item text in every locale", () => {
    const keys = allItemKeys();
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
    const checklist = buildChecklist(input);
    const byId = Object.fromEntries(checklist.items.map((i) => [i.id, i]));
    expect(byId.rf1199).toMatchObject({ deadlineKey: "deadlines.within14DaysAfterStart", deadline: "2026-04-13" });
    expect(byId.rf1199?.topicLinks).toEqual([{ direction: "to-norway", slug: "reporting-to-the-tax-administration" }]);
    expect(byId.idCheck).toMatchObject({ deadlineKey: "deadlines.within8DaysOfArrival", deadline: "2026-04-07" });
    expect(byId.minimumPay?.detailKeys).toEqual(["details.rates.construction"]);
    expect(byId.minimumPay?.topicLinks.map((l) => l.slug)).toEqual(["pay", "construction"]);
    expect(byId.hseCard?.topicLinks.map((l) => l.slug)).toEqual(["hse-card", "construction"]);
    expect(byId.travelBoardLodging?.topicLinks.map((l) => l.slug)).toEqual(["construction"]);
  });

  it("worker posted to Norway as a cleaner: HSE card and minimum pay, no travel cover, no posting-declaration item", () => {
    const list = ids({ ...base, direction: "to-norway", role: "worker", sector: "cleaning" });
    expect(list).toEqual(["a1Certificate", "rf1199", "idCheck", "dNumber", "hseCard", "minimumPay", "workingTime", "housing", "documents", "help"]);
    expect(item({ ...base, direction: "to-norway", role: "worker", sector: "cleaning" }, "minimumPay")?.detailKeys).toEqual(["details.rates.cleaning"]);
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
    // An electrician on a building site: the electrical agreement's rate, and both pages.
    const electrician: CheckerInput = { ...input, sector: "electrical" };
    expect(item(electrician, "minimumPay")?.detailKeys).toEqual(["details.rates.electrical"]);
    expect(item(electrician, "minimumPay")?.topicLinks.map((l) => l.slug)).toEqual(["pay", "electrical", "construction"]);
  });

  it("minimum-pay sectors without an example rate get no rate paragraph", () => {
    expect(item({ ...base, direction: "to-norway", role: "worker", sector: "shipbuilding" }, "minimumPay")?.detailKeys).toEqual([]);
    expect(item({ ...base, direction: "to-norway", role: "worker", sector: "freight_transport" }, "minimumPay")?.detailKeys).toEqual(["details.rates.freightTransport"]);
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
    expect(ids(input)).toEqual(["a1Certificate", "vdiNotification", "sodraLdu", "equalPay", "minimumWage", "workingTime", "documents", "help"]);
    expect(item(input, "vdiNotification")).toMatchObject({ deadlineKey: "deadlines.noLaterThanStart", deadline: "2026-03-30" });
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
