// Dates and amounts as people type them in their own language. Forms accept the local way of writing and
// normalise it before validation: ISO dates (`YYYY-MM-DD`) and plain numbers are what the rest of the code sees.
// The written conventions are recorded in docs/local-formats.md.
import { isIsoDate } from "~/domain/working-days";
import type { Locale } from "./i18n";

/** Spaces people (and spreadsheets, and Intl) put inside numbers: normal, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00A0\u202F\u2009]+/g;

function pad2(part: string): string {
  return part.length === 1 ? `0${part}` : part;
}

function isoIfReal(year: string, month: string, day: string): string | null {
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** ISO order, year first, with `-` (all locales) or, in Lithuanian, `.` as separator; an optional final dot in lt. */
const YEAR_FIRST_DASH = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_FIRST_DOT = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$/;
/** Norwegian order: day.month.year. */
const DAY_FIRST_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date typed by a person → ISO `YYYY-MM-DD`, or null when it is not a real date in a form we accept.
 * All locales: `2026-03-30`. nb: also `30.03.2026`, `30.3.2026`. lt: also `2026.03.30` (and `2026.03.30.`).
 * Impossible dates (`31.02.2026`) are null, never rolled over.
 */
export function parseLocalDate(text: string, locale: Locale): string | null {
  const value = text.replace(SPACES, "");
  let match = YEAR_FIRST_DASH.exec(value);
  if (match) return isoIfReal(match[1]!, match[2]!, match[3]!);
  if (locale === "lt") {
    match = YEAR_FIRST_DOT.exec(value);
    if (match) return isoIfReal(match[1]!, match[2]!, match[3]!);
  }
  if (locale === "nb") {
    match = DAY_FIRST_DOT.exec(value);
    if (match) return isoIfReal(match[3]!, match[2]!, match[1]!);
  }
  return null;
}

export type LocalAmount = { value: number } | { error: "invalid" | "negative" };

/** Digits grouped by thousands with `separator`, or not grouped at all. */
function groupedDigits(separator: string): string {
  return `(?:\\d{1,3}(?:${separator}\\d{3})+|\\d+)`;
}

/** nb and lt: "1 500,50", "1500,50", "1 500"; the point is accepted as a decimal mark only with 1–2 decimals and no grouping ("1500.5"), since "1.500" is a thousand to a Norwegian. */
const COMMA_DECIMAL = new RegExp(`^(${groupedDigits(" ")})(?:,(\\d+))?$`);
const POINT_DECIMAL_SHORT = /^(\d+)\.(\d{1,2})$/;
/** en: "1,500.50", "1500.50"; a comma as decimal mark only with 1–2 decimals and no grouping ("1500,5"). */
const POINT_DECIMAL = new RegExp(`^(${groupedDigits(",")})(?:\\.(\\d+))?$`);
const COMMA_DECIMAL_SHORT = /^(\d+),(\d{1,2})$/;

/** More digits than this and the value stops being exact as a JavaScript number. */
const MAX_INTEGER_DIGITS = 13;

/**
 * An amount typed by a person → its value, or why it is refused: "negative" for a minus sign in front of an
 * otherwise good amount, "invalid" for anything else (words, currency names, two decimal marks, empty text).
 */
export function parseLocalAmount(text: string, locale: Locale): LocalAmount {
  let value = text.trim().replace(SPACES, " ");
  let negative = false;
  if (/^[-\u2212]/.test(value)) {
    negative = true;
    value = value.slice(1).trimStart();
  }
  const match =
    locale === "en"
      ? POINT_DECIMAL.exec(value) ?? COMMA_DECIMAL_SHORT.exec(value)
      : COMMA_DECIMAL.exec(value) ?? POINT_DECIMAL_SHORT.exec(value);
  if (!match) return { error: "invalid" };
  const integerDigits = match[1]!.replace(/[ ,.]/g, "");
  if (integerDigits.length > MAX_INTEGER_DIGITS) return { error: "invalid" };
  if (negative) return { error: "negative" };
  return { value: Number(`${integerDigits}.${match[2] ?? "0"}`) };
}
