// CSV files that open as columns in a spreadsheet set to the reader's language: Norwegian and Lithuanian Excel
// expect `;` between fields and a decimal comma, English `,` and a decimal point (docs/local-formats.md).
import type { Locale } from "./i18n";

export const CSV_SEPARATOR: Record<Locale, string> = { nb: ";", lt: ";", en: "," };
const DECIMAL_MARK: Record<Locale, string> = { nb: ",", lt: ",", en: "." };

/** A number as a spreadsheet in `locale` reads it: no grouping (a grouped number is read as text), local decimal mark. */
export function csvNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return value.toFixed(fractionDigits).replace(".", DECIMAL_MARK[locale]);
}

/** One field (RFC 4180): quoted when it holds the separator, a quote or a line break; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string, locale: Locale): string {
  const isNumber = /^-?\d+([.,]\d+)?$/.test(value);
  const text = !isNumber && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(CSV_SEPARATOR[locale]) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: UTF-8 with a BOM (so spreadsheets read æøå and ąčęėįšųūž), CRLF line ends. */
export function csvDocument(rows: string[][], locale: Locale): string {
  return "\uFEFF" + rows.map((row) => row.map((field) => csvField(field, locale)).join(CSV_SEPARATOR[locale])).join("\r\n") + "\r\n";
}
