// The register of legal figures: every number the public side states (rates, thresholds, deadlines, limits,
// fines) is one dated, sourced record. Pages, the checker and search draw figures from here by key, so the three
// languages cannot disagree on a number and every figure says how old it is and where it comes from.
import { formatMoney, formatNumber } from "~/lib/format";
import type { Locale } from "~/lib/i18n";

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
