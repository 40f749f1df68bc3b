// The three locales must offer the same keys, no empty strings, and the plural forms each language needs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = ["nb", "lt", "en"] as const;
const LOCALES_DIR = join(import.meta.dirname, "../../locales");
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The plural categories CLDR defines for each language (what i18next looks up). */
const REQUIRED_PLURALS: Record<(typeof LOCALES)[number], string[]> = {
  nb: ["one", "other"],
  en: ["one", "other"],
  lt: ["one", "few", "many", "other"],
};

function flatten(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, value);
  return out;
}

function load(locale: string): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const file of readdirSync(join(LOCALES_DIR, locale)).filter((f) => f.endsWith(".json"))) {
    const parsed = JSON.parse(readFileSync(join(LOCALES_DIR, locale, file), "utf8")) as unknown;
    for (const [key, value] of flatten(parsed)) all.set(`${file}:${key}`, value);
  }
  return all;
}

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<(typeof LOCALES)[number], Map<string, unknown>>;
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, "")));

describe("locale files", () => {
  it("have the same namespace files in every locale", () => {
    const files = LOCALES.map((l) => readdirSync(join(LOCALES_DIR, l)).sort().join(","));
    expect(new Set(files).size).toBe(1);
  });

  it.each(["nb", "lt"] as const)("%s has exactly the English keys (plural forms aside)", (locale) => {
    const english = baseKeys(byLocale.en.keys());
    const other = baseKeys(byLocale[locale].keys());
    expect([...english].filter((k) => !other.has(k)), "missing").toEqual([]);
    expect([...other].filter((k) => !english.has(k)), "extra").toEqual([]);
  });

  it.each(LOCALES)("%s has no empty or non-string values", (locale) => {
    const bad = [...byLocale[locale]].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)("%s has every plural category its language needs", (locale) => {
    const pluralBases = new Set(
      [...LOCALES.flatMap((l) => [...byLocale[l].keys()])].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, "")),
    );
    const missing: string[] = [];
    for (const base of pluralBases) {
      for (const category of REQUIRED_PLURALS[locale]) {
        if (!byLocale[locale].has(`${base}_${category}`)) missing.push(`${base}_${category}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("%s keeps the same {{placeholders}} as English", (locale) => {
    const placeholders = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(",");
    const mismatched: string[] = [];
    for (const [key, value] of byLocale[locale]) {
      const englishValue = byLocale.en.get(key) ?? byLocale.en.get(key.replace(PLURAL_SUFFIX, "_other"));
      if (englishValue !== undefined && placeholders(englishValue) !== placeholders(value)) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });
});
