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

/**
 * The time zone a reader of each language is taken to live in: Norwegian readers in Norway, Lithuanian readers
 * in Lithuania, English readers (staff of either inspectorate) on Oslo time with the zone named.
 */
export const READER_TIME_ZONE: Record<Locale, string> = { nb: "Europe/Oslo", lt: "Europe/Vilnius", en: "Europe/Oslo" };

/**
 * A stored instant (ISO 8601 with time, UTC) as the reader's local date and time: "30.03.2026, 14:05" /
 * "2026-03-30 15:05" / "30/03/2026, 14:05 CEST". English shows the zone, since its readers are in either country.
 */
export function formatDateTime(isoInstant: string, locale: Locale): string {
  return cached(`datetime:${locale}`, () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: READER_TIME_ZONE[locale],
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      ...(locale === "en" ? { timeZoneName: "short" } : {}),
    }),
  ).format(new Date(isoInstant));
}

/** An amount held in minor units, as the reader would type it back into a form: "1 500,50" (nb, lt), "1,500.50" (en). */
export function formatAmountForInput(minorUnits: number, locale: Locale): string {
  return cached(`amount-input:${locale}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(minorUnits / 100);
}

/**
 * A calendar quarter code as words: `2017-Q2` → "2. kvartal 2017" / "2. ketvirtis 2017" / "Q2 2017".
 * Anything else is returned as it is.
 */
export function formatQuarter(code: string, locale: Locale): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(code);
  if (!match) return code;
  const [, year, quarter] = match;
  if (locale === "nb") return `${quarter}. kvartal ${year}`;
  if (locale === "lt") return `${quarter}. ketvirtis ${year}`;
  return `Q${quarter} ${year}`;
}

const ENTERPRISE_NUMBER_LABEL: Record<string, Record<Locale, string>> = {
  NO: { nb: "org.nr.", lt: "organizacijos numeris", en: "organisation number" },
  LT: { nb: "foretakskode", lt: "įmonės kodas", en: "company code" },
};

/**
 * An enterprise with its registration number labelled in the reader's language, never a bare code:
 * "UAB Statyba (įmonės kodas 304120014)", "Bygg AS (org.nr. 923609016)".
 */
export function formatEnterprise(name: string, country: string, registrationNumber: string, locale: Locale): string {
  const label = ENTERPRISE_NUMBER_LABEL[country]?.[locale] ?? ({ nb: "reg.nr.", lt: "registracijos numeris", en: "registration number" } as const)[locale];
  return `${name} (${label} ${registrationNumber})`;
}

/**
 * A range of numbers such as "2017–18" kept on one line: a word joiner after a dash between digits (the printed
 * report's title broke as "2017–" / "18").
 */
export function keepNumberRangesTogether(text: string): string {
  return text.replace(/(\d[–-])(?=\d)/g, "$1\u2060");
}
