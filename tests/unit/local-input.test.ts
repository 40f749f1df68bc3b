import { describe, expect, it } from "vitest";
import { parseLocalAmount, parseLocalDate } from "~/lib/local-input";

describe("parseLocalDate", () => {
  it("accepts ISO dates in every locale", () => {
    for (const locale of ["nb", "lt", "en"] as const) {
      expect(parseLocalDate("2026-03-30", locale)).toBe("2026-03-30");
      expect(parseLocalDate(" 2026-03-30 ", locale)).toBe("2026-03-30");
    }
  });

  it("accepts the Norwegian day.month.year, with or without leading zeros", () => {
    expect(parseLocalDate("30.03.2026", "nb")).toBe("2026-03-30");
    expect(parseLocalDate("30.3.2026", "nb")).toBe("2026-03-30");
    expect(parseLocalDate("1.1.2027", "nb")).toBe("2027-01-01");
  });

  it("accepts the Lithuanian year.month.day, with an optional final dot", () => {
    expect(parseLocalDate("2026.03.30", "lt")).toBe("2026-03-30");
    expect(parseLocalDate("2026.03.30.", "lt")).toBe("2026-03-30");
    expect(parseLocalDate("2026-3-30", "lt")).toBe("2026-03-30");
  });

  it("does not read one locale's order in another (30.03.2026 is not Lithuanian, 2026.03.30 not Norwegian)", () => {
    expect(parseLocalDate("30.03.2026", "lt")).toBeNull();
    expect(parseLocalDate("2026.03.30", "nb")).toBeNull();
    expect(parseLocalDate("30.03.2026", "en")).toBeNull();
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(parseLocalDate("31.02.2026", "nb")).toBeNull();
    expect(parseLocalDate("29.02.2026", "nb")).toBeNull();
    expect(parseLocalDate("29.02.2028", "nb")).toBe("2028-02-29");
    expect(parseLocalDate("2026.13.01", "lt")).toBeNull();
    expect(parseLocalDate("2026-04-31", "en")).toBeNull();
    expect(parseLocalDate("00.01.2026", "nb")).toBeNull();
  });

  it("rejects text that is not a date", () => {
    for (const text of ["", "   ", "kovo 30", "30/03/2026", "2026-03-30T10:00", "30.03.26", "2026-003-30", "neste mandag"]) {
      expect(parseLocalDate(text, "nb"), text).toBeNull();
      expect(parseLocalDate(text, "lt"), text).toBeNull();
    }
  });
});

describe("parseLocalAmount", () => {
  it("accepts the decimal comma and grouping spaces in nb and lt", () => {
    for (const locale of ["nb", "lt"] as const) {
      expect(parseLocalAmount("1 500,50", locale)).toEqual({ value: 1500.5 });
      expect(parseLocalAmount("1\u00A0500,50", locale)).toEqual({ value: 1500.5 });
      expect(parseLocalAmount("1\u202F500,50", locale)).toEqual({ value: 1500.5 });
      expect(parseLocalAmount("1500,50", locale)).toEqual({ value: 1500.5 });
      expect(parseLocalAmount("1 500", locale)).toEqual({ value: 1500 });
      expect(parseLocalAmount("12 345 678,9", locale)).toEqual({ value: 12345678.9 });
      expect(parseLocalAmount(" 0,5 ", locale)).toEqual({ value: 0.5 });
      expect(parseLocalAmount("0", locale)).toEqual({ value: 0 });
    }
  });

  it("accepts a point decimal in nb/lt only where it cannot be a thousands mark", () => {
    expect(parseLocalAmount("1500.50", "nb")).toEqual({ value: 1500.5 });
    expect(parseLocalAmount("1.500", "nb")).toEqual({ error: "invalid" });
    expect(parseLocalAmount("1.500,50", "lt")).toEqual({ error: "invalid" });
  });

  it("accepts the English grouping comma and decimal point", () => {
    expect(parseLocalAmount("1,500.50", "en")).toEqual({ value: 1500.5 });
    expect(parseLocalAmount("1500.50", "en")).toEqual({ value: 1500.5 });
    expect(parseLocalAmount("1,500", "en")).toEqual({ value: 1500 });
    expect(parseLocalAmount("1500,5", "en")).toEqual({ value: 1500.5 });
    expect(parseLocalAmount("1 500,50", "en")).toEqual({ error: "invalid" });
  });

  it("refuses negative amounts with their own reason", () => {
    expect(parseLocalAmount("-1 500,50", "nb")).toEqual({ error: "negative" });
    expect(parseLocalAmount("\u22121500", "lt")).toEqual({ error: "negative" });
    expect(parseLocalAmount("- 20", "en")).toEqual({ error: "negative" });
    expect(parseLocalAmount("-abc", "nb")).toEqual({ error: "invalid" });
  });

  it("refuses words, currencies and malformed numbers", () => {
    for (const text of ["", "   ", "apie 15 eurų", "15 EUR", "kr 200", "15 €", "1,2,3", "1 50,00", "1 5000", "1,", ",5", "1e5", "Infinity", "NaN", "0x10", "1 500,50,1"]) {
      expect(parseLocalAmount(text, "nb"), text).toEqual({ error: "invalid" });
      expect(parseLocalAmount(text, "lt"), text).toEqual({ error: "invalid" });
    }
  });

  it("refuses amounts too large to be exact", () => {
    expect(parseLocalAmount("12345678901234", "nb")).toEqual({ error: "invalid" });
    expect(parseLocalAmount("1234567890123", "nb")).toEqual({ value: 1234567890123 });
  });
});
