import { describe, expect, it } from "vitest";
import { csvDocument, csvField, csvNumber } from "~/lib/csv";
import { parseStrictCsv } from "../support/strict-csv";

describe("CSV in the reader's spreadsheet format", () => {
  it("writes numbers without grouping and with the local decimal mark", () => {
    expect(csvNumber(2550, "nb", 2)).toBe("2550,00");
    expect(csvNumber(2550, "lt", 2)).toBe("2550,00");
    expect(csvNumber(2550, "en", 2)).toBe("2550.00");
    expect(csvNumber(85.25, "nb", 1)).toBe("85,3");
    expect(csvNumber(12, "lt")).toBe("12");
  });

  it("quotes a field only when it holds the separator, a quote or a line break", () => {
    expect(csvField("2550,00", "nb")).toBe("2550,00");
    expect(csvField("a;b", "nb")).toBe('"a;b"');
    expect(csvField("a,b", "en")).toBe('"a,b"');
    expect(csvField('say "hi"', "lt")).toBe('"say ""hi"""');
    expect(csvField("two\nlines", "en")).toBe('"two\nlines"');
    expect(csvField("Pažeidimų skaičius", "lt")).toBe("Pažeidimų skaičius");
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvField("=HYPERLINK(1)", "en")).toBe("'=HYPERLINK(1)");
    expect(csvField("-cmd", "nb")).toBe("'-cmd");
    expect(csvField("-3", "en")).toBe("-3");
    expect(csvField("-3,5", "nb")).toBe("-3,5");
  });

  it("gives a file that a strict parser reads back as the same columns, with ; in nb and lt and , in en", () => {
    const rows = [
      ["Nøkkel", "Indikator", "Verdi", "Enhet"],
      ["fines_eur", "Bøter; i euro", csvNumber(255000 / 100, "nb", 2), "EUR"],
      ["note", 'Et "sitat"', "1", "antall"],
    ];
    for (const [locale, separator] of [["nb", ";"], ["lt", ";"], ["en", ","]] as const) {
      const text = csvDocument(rows, locale);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(parseStrictCsv(text.slice(1), separator)).toEqual(rows);
    }
    expect(csvDocument(rows, "nb")).toContain("fines_eur;\"Bøter; i euro\";2550,00;EUR\r\n");
  });
});
