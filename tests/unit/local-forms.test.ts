// The forms read dates and amounts in the reader's own format (docs/local-formats.md): the same answers typed
// the Norwegian, Lithuanian or ISO way give the same result, and a negative amount has its own message.
import { describe, expect, it } from "vitest";
import { buildChecklist } from "~/domain/posting-checker";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";
import { formatAmountForInput, formatDateTime, formatEnterprise, formatQuarter } from "~/lib/format";
import { parseForm } from "~/lib/forms";
import { periodSchemaFor } from "~/lib/schemas/agreements";
import { checkerSchemaFor } from "~/lib/schemas/checker";
import { amountToMinorUnits, newExchangeSchemaFor } from "~/lib/schemas/exchanges";
import { newViolationSchemaFor } from "~/lib/schemas/violations";
import { localDateFilter } from "~/lib/schemas/local-fields";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("the checker reads the start date in the reader's format", () => {
  const answers = { direction: "to-norway", role: "employer", sector: "cleaning", length: "up_to_6_months", construction: "no" };

  it("30.03.2026 in Norwegian gives the same checklist as 2026-03-30", () => {
    const norwegian = parseForm(checkerSchemaFor("nb"), form({ ...answers, start: "30.03.2026" }));
    const iso = parseForm(checkerSchemaFor("nb"), form({ ...answers, start: "2026-03-30" }));
    expect(norwegian.ok && iso.ok).toBe(true);
    if (!norwegian.ok || !iso.ok) return;
    expect(norwegian.data.startDate).toBe("2026-03-30");
    expect(buildChecklist(norwegian.data, LEGAL_FIGURES, "2026-03-01")).toEqual(buildChecklist(iso.data, LEGAL_FIGURES, "2026-03-01"));
    expect(parseForm(checkerSchemaFor("nb"), form({ ...answers, start: "30.3.2026" }))).toEqual(norwegian);
  });

  it("2026.03.30 in Lithuanian is the same date", () => {
    const result = parseForm(checkerSchemaFor("lt"), form({ ...answers, start: "2026.03.30" }));
    expect(result.ok && result.data.startDate).toBe("2026-03-30");
  });

  it("refuses an impossible or foreign-format date, keeping what was typed", () => {
    for (const [locale, start] of [["nb", "31.02.2026"], ["lt", "30.03.2026"], ["nb", "2026.03.30"]] as const) {
      const result = parseForm(checkerSchemaFor(locale), form({ ...answers, start }));
      expect(result).toEqual({ ok: false, errors: { start: "errors.startInvalid" }, values: { ...answers, start } });
    }
    const early = parseForm(checkerSchemaFor("nb"), form({ ...answers, start: "31.12.1999" }));
    expect(early.ok ? null : early.errors).toEqual({ start: "errors.startRange" });
  });
});

describe("the checker does not ask about construction work once the sector is construction", () => {
  const answers = { direction: "to-lithuania", role: "employer", sector: "construction", length: "up_to_30_days" };

  it("needs no construction answer for the construction sector, and counts it as construction work", () => {
    const result = parseForm(checkerSchemaFor("en"), form(answers));
    expect(result.ok && result.data.construction).toBe(true);
    const contradicting = parseForm(checkerSchemaFor("en"), form({ ...answers, construction: "no" }));
    expect(contradicting.ok && contradicting.data.construction).toBe(true);
  });

  it("still asks for other sectors", () => {
    const result = parseForm(checkerSchemaFor("en"), form({ ...answers, sector: "electrical" }));
    expect(result.ok ? null : result.errors).toEqual({ construction: "errors.constructionRequired" });
  });
});

describe("amounts with a decimal comma and spaces", () => {
  const violation = {
    sourceKind: "exchange",
    sourceRef: "EX-NO-LT-2026-0001",
    category: "pay",
    description: "Underpaid.",
    sanction: "fine",
    fineCurrency: "EUR",
  };

  it.each(["nb", "lt"] as const)("1 500,50 is accepted as a fine in %s, and stored as 150050 cents", (locale) => {
    for (const fineAmount of ["1 500,50", "1\u00A0500,50", "1500,50"]) {
      const result = parseForm(newViolationSchemaFor(locale, "2026-12-02"), form({ ...violation, foundOn: "2026-03-30", fineAmount }));
      expect(result.ok, fineAmount).toBe(true);
      if (result.ok) expect(amountToMinorUnits(result.data.fineAmount)).toBe(150050);
    }
  });

  it("1,500.50 is the English way of writing it", () => {
    const result = parseForm(newViolationSchemaFor("en", "2026-12-02"), form({ ...violation, foundOn: "2026-03-30", fineAmount: "1,500.50" }));
    expect(result.ok && amountToMinorUnits(result.data.fineAmount)).toBe(150050);
  });

  it("refuses a negative amount with its own message, and words with the usual one", () => {
    const negative = parseForm(newViolationSchemaFor("lt", "2026-12-02"), form({ ...violation, foundOn: "2026-03-30", fineAmount: "-1 500,50" }));
    expect(negative.ok ? null : negative.errors.fineAmount).toBe("exchange.errors.amountNegative");
    const words = parseForm(newViolationSchemaFor("lt", "2026-12-02"), form({ ...violation, foundOn: "2026-03-30", fineAmount: "apie 15 eurų" }));
    expect(words.ok ? null : words.errors.fineAmount).toBe("exchange.errors.amountInvalid");
    const thirdDecimal = parseForm(newViolationSchemaFor("nb", "2026-12-02"), form({ ...violation, foundOn: "2026-03-30", fineAmount: "10,555" }));
    expect(thirdDecimal.ok ? null : thirdDecimal.errors.fineAmount).toBe("exchange.errors.amountInvalid");
  });

  it("reads the date found in the reader's format", () => {
    const result = parseForm(newViolationSchemaFor("nb", "2026-12-02"), form({ ...violation, foundOn: "30.03.2026", fineAmount: "100" }));
    expect(result.ok && result.data.foundOn).toBe("2026-03-30");
  });

  it("the new-request form reads the penalty amount and date the same way", () => {
    const schema = newExchangeSchemaFor("nb");
    const base = { agreementId: "1", type: "information_request", urgency: "standard", subject: "S", freeQuestions: "Q" };
    const ok = parseForm(schema, form({ ...base, penaltyAmount: "2 550,00", enforceableOn: "01.10.2026" }));
    expect(ok.ok && [ok.data.penaltyAmount, ok.data.enforceableOn]).toEqual(["2550.00", "2026-10-01"]);
    const negative = parseForm(schema, form({ ...base, penaltyAmount: "-5" }));
    expect(negative.ok ? null : negative.errors.penaltyAmount).toBe("exchange.errors.amountNegative");
  });

  it("the project-period form normalises the budget and the funding amounts", () => {
    const result = parseForm(
      periodSchemaFor("lt"),
      form({ slug: "2026", nameNb: "A", nameLt: "A", nameEn: "A", startsOn: "2026.01.01", endsOn: "2026-12-31", budget: "1 000 000,00", fundingSource0: "eea_norway_grants", fundingShare0: "85", fundingAmount0: "850 000,50" }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.startsOn).toBe("2026-01-01");
      expect(result.data.budget).toBe("1000000.00");
      expect((result.data as Record<string, unknown>).fundingAmount0).toBe("850000.50");
    }
    const negative = parseForm(periodSchemaFor("nb"), form({ slug: "2026", nameNb: "A", nameLt: "A", nameEn: "A", startsOn: "2026-01-01", endsOn: "2026-12-31", fundingAmount1: "-3" }));
    expect(negative.ok ? null : negative.errors.fundingAmount1).toBe("exchange.errors.amountNegative");
  });
});

describe("what people read", () => {
  it("shows a stored instant in the reader's zone (Oslo for nb and en, Vilnius for lt), with the zone in English", () => {
    expect(formatDateTime("2026-03-30T12:05:00.000Z", "nb")).toBe("30.03.2026, 14:05");
    expect(formatDateTime("2026-03-30T12:05:00.000Z", "lt")).toBe("2026-03-30 15:05");
    expect(formatDateTime("2026-01-10T12:05:00.000Z", "en")).toBe("10/01/2026, 13:05 CET");
  });

  it("writes quarters in words", () => {
    expect(formatQuarter("2017-Q2", "nb")).toBe("2. kvartal 2017");
    expect(formatQuarter("2017-Q2", "lt")).toBe("2. ketvirtis 2017");
    expect(formatQuarter("2017-Q2", "en")).toBe("Q2 2017");
    expect(formatQuarter("2017", "en")).toBe("2017");
  });

  it("labels an enterprise's registration number", () => {
    expect(formatEnterprise("UAB Statyba", "LT", "304120014", "lt")).toBe("UAB Statyba (įmonės kodas 304120014)");
    expect(formatEnterprise("Bygg AS", "NO", "923609016", "nb")).toBe("Bygg AS (org.nr. 923609016)");
    expect(formatEnterprise("Firma", "PL", "123", "en")).toBe("Firma (registration number 123)");
  });

  it("gives an amount back in the format the form reads", () => {
    expect(formatAmountForInput(150050, "nb").replace(/\s/g, " ")).toBe("1 500,50");
    expect(formatAmountForInput(150050, "en")).toBe("1,500.50");
  });
});

describe("joint-inspection forms read dates in the reader's format", () => {
  it("the plan and follow-up forms, and the workflow's date fields", async () => {
    const { followUpSchemaFor, planSchemaFor, transitionFields } = await import("~/lib/schemas/inspections");
    const plan = parseForm(planSchemaFor("nb"), form({ version: "3", inspectionOn: "11.10.2022", meetingPoint: "Brakkerigg" }));
    expect(plan.ok && plan.data.inspectionOn).toBe("2022-10-11");
    const followUp = parseForm(followUpSchemaFor("lt"), form({ version: "3", description: "Patikrinti", owner: "1", dueOn: "2022.11.01" }));
    expect(followUp.ok && followUp.data.dueOn).toBe("2022-11-01");
    const wrong = parseForm(followUpSchemaFor("lt"), form({ version: "3", description: "Patikrinti", owner: "1", dueOn: "01.11.2022" }));
    expect(wrong.ok ? null : wrong.errors.dueOn).toBe("workflow.dateInvalid");
    expect(transitionFields("accept", { "accept-date": "30.3.2026" }, "nb").date).toBe("2026-03-30");
    expect(transitionFields("counter_propose", { "counter_propose-from": "2026.04.01", "counter_propose-to": "2026.04.03" }, "lt").proposedDates).toEqual(["2026-04-01", "2026-04-03"]);
    // What does not parse is passed on as typed, for the workflow to refuse with its own message.
    expect(transitionFields("accept", { "accept-date": "31.02.2026" }, "nb").date).toBe("31.02.2026");
  });
});

describe("date filters on list pages read the reader's format", () => {
  it("turns a typed date into ISO, and anything else into no filter", () => {
    expect(localDateFilter("nb").parse("30.03.2026")).toBe("2026-03-30");
    expect(localDateFilter("lt").parse("2026.03.30")).toBe("2026-03-30");
    expect(localDateFilter("en").parse("2026-03-30")).toBe("2026-03-30");
    expect(localDateFilter("nb").parse("2026-03-30")).toBe("2026-03-30");
    expect(localDateFilter("en").parse("30.03.2026")).toBeUndefined();
    expect(localDateFilter("nb").parse("31.02.2026")).toBeUndefined();
    expect(localDateFilter("nb").parse("")).toBeUndefined();
    expect(localDateFilter("nb").parse(undefined)).toBeUndefined();
    expect(localDateFilter("nb").parse(["2026-03-30"])).toBeUndefined();
  });
});
