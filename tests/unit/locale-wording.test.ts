// What a machine can check of the native reviewers' house rules (docs/wording.md):
// banned words, «du» in Norwegian, and plural forms wherever a count is written out.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const LOCALES = ["nb", "lt", "en"] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ""): [string, string][] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, String(value)]];
}

/** Every string of a locale, keyed `file:dotted.key`. */
function strings(locale: string): [string, string][] {
  const dir = join(ROOT, "locales", locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) => flatten(JSON.parse(readFileSync(join(dir, file), "utf8"))).map(([k, v]): [string, string] => [`${file.replace(/\.json$/, "")}:${k}`, v]));
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Content pages of one locale: db/content/<area>/<direction>/<topic>/<locale>.md. */
function contentPages(locale: string): [string, string][] {
  return filesUnder(join(ROOT, "db/content"), `${locale}.md`).map((path) => [relative(ROOT, path), readFileSync(path, "utf8")]);
}

function offending(entries: [string, string][], pattern: RegExp): string[] {
  return entries.filter(([, text]) => pattern.test(text)).map(([where]) => where);
}

/** «Litauens arbeidstilsyn» is no official name: the glossary's form is «det litauiske arbeidstilsynet (…, VDI)», then «VDI». */
const UNOFFICIAL_VDI_NAME = /Litauens arbeidstilsyn/i;
/** „netikra data“ means a *fake* date; the rule is „teisinga data“. */
const FAKE_DATE = /netikr|tikr[aą]\s+dat/i;

describe("banned wording", () => {
  it("the UI strings never call VDI «Litauens arbeidstilsyn»", () => {
    expect(offending(strings("nb"), UNOFFICIAL_VDI_NAME)).toEqual([]);
  });

  it("the Lithuanian UI strings never ask for a „tikra“ / „netikra“ date", () => {
    expect(offending(strings("lt"), FAKE_DATE)).toEqual([]);
  });

  // The content pages are edited on another branch; this holds once that work is merged.
  it("the rights pages follow the same two rules", () => {
    expect(offending(contentPages("nb"), UNOFFICIAL_VDI_NAME)).toEqual([]);
    expect(offending(contentPages("lt"), FAKE_DATE)).toEqual([]);
  });
});

/**
 * Norwegian addresses the reader as «du». «dere/deres» is right only where a plural owner is meant: the coded
 * questions ask the partner authority about «landet deres», a tipster addresses the inspectorate, and a hint
 * says whose authority («myndigheten deres» = the contact points').
 */
const PLURAL_YOU_ALLOWED = [/^questions:questions\.Q\d{3}$/, /^tips:report\.anonymous\.no$/, /^common:admin\.users\.authorityHint$/];

describe("Norwegian addresses the reader as «du»", () => {
  it("uses «dere/deres» only on the allow-list", () => {
    const plural = /\b(dere|deres)\b/i;
    const found = strings("nb").filter(([key, text]) => plural.test(text) && !PLURAL_YOU_ALLOWED.some((allowed) => allowed.test(key)));
    expect(found.map(([key]) => key)).toEqual([]);
  });

  it("the allow-list is not stale: each entry still matches a string that says «deres» or «dere»", () => {
    const keys = strings("nb").filter(([, text]) => /\b(dere|deres)\b/i.test(text)).map(([key]) => key);
    for (const allowed of PLURAL_YOU_ALLOWED) expect(keys.some((key) => allowed.test(key)), String(allowed)).toBe(true);
  });
});

/**
 * A {{count}} written into a sentence needs the plural forms («1 anmodning», «2 anmodninger»; four forms in
 * Lithuanian). A count shown as a bare figure in brackets or after a colon does not agree with any word.
 */
const BARE_FIGURE_KEYS = new Set(["notifications:headerLinkUnread", "notifications:unreadSummary", "notifications:digest.overdue", "notifications:digest.dueSoon", "notifications:digest.more"]);

describe("counts have plural forms", () => {
  it.each(LOCALES)("%s: every string with {{count}} is a plural key", (locale) => {
    const missing = strings(locale)
      .filter(([key, text]) => /\{\{\s*count\s*\}\}/.test(text) && !PLURAL_SUFFIX.test(key) && !BARE_FIGURE_KEYS.has(key))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("%s: bare-figure strings really show the count as a bare figure", (locale) => {
    const bare = strings(locale).filter(([key]) => BARE_FIGURE_KEYS.has(key));
    expect(bare).toHaveLength(BARE_FIGURE_KEYS.size);
    for (const [key, text] of bare) expect(text, key).toMatch(/\(\{\{count\}\}\)|: \{\{count\}\}$|…\S* \S* ?\{\{count\}\}/);
  });

  it("outcomes.replyIntro counts its requests in every language", () => {
    for (const locale of LOCALES) {
      const keys = strings(locale).map(([key]) => key).filter((key) => key.startsWith("common:outcomes.replyIntro"));
      expect(keys.length, locale).toBeGreaterThanOrEqual(2);
      expect(keys.every((key) => PLURAL_SUFFIX.test(key)), locale).toBe(true);
    }
  });
});
