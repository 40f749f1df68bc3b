// The register of legal figures: every number the public side states (rates, thresholds, deadlines, limits,
// fines) is one dated, sourced record. Pages, the checker and search draw figures from here by key, so the three
// languages cannot disagree on a number and every figure says how old it is and where it comes from.
import { formatDate, formatMoney, formatNumber } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import enFigures from "../../locales/en/figures.json";
import ltFigures from "../../locales/lt/figures.json";
import nbFigures from "../../locales/nb/figures.json";

export const FIGURE_UNITS = [
  "money", // minor units (øre, cents) of `currency`
  "money-per-hour", // minor units of `currency` per hour
  "percent", // value in percent: 10.2 means 10.2 %
  "days", // calendar days
  "working-days",
  "weeks",
  "months",
  "years",
  "hours",
  "hours-per-week",
  "count",
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_COUNTRIES = ["NO", "LT", "EU"] as const;
export type FigureCountry = (typeof FIGURE_COUNTRIES)[number];

/** One dated value of a legal figure. A new value is a new record; the one it replaces gets `validTo`. */
export interface LegalFigure {
  /** Stable key, e.g. `no.min-pay.construction.skilled`: country, subject, details. */
  key: string;
  country: FigureCountry;
  /** The rights topic slug it belongs to most (for grouping on /figures), e.g. `pay`, `construction`. */
  topic: string;
  value: number;
  unit: FigureUnit;
  /** ISO 4217, for money units only. */
  currency?: "NOK" | "EUR";
  /** ISO date the value applies from. */
  validFrom: string;
  /** ISO date of the last day it applies, when a later value replaced it. */
  validTo?: string;
  /** Deep link to the official page (regulation, authority's page) that states this value. */
  source: string;
  /** ISO date someone last confirmed the value at the source, and who. */
  checkedOn: string;
  checkedBy: string;
  /** A short note in English (what it is, conditions); shown beside the figure on /figures. */
  note: string;
}

/** `{{fig no.min-pay.construction.skilled}}` in rights Markdown: replaced by the figure's current value. */
export const FIGURE_PLACEHOLDER = /\{\{fig ([a-z0-9][a-z0-9.-]*[a-z0-9])\}\}/g;

/** The record of `key` in force on `onDate` (ISO), if any. */
export function figureOn(figures: readonly LegalFigure[], key: string, onDate: string): LegalFigure | undefined {
  return figures.find((f) => f.key === key && f.validFrom <= onDate && (f.validTo === undefined || onDate <= f.validTo));
}

const UNIT_WORDS: Record<Exclude<FigureUnit, "money" | "money-per-hour" | "percent">, Record<Locale, [one: string, other: string]>> = {
  days: { en: ["day", "days"], nb: ["dag", "dager"], lt: ["diena", "dienos"] },
  "working-days": { en: ["working day", "working days"], nb: ["virkedag", "virkedager"], lt: ["darbo diena", "darbo dienos"] },
  weeks: { en: ["week", "weeks"], nb: ["uke", "uker"], lt: ["savaitė", "savaitės"] },
  months: { en: ["month", "months"], nb: ["måned", "måneder"], lt: ["mėnuo", "mėnesiai"] },
  years: { en: ["year", "years"], nb: ["år", "år"], lt: ["metai", "metai"] },
  hours: { en: ["hour", "hours"], nb: ["time", "timer"], lt: ["valanda", "valandos"] },
  "hours-per-week": { en: ["hour a week", "hours a week"], nb: ["time i uken", "timer i uken"], lt: ["valanda per savaitę", "valandos per savaitę"] },
  count: { en: ["", ""], nb: ["", ""], lt: ["", ""] },
};

/** Lithuanian needs three plural forms (1, 2–9, 10+/teens); this is the genitive plural for the last. */
const LT_GENITIVE_PLURAL: Partial<Record<FigureUnit, string>> = {
  days: "dienų",
  "working-days": "darbo dienų",
  weeks: "savaičių",
  months: "mėnesių",
  years: "metų",
  hours: "valandų",
  "hours-per-week": "valandų per savaitę",
};

function unitWord(unit: keyof typeof UNIT_WORDS, value: number, locale: Locale): string {
  const [one, other] = UNIT_WORDS[unit][locale];
  if (locale !== "lt") return value === 1 ? one : other;
  const rule = new Intl.PluralRules("lt-LT").select(value);
  if (rule === "one") return one;
  if (rule === "few") return other;
  return LT_GENITIVE_PLURAL[unit] ?? other;
}

/** The value as a reader sees it: "NOK 264.32 per hour" / "264,32 kr per time" / "14 days" / "10,2 %". */
export function formatFigureValue(figure: Pick<LegalFigure, "value" | "unit" | "currency">, locale: Locale): string {
  const { value, unit } = figure;
  if (unit === "money" || unit === "money-per-hour") {
    const money = formatMoney(value, figure.currency ?? "NOK", locale);
    if (unit === "money") return money;
    return `${money} ${{ en: "per hour", nb: "per time", lt: "per valandą" }[locale]}`;
  }
  if (unit === "percent") return `${formatNumber(value, locale, 2)}\u00a0%`;
  const word = unitWord(unit, value, locale);
  const number = formatNumber(value, locale, 2);
  return word ? `${number}\u00a0${word}` : number;
}

// The words around an inline figure come from the `figures` namespace, so they are translated and parity-tested
// like every other string (static JSON imports: no I/O, and the same in server and browser).

const INLINE_WORDS: Record<Locale, { asAt: string; source: string; missing: string }> = {
  en: enFigures.inline,
  nb: nbFigures.inline,
  lt: ltFigures.inline,
};

/** Every key a text refers to with `{{fig key}}`, in order of first use. */
export function figureKeysIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIGURE_PLACEHOLDER)].map((m) => m[1]!))];
}

/** Keys a text refers to that have no value in force on `today`: a test fails on any; pages show a marker. */
export function missingFigureKeys(text: string, figures: readonly LegalFigure[], today: string): string[] {
  return figureKeysIn(text).filter((key) => !figureOn(figures, key, today));
}

/**
 * The date a reader sees beside a figure ("as at …"): the day the value was last confirmed at its source, but
 * never earlier than the day it took effect (a value entered ahead of time was not "the value" before then).
 * See docs/decisions/0020-legal-figures-register.md.
 */
export function figureAsAt(figure: Pick<LegalFigure, "validFrom" | "checkedOn">): string {
  return figure.checkedOn > figure.validFrom ? figure.checkedOn : figure.validFrom;
}

/** The value of `key` in force on `today` as plain text in `locale`, for the checker; null when there is none. */
export function figureText(figures: readonly LegalFigure[], key: string, locale: Locale, today: string): string | null {
  const figure = figureOn(figures, key, today);
  return figure ? formatFigureValue(figure, locale) : null;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);

/** Markdown link text and target must not break out of `[…](…)`. */
const LINK_ESCAPES: Record<string, string> = { "(": "%28", ")": "%29", " ": "%20" };
const markdownLinkTarget = (url: string) => url.replace(/[() ]/g, (c) => LINK_ESCAPES[c] ?? c);

/**
 * Replaces every `{{fig key}}` in rights Markdown by the value in force on `today` in `locale`, followed by
 * "(as at <date>, [source](link))". A key without a value in force becomes a visible "figure missing" marker,
 * never a raw placeholder. Pages and the search index both call this, so they say the same (the index leaves out
 * the marker: renderFigurePlaceholdersForSearch).
 */
export function renderFigurePlaceholders(markdown: string, locale: Locale, figures: readonly LegalFigure[], today: string): string {
  const words = INLINE_WORDS[locale];
  return markdown.replace(FIGURE_PLACEHOLDER, (_whole, key: string) => {
    const figure = figureOn(figures, key, today);
    if (!figure) return `**[${fill(words.missing, { key })}]**`;
    const asAt = fill(words.asAt, { date: formatDate(figureAsAt(figure), locale) });
    return `${formatFigureValue(figure, locale)} (${asAt}, [${words.source}](${markdownLinkTarget(figure.source)}))`;
  });
}

/**
 * Rights Markdown as the search index holds it: figures as on the page, but a key without a value in force adds
 * nothing. The page's "figure missing: no.long-posting.months" marker is for editors; indexed, the key's words
 * ("long-posting", "months") would match readers' words and typo corrections on every page that lacks a figure.
 */
export function renderFigurePlaceholdersForSearch(markdown: string, locale: Locale, figures: readonly LegalFigure[], today: string): string {
  const present = markdown.replace(FIGURE_PLACEHOLDER, (whole, key: string) => (figureOn(figures, key, today) ? whole : ""));
  return renderFigurePlaceholders(present, locale, figures, today);
}

/** The ISO day before `isoDate`. */
export function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * A new value ends the one before it: for every key, each value that has a later one and no end date of its own
 * gets `validTo` = the day before the later value's `validFrom`. Returns only the values to change.
 */
export function endDatesForSupersededValues(figures: readonly Pick<LegalFigure, "key" | "validFrom" | "validTo">[]): { key: string; validFrom: string; validTo: string }[] {
  const byKey = new Map<string, Pick<LegalFigure, "key" | "validFrom" | "validTo">[]>();
  for (const figure of figures) byKey.set(figure.key, [...(byKey.get(figure.key) ?? []), figure]);
  const changes: { key: string; validFrom: string; validTo: string }[] = [];
  for (const values of byKey.values()) {
    const ordered = [...values].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    ordered.forEach((value, index) => {
      const next = ordered[index + 1];
      if (next && value.validTo === undefined) changes.push({ key: value.key, validFrom: value.validFrom, validTo: dayBefore(next.validFrom) });
    });
  }
  return changes;
}

/** Figures whose last check is older than `reviewMonths` before `today`: the editors' "due for review" list. */
export function figuresDueForReview<F extends Pick<LegalFigure, "checkedOn" | "validTo">>(figures: readonly F[], today: string, reviewMonths: number): F[] {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - reviewMonths);
  const cutoff = limit.toISOString().slice(0, 10);
  // Values that have ended are history: nobody needs to check them again.
  return figures.filter((f) => (f.validTo === undefined || f.validTo >= today) && f.checkedOn < cutoff).sort((a, b) => a.checkedOn.localeCompare(b.checkedOn));
}

/** A value as an editor types it (kroner, euros, days …) → as the register stores it (money in minor units). */
export function figureValueFromInput(amount: number, unit: FigureUnit): number {
  return unit === "money" || unit === "money-per-hour" ? Math.round(amount * 100) : amount;
}
