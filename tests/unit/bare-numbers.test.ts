// Guard: every number a public page or checker item states must come from the register of legal figures, as a
// `{{fig key}}` placeholder (or, in locale strings, an i18next `{{value}}` filled from the register by code).
// Scans the rights Markdown (db/content: title, summary, body) and the checker's locale strings for bare numbers
// that are not one of the NOT_LEGAL_FIGURES patterns below (dates, years, law section numbers, form numbers,
// phone numbers, EU act numbers, list numbering).
//
// KNOWN OFFENDERS: tests/unit/bare-number-offenders.json lists, per file, the bare numbers the content held when
// this guard was written. The content work of issue 13 replaces them with placeholders and removes them from that
// file until it is `{}`; a file listed there that no longer holds a number fails too, so the list only shrinks.
// After fixing content, `PRUNE_BARE_NUMBER_OFFENDERS=1 npx vitest run tests/unit/bare-numbers.test.ts` removes
// the entries that are gone (it never adds any).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const OFFENDERS_FILE = join(import.meta.dirname, "bare-number-offenders.json");
const LOCALES = ["nb", "lt", "en"] as const;

const MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const MONTHS_NB = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember";
const MONTHS_LT_GENITIVE = "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio";

/** Numbers that are not legal figures, removed before looking for bare numbers. Order matters (longest first). */
export const NOT_LEGAL_FIGURES: { why: string; pattern: RegExp }[] = [
  { why: "register placeholders and i18next interpolations", pattern: /\{\{[^}]*\}\}/g },
  {
    // The checker's first question sorts a posting into one of four length brackets (EXPECTED_LENGTHS in
    // app/domain/posting-checker.ts); its labels name the bracket's bounds. The rules those bounds lead to are
    // stated in the result texts, from the register. Only these exact labels pass, so a figure added to one fails.
    why: "the checker's expected-length answer options: categories the user picks, not rules",
    pattern:
      /^(Up to \d+ days|From \d+ days to less than \d+ months|\d+ months or more, up to \d+ months|More than \d+ months \(up to \d+ months with a notification\)|Opptil \d+ dager|Fra \d+ dager til under \d+ måneder|\d+ måneder eller mer, opptil \d+ måneder|Mer enn \d+ måneder \(opptil \d+ måneder med melding\)|Iki \d+ dienų|Nuo \d+ dienos iki mažiau nei \d+ mėnesių|\d+ mėnesiai ar daugiau, bet ne daugiau kaip \d+ mėnesių|Daugiau nei \d+ mėnesių \(iki \d+ mėnesių, pateikus pranešimą\))$/u,
  },
  { why: "link targets and web addresses", pattern: /\]\([^)]*\)|<https?:[^>]*>|https?:\/\/\S+/g },
  { why: "ISO dates", pattern: /\b\d{4}-\d{2}-\d{2}\b/g },
  { why: "a date list's first day, before a date the next patterns remove: 1 and 17 May, 1. og 17. mai", pattern: new RegExp(`\\b\\d{1,2}\\.?\\s(and|og)\\s(?=\\d{1,2}\\.?\\s(${MONTHS_EN}|${MONTHS_NB})\\b)`, "gi") },
  { why: "Lithuanian dates by ordinal day: gegužės 1-oji ir 17-oji", pattern: new RegExp(`\\b(${MONTHS_LT_GENITIVE})\\s\\d{1,2}-(oji|ąją|osios)(\\s(ir|,)\\s\\d{1,2}-(oji|ąją|osios))*`, "giu") },
  { why: "numeric example dates: 30.03.2026", pattern: /\b\d{1,2}\.\d{1,2}\.\d{4}\b/g },
  { why: "English dates", pattern: new RegExp(`\\b\\d{1,2}(st|nd|rd|th)? (${MONTHS_EN})\\.?( \\d{4})?\\b`, "g") },
  { why: "Norwegian dates", pattern: new RegExp(`\\b\\d{1,2}\\.\\s(${MONTHS_NB})( \\d{4})?\\b`, "gi") },
  { why: "Lithuanian dates", pattern: /\b\d{4}\s?m\.(\s\p{L}+\s\d{1,2}\s?d\.)?|\b\p{L}+\s\d{1,2}\s?d\./gu },
  { why: "EU and national act numbers such as 2018/957, 883/2004, 96/71/EC", pattern: /\b\d+\/\d+(\/[A-Z]+)?\b/g },
  { why: "law references before the number: § 14-9, Article 108, section 10", pattern: /(§+|\b(art|article|artikkel|artikkelen|section|chapter|kapittel|paragraf|straipsn\p{L}*|str|punkt\p{L}*|dalis|dalies|skyri\p{L}*|p|d)\.?)\s?\d+([-–.]\d+)*(\s?[a-z]\b)?/giu },
  { why: "Lithuanian law references after the number: 108 straipsnis", pattern: /\b\d+([-–.]\d+)*\s(straipsn\p{L}*|str\.|dal\p{L}*|punkt\p{L}*|skyri\p{L}*)/giu },
  { why: "form and document codes: RF-1199, A1, E101", pattern: /\b\p{Lu}[\p{L}]*-?\d+\b/gu },
  { why: "phone numbers", pattern: /\+\d{1,3}([ \u00a0]?\d){6,}|\b\d{2} \d{2} \d{2} \d{2}\b|\b112\b/g },
  { why: "clock times: opening hours, the night period (22:00, 06.00, 22 val.)", pattern: /\b\d{1,2}([.:]\d{2}\b|\s?val\.)/g },
  { why: "emergency numbers and Lithuanian local phone numbers: 110, 113, (8 5) 213 9772", pattern: /\b11[03]\b|\(\d( \d)?\)\s?\d{3}\s?\d{4}/g },
  { why: "ages in a rule's conditions: under 18, under 14 år, jaunesni nei 18 metų", pattern: /\b(under|iki)\s\d{1,2}(\s(år|metų))?\b|\bjaunesn\p{L}*\snei\s\d{1,2}\smetų/giu },
  { why: "the length of an identifier, not a rule: an 11-digit number, 11 siffer, 11 skaitmenų", pattern: /\b\d{1,2}[-\s](digit|siffer|skaitmen\p{L}*)/giu },
  { why: "the name of the tax treaty's 183-day rule", pattern: /\b183[-\s]?(day|dagers|dienų)/giu },
  { why: "years in names and dates", pattern: /\b(19|20)\d{2}\b/g },
  { why: "list and heading numbering", pattern: /^\s*(#+\s*)?\d+[.)]\s/gm },
];

export function bareNumbers(text: string): string[] {
  let rest = text;
  for (const { pattern } of NOT_LEGAL_FIGURES) rest = rest.replace(pattern, " ");
  return [...new Set(rest.match(/\d+(?:[.,]\d+)*/g) ?? [])];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : [],
  );
}

/** What readers see of a content file: title and summary from the front matter, and the body. */
function readableText(markdown: string): string {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(markdown.replace(/\r\n/g, "\n"));
  if (!match) return markdown;
  const head = (match[1] ?? "").split("\n").filter((line) => /^(title|summary):/.test(line));
  return `${head.map((line) => line.replace(/^\w+:\s*/, "")).join("\n")}\n${match[2] ?? ""}`;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function scan(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of markdownFiles(join(ROOT, "db/content")).sort()) {
    const numbers = bareNumbers(readableText(readFileSync(file, "utf8")));
    if (numbers.length) found[relative(ROOT, file)] = numbers.sort();
  }
  for (const locale of LOCALES) {
    const file = join(ROOT, "locales", locale, "checker.json");
    const numbers = [...new Set(strings(JSON.parse(readFileSync(file, "utf8"))).flatMap(bareNumbers))];
    if (numbers.length) found[relative(ROOT, file)] = numbers.sort();
  }
  return found;
}

const knownOffenders = (): Record<string, string[]> => (existsSync(OFFENDERS_FILE) ? (JSON.parse(readFileSync(OFFENDERS_FILE, "utf8")) as Record<string, string[]>) : {});

describe("the guard's patterns", () => {
  it("finds legal figures typed as bare numbers", () => {
    expect(bareNumbers("at least NOK 264.32 an hour, within 14 days, 10.2 % holiday pay, NOK 20,000")).toEqual(["264.32", "14", "10.2", "20,000"]);
    expect(bareNumbers("ne vėliau kaip per 8 dienas; 12-month limit")).toEqual(["8", "12"]);
    // An answer option's words pass only as the whole label; the same words inside a sentence do not.
    expect(bareNumbers("More than 12 months (up to 18 months with a notification), in 4 weeks")).toEqual(["12", "18", "4"]);
    expect(bareNumbers("within 11 days of the 13. måneden")).toEqual(["11", "13"]);
  });

  it("lets through what is not a legal figure", () => {
    const text = [
      "Report on form RF-1199 or RF-1198, and carry the A1 certificate.",
      "Since 1 April 2023 (15. juni 2025; 2022 m. balandžio 1 d.; nuo birželio 15 d.; 2026-11-22).",
      "Under § 14-9, Article 108, section 10 a, and Darbo kodekso 123 straipsnis; Directive (EU) 2018/957 and 96/71/EC.",
      "Call 112 or +47 73 19 97 00, or 73 19 97 00.",
      "Public holidays include 1 and 17 May (1. og 17. mai; gegužės 1-oji ir 17-oji); for example 30.03.2026.",
      "It is an 11-digit number (11 siffer; 11 skaitmenų); workers jaunesni nei 18 metų.",
      "1. First step",
      "## 2. Second step",
      "See [the regulation](https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190) and {{fig no.min-pay.construction.skilled}} and {{amount}}.",
    ].join("\n");
    expect(bareNumbers(text)).toEqual([]);
    for (const option of ["Up to 30 days", "Mer enn 12 måneder (opptil 18 måneder med melding)", "Nuo 31 dienos iki mažiau nei 6 mėnesių"]) expect(bareNumbers(option)).toEqual([]);
  });
});

describe("public pages and checker items", () => {
  const found = scan();
  const known = knownOffenders();

  if (process.env.PRUNE_BARE_NUMBER_OFFENDERS === "1") {
    const pruned = Object.fromEntries(
      Object.entries(known)
        .map(([file, numbers]) => [file, numbers.filter((n) => found[file]?.includes(n))] as const)
        .filter(([, numbers]) => numbers.length > 0),
    );
    writeFileSync(OFFENDERS_FILE, `${JSON.stringify(pruned, null, 2)}\n`);
  }

  it("state no bare number that is not a register placeholder (beyond the known offenders being removed)", () => {
    const fresh = Object.entries(found)
      .map(([file, numbers]) => [file, numbers.filter((n) => !(knownOffenders()[file] ?? []).includes(n))] as const)
      .filter(([, numbers]) => numbers.length > 0);
    expect(Object.fromEntries(fresh), "use {{fig key}} from the register (db/seed/legal-figures), or a NOT_LEGAL_FIGURES pattern if it is no legal figure").toEqual({});
  });

  it("list no known offender that is already fixed (the list only shrinks)", () => {
    const stale = Object.entries(knownOffenders())
      .map(([file, numbers]) => [file, numbers.filter((n) => !(found[file] ?? []).includes(n))] as const)
      .filter(([, numbers]) => numbers.length > 0);
    expect(Object.fromEntries(stale), `remove these from ${relative(ROOT, OFFENDERS_FILE)}`).toEqual({});
  });

  it("covers the content it is meant to", () => {
    expect(markdownFiles(join(ROOT, "db/content")).length).toBeGreaterThanOrEqual(90);
  });
});
