// The repository's register (db/seed/legal-figures) and its use: well-formed records, one value in force per key
// and day, deep source links; and every `{{fig key}}` in the rights Markdown and the checker's strings has a value
// in force today. An unknown or expired key fails here (pages would show a "figure missing" marker).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";
import { FIGURE_COUNTRIES, FIGURE_UNITS, figureKeysIn, missingFigureKeys } from "~/domain/legal-figures";

const ROOT = join(import.meta.dirname, "../..");
const TODAY = new Date().toISOString().slice(0, 10);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), ending) : entry.name.endsWith(ending) ? [join(dir, entry.name)] : [],
  );
}

describe("the repository's register", () => {
  it.each(LEGAL_FIGURES.map((f) => [`${f.key}@${f.validFrom}`, f] as const))("%s is well-formed", (_, figure) => {
    expect(figure.key).toMatch(/^(no|lt|eu)\.[a-z0-9][a-z0-9.-]*[a-z0-9]$/);
    expect(FIGURE_COUNTRIES).toContain(figure.country);
    expect(figure.key.startsWith(`${figure.country.toLowerCase()}.`)).toBe(true);
    expect(FIGURE_UNITS).toContain(figure.unit);
    expect(Boolean(figure.currency)).toBe(figure.unit === "money" || figure.unit === "money-per-hour");
    if (figure.currency) expect(Number.isInteger(figure.value)).toBe(true); // minor units
    expect(figure.validFrom).toMatch(ISO_DATE);
    if (figure.validTo) expect(figure.validTo >= figure.validFrom).toBe(true);
    expect(figure.checkedOn).toMatch(ISO_DATE);
    expect(figure.checkedBy.trim()).not.toBe("");
    const source = new URL(figure.source);
    expect(source.protocol).toBe("https:");
    expect(source.pathname.length + source.search.length + source.hash.length, "a deep link, not a home page").toBeGreaterThan(1);
  });

  it("has one record per key and start date, and values of a key that do not overlap", () => {
    const ids = LEGAL_FIGURES.map((f) => `${f.key}@${f.validFrom}`);
    expect(new Set(ids).size).toBe(ids.length);
    const byKey = new Map<string, typeof LEGAL_FIGURES>();
    for (const figure of LEGAL_FIGURES) byKey.set(figure.key, [...(byKey.get(figure.key) ?? []), figure]);
    for (const [key, values] of byKey) {
      const ordered = [...values].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      ordered.slice(0, -1).forEach((value, index) => {
        if (value.validTo) expect(value.validTo < ordered[index + 1]!.validFrom, `${key} ${value.validFrom}`).toBe(true);
      });
    }
  });
});

describe("placeholders in public content", () => {
  const sources = [
    ...files(join(ROOT, "db/content"), ".md"),
    ...["nb", "lt", "en"].map((locale) => join(ROOT, "locales", locale, "checker.json")),
  ];

  it.each(sources.map((file) => [relative(ROOT, file), file] as const))("%s refers only to figures in force today", (_, file) => {
    const text = readFileSync(file, "utf8");
    expect(missingFigureKeys(text, LEGAL_FIGURES, TODAY), `keys of ${figureKeysIn(text).length} placeholders`).toEqual([]);
  });
});
