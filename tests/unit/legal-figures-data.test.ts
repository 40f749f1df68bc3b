// The seed records of the register of legal figures (db/seed/legal-figures): complete, dated, sourced, with
// history that does not overlap, so that every key has exactly one value on any day it is known.
import { describe, expect, it } from "vitest";
import { FIGURE_COUNTRIES, FIGURE_PLACEHOLDER, FIGURE_UNITS, figureOn } from "~/domain/legal-figures";
import { isIsoDate } from "~/domain/working-days";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";

const TODAY = "2026-12-02";
/** Sites whose pages state the figures: the authorities, the law databases and EU law. */
const OFFICIAL_HOSTS = ["lovdata.no", "www.arbeidstilsynet.no", "www.skatteetaten.no", "info.altinn.no", "www.vdi.lt", "www.sodra.lt", "www.e-tar.lt", "eur-lex.europa.eu", "www.regjeringen.no"];

describe("the register's seed records", () => {
  it("holds at least 25 figures, each well formed", () => {
    expect(LEGAL_FIGURES.length).toBeGreaterThanOrEqual(25);
    for (const figure of LEGAL_FIGURES) {
      const label = `${figure.key} from ${figure.validFrom}`;
      expect(`{{fig ${figure.key}}}`.match(FIGURE_PLACEHOLDER), label).not.toBeNull();
      expect(figure.key.startsWith(`${figure.country.toLowerCase()}.`), label).toBe(true);
      expect(FIGURE_COUNTRIES).toContain(figure.country);
      expect(FIGURE_UNITS).toContain(figure.unit);
      expect(Number.isFinite(figure.value) && figure.value > 0, label).toBe(true);
      if (figure.unit === "money" || figure.unit === "money-per-hour") {
        expect(figure.currency, label).toBeDefined();
        expect(Number.isInteger(figure.value), `${label}: money in minor units`).toBe(true);
      } else expect(figure.currency, label).toBeUndefined();
      expect(isIsoDate(figure.validFrom), label).toBe(true);
      if (figure.validTo !== undefined) expect(isIsoDate(figure.validTo) && figure.validTo >= figure.validFrom, label).toBe(true);
      expect(isIsoDate(figure.checkedOn) && figure.checkedOn <= TODAY, label).toBe(true);
      expect(figure.checkedBy.trim(), label).not.toBe("");
      expect(figure.note.length, label).toBeGreaterThan(20);
    }
  });

  it("links every figure to a deep page of an official source, not a home page", () => {
    for (const figure of LEGAL_FIGURES) {
      const url = new URL(figure.source);
      expect(url.protocol, figure.key).toBe("https:");
      expect(OFFICIAL_HOSTS, figure.key).toContain(url.hostname);
      expect(url.pathname.replace(/\/$/, "").split("/").filter(Boolean).length, `${figure.key}: ${figure.source}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps history without overlaps: one value per key on any day, and a current one for every key", () => {
    const byKey = new Map<string, typeof LEGAL_FIGURES>();
    for (const figure of LEGAL_FIGURES) byKey.set(figure.key, [...(byKey.get(figure.key) ?? []), figure]);
    for (const [key, records] of byKey) {
      const sorted = [...records].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (const [i, record] of sorted.entries()) {
        const next = sorted[i + 1];
        if (next) expect(record.validTo !== undefined && record.validTo < next.validFrom, `${key} ${record.validFrom}`).toBe(true);
        else expect(record.validTo, `${key}: the newest record is open`).toBeUndefined();
      }
      expect(figureOn(LEGAL_FIGURES, key, TODAY), key).toBeDefined();
    }
  });

  it("has the construction rates from 15 June 2025 and the ones they replaced", () => {
    expect(figureOn(LEGAL_FIGURES, "no.min-pay.construction.skilled", TODAY)).toMatchObject({ value: 26432, validFrom: "2025-06-15" });
    expect(figureOn(LEGAL_FIGURES, "no.min-pay.construction.unskilled", TODAY)).toMatchObject({ value: 23961, validFrom: "2025-06-15" });
    expect(figureOn(LEGAL_FIGURES, "no.min-pay.construction.unskilled-experienced", TODAY)).toMatchObject({ value: 24900, validFrom: "2025-06-15" });
    expect(figureOn(LEGAL_FIGURES, "no.min-pay.construction.skilled", "2025-06-14")).toMatchObject({ value: 25030, validTo: "2025-06-14" });
    expect(figureOn(LEGAL_FIGURES, "no.min-pay.construction.skilled", "2023-06-15")?.value).toBe(23830);
    expect(figureOn(LEGAL_FIGURES, "lt.minimum-monthly-wage", "2026-01-01")).toMatchObject({ value: 115_300, currency: "EUR" });
    expect(figureOn(LEGAL_FIGURES, "lt.minimum-monthly-wage", "2025-12-31")?.value).toBe(103_800);
  });

  it("has no minimum rate for car care: it is not a minimum-pay sector", () => {
    expect(LEGAL_FIGURES.filter((f) => /automotive|car-care/.test(f.key))).toEqual([]);
  });
});

describe("the rights pages' placeholders", () => {
  it("name only figures the register holds today", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "../../db/content/rights");
    const used = new Set<string>();
    for (const direction of readdirSync(root))
      for (const slug of readdirSync(join(root, direction)))
        for (const file of readdirSync(join(root, direction, slug))) {
          const text = readFileSync(join(root, direction, slug, file), "utf8");
          for (const match of text.matchAll(FIGURE_PLACEHOLDER)) used.add(match[1]!);
          // A placeholder never sits in a heading or in the front matter, where it would not be rendered.
          expect(text.split("\n").filter((line) => /^(#+ |title:|summary:)/.test(line) && line.includes("{{fig")), `${direction}/${slug}/${file}`).toEqual([]);
        }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(figureOn(LEGAL_FIGURES, key, TODAY), key).toBeDefined();
  });
});
