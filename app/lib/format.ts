// Dates, numbers and money in the reader's locale, with Intl (its no-break spaces kept).
import type { Locale } from "./i18n";

const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", lt: "lt-LT", en: "en-GB" };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** `2026-11-22` → "22. november 2026" / "2026 m. lapkričio 22 d." / "22 November 2026". */
export function formatDate(isoDate: string, locale: Locale, style: "long" | "numeric" = "long"): string {
  const format = cached(`date:${locale}:${style}`, () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: "UTC",
      ...(style === "long"
        ? { day: "numeric", month: "long", year: "numeric" }
        : { day: "2-digit", month: "2-digit", year: "numeric" }),
    }),
  );
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return cached(`number:${locale}:${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }),
  ).format(value);
}

/** Money held as integer minor units: `formatMoney(115300, "EUR", "lt")` → "1 153,00 €". */
export function formatMoney(minorUnits: number, currency: string, locale: Locale): string {
  return cached(`money:${locale}:${currency}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency }),
  ).format(minorUnits / 100);
}

export function formatPercent(fraction: number, locale: Locale): string {
  return cached(`percent:${locale}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 1 }),
  ).format(fraction);
}

/** The name of a country in the reader's language, from its ISO code. */
export function countryName(isoCode: string, locale: Locale): string {
  const names = cached(`region:${locale}`, () => new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" }) as never) as unknown as Intl.DisplayNames;
  return names.of(isoCode) ?? isoCode;
}
