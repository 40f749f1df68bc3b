import { describe, expect, it } from "vitest";
import { countryName, formatDate, formatMoney, formatNumber, formatPercent, keepNumberRangesTogether } from "~/lib/format";
import { isLocale, localeAlias, localeOfPath, pathInLocale } from "~/lib/i18n";

describe("locale paths", () => {
  it("recognises only the three locales", () => {
    expect(["nb", "lt", "en"].every(isLocale)).toBe(true);
    expect(["no", "NB", "", "de", undefined, 3].some(isLocale)).toBe(false);
  });

  it("maps Norwegian aliases to Bokmål", () => {
    expect(localeAlias("no")).toBe("nb");
    expect(localeAlias("NN")).toBe("nb");
    expect(localeAlias("de")).toBeUndefined();
  });

  it("reads the locale from a path", () => {
    expect(localeOfPath("/lt/rights/to-norway")).toBe("lt");
    expect(localeOfPath("/lt")).toBe("lt");
    expect(localeOfPath("/")).toBeUndefined();
    expect(localeOfPath("/lithuania")).toBeUndefined();
  });

  it("swaps the locale and keeps the rest of the path", () => {
    expect(pathInLocale("/lt/rights/to-norway", "nb")).toBe("/nb/rights/to-norway");
    expect(pathInLocale("/en", "lt")).toBe("/lt");
    expect(pathInLocale("/no/contacts", "nb")).toBe("/nb/contacts");
  });
});

describe("formatting per locale (GLOSSARY §9)", () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

  it("formats long dates", () => {
    expect(formatDate("2026-11-22", "nb")).toBe("22. november 2026");
    expect(formatDate("2026-11-22", "lt")).toBe("2026 m. lapkričio 22 d.");
    expect(formatDate("2026-11-22", "en")).toBe("22 November 2026");
  });

  it("formats numeric dates", () => {
    expect(formatDate("2026-11-22", "nb", "numeric")).toBe("22.11.2026");
    expect(formatDate("2026-11-22", "lt", "numeric")).toBe("2026-11-22");
    expect(formatDate("2026-11-22", "en", "numeric")).toBe("22/11/2026");
  });

  it("formats numbers with the locale's separators", () => {
    expect(nbsp(formatNumber(1234567.89, "nb", 2))).toBe("1 234 567,89");
    expect(nbsp(formatNumber(1234567.89, "lt", 2))).toBe("1 234 567,89");
    expect(formatNumber(1234567.89, "en", 2)).toBe("1,234,567.89");
  });

  it("formats money from minor units", () => {
    expect(nbsp(formatMoney(115300, "EUR", "lt"))).toBe("1 153,00 €");
    expect(formatMoney(115300, "EUR", "en")).toBe("€1,153.00");
    expect(nbsp(formatMoney(23830, "NOK", "nb"))).toBe("238,30 kr");
  });

  it("formats percentages", () => {
    expect(nbsp(formatPercent(0.125, "nb"))).toBe("12,5 %");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
  });

  it("names countries in the reader's language", () => {
    expect(countryName("LT", "nb")).toBe("Litauen");
    expect(countryName("NO", "lt")).toBe("Norvegija");
    expect(countryName("NO", "en")).toBe("Norway");
  });
});

describe("number ranges", () => {
  it("joins the dash of a range to the number after it, and nothing else", () => {
    expect(keepNumberRangesTogether("Aktivitetsprogram 2017–18")).toBe("Aktivitetsprogram 2017–\u206018");
    expect(keepNumberRangesTogether("2016–2017 m. bandomasis projektas")).toBe("2016–\u20602017 m. bandomasis projektas");
    expect(keepNumberRangesTogether("Samarbeid for anstendig arbeid – 2019")).toBe("Samarbeid for anstendig arbeid – 2019");
    expect(keepNumberRangesTogether("NO–LT")).toBe("NO–LT");
  });
});

describe("case references", async () => {
  const { CASE_REFERENCE, EXCHANGE_REFERENCE, INSPECTION_REFERENCE, caseReference } = await import("~/domain/references");
  it("are made and recognised the same way for every agreement slug", () => {
    expect(caseReference("EX", "no-lt", 2026, 42)).toBe("EX-NO-LT-2026-0042");
    expect(caseReference("JI", "syn-ag12", 2024, 7)).toBe("JI-SYN-AG12-2024-0007");
    expect(EXCHANGE_REFERENCE.test("EX-NO-LT-2026-0042")).toBe(true);
    expect(EXCHANGE_REFERENCE.test("EX-SYN-AG12-2026-0322")).toBe(true);
    expect(INSPECTION_REFERENCE.test("JI-NO-LT-2026-0007")).toBe(true);
    expect(CASE_REFERENCE.test("JI-NO-LT-2026-0007")).toBe(true);
    for (const bad of ["EX-NO-LT-26-0042", "EX--2026-0042", "ex-no-lt-2026-0042", "EX-NO-LT-2026-0042/../x", "JI-NO-LT-2026-42"]) {
      expect(CASE_REFERENCE.test(bad), bad).toBe(false);
    }
  });
});
