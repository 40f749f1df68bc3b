// The register of legal figures: validity, formatting per locale (incl. Lithuanian plurals) and rendering of
// `{{fig key}}` placeholders in rights Markdown.
import { describe, expect, it } from "vitest";
import {
  figureAsAt,
  figureKeysIn,
  figureOn,
  figureText,
  formatFigureValue,
  missingFigureKeys,
  renderFigurePlaceholders,
  type LegalFigure,
} from "~/domain/legal-figures";

const base = {
  country: "NO",
  topic: "construction",
  unit: "money-per-hour",
  currency: "NOK",
  source: "https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190",
  checkedBy: "test",
  note: "",
} as const;
const oldRate: LegalFigure = { ...base, key: "no.min-pay.construction.skilled", value: 25000, validFrom: "2024-06-15", validTo: "2025-06-14", checkedOn: "2024-07-01" };
const newRate: LegalFigure = { ...base, key: "no.min-pay.construction.skilled", value: 26432, validFrom: "2025-06-15", checkedOn: "2026-12-02" };
const deadline: LegalFigure = { ...base, key: "lt.notification.deadline", country: "LT", topic: "notification", unit: "days", currency: undefined, value: 14, validFrom: "2020-01-01", checkedOn: "2026-11-01" };
const figures = [oldRate, newRate, deadline];

describe("figureOn", () => {
  it("picks the value in force on the day, the old one up to and including its last day", () => {
    expect(figureOn(figures, oldRate.key, "2025-06-14")?.value).toBe(25000);
    expect(figureOn(figures, oldRate.key, "2025-06-15")?.value).toBe(26432);
    expect(figureOn(figures, oldRate.key, "2030-01-01")?.value).toBe(26432);
  });
  it("has nothing before the first value and for an unknown key", () => {
    expect(figureOn(figures, oldRate.key, "2024-06-14")).toBeUndefined();
    expect(figureOn(figures, "no.such.key", "2026-01-01")).toBeUndefined();
  });
});

describe("formatFigureValue", () => {
  it("formats money per hour in each locale", () => {
    expect(formatFigureValue(newRate, "en")).toBe("NOK\u00a0264.32 per hour");
    expect(formatFigureValue(newRate, "nb")).toMatch(/^264,32\s?kr per time$/);
    expect(formatFigureValue(newRate, "lt")).toMatch(/^264,32\s?NOK per valandą$/);
  });
  it("formats percentages with the locale's decimal sign", () => {
    const holidayPay = { value: 10.2, unit: "percent" } as const;
    expect(formatFigureValue(holidayPay, "en")).toBe("10.2\u00a0%");
    expect(formatFigureValue(holidayPay, "nb")).toBe("10,2\u00a0%");
    expect(formatFigureValue(holidayPay, "lt")).toBe("10,2\u00a0%");
  });
  it("uses singular and plural in nb and en", () => {
    expect(formatFigureValue({ value: 1, unit: "working-days" }, "en")).toBe("1\u00a0working day");
    expect(formatFigureValue({ value: 8, unit: "days" }, "en")).toBe("8\u00a0days");
    expect(formatFigureValue({ value: 1, unit: "days" }, "nb")).toBe("1\u00a0dag");
    expect(formatFigureValue({ value: 14, unit: "days" }, "nb")).toBe("14\u00a0dager");
  });
  it("uses the three Lithuanian forms: 1 and 21 (one), 2–9 and 22 (few), 10–20 and 30 (genitive plural)", () => {
    const days = (value: number) => formatFigureValue({ value, unit: "days" }, "lt");
    expect(days(1)).toBe("1\u00a0diena");
    expect(days(21)).toBe("21\u00a0diena");
    expect(days(8)).toBe("8\u00a0dienos");
    expect(days(22)).toBe("22\u00a0dienos");
    expect(days(14)).toBe("14\u00a0dienų");
    expect(days(30)).toBe("30\u00a0dienų");
    expect(formatFigureValue({ value: 12, unit: "months" }, "lt")).toBe("12\u00a0mėnesių");
    expect(formatFigureValue({ value: 24, unit: "months" }, "lt")).toBe("24\u00a0mėnesiai");
    expect(formatFigureValue({ value: 20, unit: "working-days" }, "lt")).toBe("20\u00a0darbo dienų");
  });
});

describe("figureText and figureAsAt", () => {
  it("gives the checker the value in force as plain text, or null", () => {
    expect(figureText(figures, deadline.key, "en", "2026-12-02")).toBe("14\u00a0days");
    expect(figureText(figures, deadline.key, "lt", "2026-12-02")).toBe("14\u00a0dienų");
    expect(figureText(figures, deadline.key, "en", "2019-12-31")).toBeNull();
    expect(figureText(figures, "no.such.key", "en", "2026-12-02")).toBeNull();
  });
  it("dates a figure by its last check, but never before it took effect", () => {
    expect(figureAsAt(newRate)).toBe("2026-12-02");
    expect(figureAsAt({ validFrom: "2027-01-01", checkedOn: "2026-12-02" })).toBe("2027-01-01");
  });
});

describe("renderFigurePlaceholders", () => {
  const markdown = "Skilled workers earn at least {{fig no.min-pay.construction.skilled}}. Notify within {{fig lt.notification.deadline}}.";

  it("replaces every placeholder with the value, the as-at date and a source link, per locale", () => {
    const en = renderFigurePlaceholders(markdown, "en", figures, "2026-12-02");
    expect(en).toBe(
      "Skilled workers earn at least NOK\u00a0264.32 per hour (as at 2 December 2026, [source](https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190)). " +
        "Notify within 14\u00a0days (as at 1 November 2026, [source](https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190)).",
    );
    const nb = renderFigurePlaceholders(markdown, "nb", figures, "2026-12-02");
    expect(nb).toContain("(per 2. desember 2026, [kilde](https://lovdata.no/");
    const lt = renderFigurePlaceholders(markdown, "lt", figures, "2026-12-02");
    expect(lt).toContain("14\u00a0dienų (2026 m. lapkričio 1 d. duomenimis, [šaltinis](https://lovdata.no/");
    for (const text of [en, nb, lt]) expect(text).not.toContain("{{fig");
  });

  it("uses the value in force on the given day", () => {
    expect(renderFigurePlaceholders("{{fig no.min-pay.construction.skilled}}", "en", figures, "2025-01-01")).toContain("NOK\u00a0250.00 per hour");
  });

  it("shows a visible marker for a key without a value, never the raw placeholder", () => {
    const text = renderFigurePlaceholders("Rate: {{fig no.unknown.rate}}.", "en", figures, "2026-12-02");
    expect(text).toBe("Rate: **[figure missing: no.unknown.rate]**.");
    expect(renderFigurePlaceholders("{{fig no.unknown.rate}}", "nb", figures, "2026-12-02")).toContain("tall mangler");
    expect(renderFigurePlaceholders("{{fig no.unknown.rate}}", "lt", figures, "2026-12-02")).toContain("trūksta duomens");
  });

  it("keeps a source link with parentheses or spaces inside the Markdown link", () => {
    const odd = { ...deadline, key: "x.odd", source: "https://example.org/a (b)" };
    expect(renderFigurePlaceholders("{{fig x.odd}}", "en", [odd], "2026-12-02")).toContain("(https://example.org/a%20%28b%29))");
  });

  it("lists the keys a text uses and those missing on a day", () => {
    expect(figureKeysIn(markdown + " {{fig lt.notification.deadline}}")).toEqual(["no.min-pay.construction.skilled", "lt.notification.deadline"]);
    expect(missingFigureKeys(markdown, figures, "2026-12-02")).toEqual([]);
    expect(missingFigureKeys(markdown, figures, "2024-01-01")).toEqual(["no.min-pay.construction.skilled"]);
  });
});
