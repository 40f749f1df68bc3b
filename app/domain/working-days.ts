// Working-day calendars: public holidays per country and deadlines "in N working days" (docs/domain-facts.md §2).
//
// Pure and isomorphic: ISO `YYYY-MM-DD` strings in and out, UTC day arithmetic only (never the local time zone).
//
// Conventions
// - A deadline "in N working days" counts from the day AFTER the start date (the day of sending or receipt),
//   skipping Saturdays, Sundays and the public holidays of the given country (the requested authority's).
// - Norway and Lithuania have holiday calendars. Every other country counts weekends only, and
//   `hasHolidayCalendar` / `explainDeadline().weekendsOnly` let the UI say so.
// - Dates must be real Gregorian dates with years 1583–9999 (the Gregorian computus is not defined earlier);
//   anything else throws a RangeError, as do a malformed country code and a negative or non-integer count.
// - Country codes are ISO 3166-1 alpha-2, case-insensitive ("no" = "NO").

export type CountryCode = string;

export interface Holiday {
  /** ISO date of the holiday. */
  date: string;
  /** Stable code for translation, e.g. `easter_monday` (locale key suggestion: `holidays.<key>`). */
  key: HolidayKey;
}

export interface DeadlineExplanation {
  /** The due date (ISO). */
  due: string;
  /**
   * Public holidays that fell on a weekday between the start (exclusive) and the due date (inclusive), i.e. the
   * holidays that pushed the deadline back, in date order. Holidays on a Saturday or Sunday are not listed
   * (they change nothing). Two holidays can share a date (17 May 2027 is both Constitution Day and Whit Monday
   * in Norway): both are listed.
   */
  skippedHolidays: Holiday[];
  /** True when the country has no holiday calendar here, so only weekends were skipped. */
  weekendsOnly: boolean;
}

export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;
/** Upper bound for N in `addWorkingDays` / `explainDeadline`: a guard against runaway loops, ~380 years. */
export const MAX_WORKING_DAYS = 100_000;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRY = /^[A-Za-z]{2}$/;

// ---------------------------------------------------------------------------------------------------------------
// ISO dates as day numbers (days since 1970-01-01, UTC)

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `year`-`month`-`day` is a real calendar date (months 1–12). Used by the identifier validators too. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for a well-formed, real ISO date `YYYY-MM-DD` with a year in 1583–9999. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidCalendarDate(year, month, day);
}

/** Day number (days since 1970-01-01 UTC) of an ISO date; RangeError when malformed. */
export function toDayNumber(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not an ISO date (YYYY-MM-DD, years ${MIN_YEAR}–${MAX_YEAR}): ${String(isoDate)}`);
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** ISO date of a day number; RangeError when outside years 1583–9999. */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new RangeError(`Date out of range (years ${MIN_YEAR}–${MAX_YEAR})`);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return weekdayOf(toDayNumber(isoDate));
}

function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** `isoDate` plus `n` calendar days (n may be negative). */
export function addCalendarDays(isoDate: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(isoDate) + n);
}

/** Calendar days from `fromIso` to `toIso` (positive when `toIso` is later, 0 on the same day). */
export function calendarDaysBetween(fromIso: string, toIso: string): number {
  return toDayNumber(toIso) - toDayNumber(fromIso);
}

// ---------------------------------------------------------------------------------------------------------------
// Easter and the holiday calendars

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const HOLIDAY_KEYS = [
  "new_year",
  "maundy_thursday",
  "good_friday",
  "easter_sunday",
  "easter_monday",
  "labour_day",
  "constitution_day",
  "ascension_day",
  "whit_sunday",
  "whit_monday",
  "restoration_of_state_day",
  "restoration_of_independence_day",
  "midsummer_day",
  "statehood_day",
  "assumption_day",
  "all_saints_day",
  "all_souls_day",
  "christmas_eve",
  "christmas_day",
  "boxing_day",
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** A holiday on a fixed date (`month`/`day`) or at an offset in days from Easter Sunday; `since` = first year. */
export type HolidayRule =
  | { key: HolidayKey; month: number; day: number; since?: number }
  | { key: HolidayKey; easterOffset: number; since?: number };

/**
 * The calendars, as data (docs/domain-facts.md §2). To add a country, add its rules here; nothing else changes.
 * 24 and 31 December are not statutory holidays in Norway. In Lithuania 24 December (Christmas Eve) is one;
 * 2 November (All Souls' Day) only from 2020.
 */
export const HOLIDAY_CALENDARS = {
  NO: [
    { key: "new_year", month: 1, day: 1 },
    { key: "maundy_thursday", easterOffset: -3 },
    { key: "good_friday", easterOffset: -2 },
    { key: "easter_sunday", easterOffset: 0 },
    { key: "easter_monday", easterOffset: 1 },
    { key: "labour_day", month: 5, day: 1 },
    { key: "constitution_day", month: 5, day: 17 },
    { key: "ascension_day", easterOffset: 39 },
    { key: "whit_sunday", easterOffset: 49 },
    { key: "whit_monday", easterOffset: 50 },
    { key: "christmas_day", month: 12, day: 25 },
    { key: "boxing_day", month: 12, day: 26 },
  ],
  LT: [
    { key: "new_year", month: 1, day: 1 },
    { key: "restoration_of_state_day", month: 2, day: 16 },
    { key: "restoration_of_independence_day", month: 3, day: 11 },
    { key: "easter_sunday", easterOffset: 0 },
    { key: "easter_monday", easterOffset: 1 },
    { key: "labour_day", month: 5, day: 1 },
    { key: "midsummer_day", month: 6, day: 24 },
    { key: "statehood_day", month: 7, day: 6 },
    { key: "assumption_day", month: 8, day: 15 },
    { key: "all_saints_day", month: 11, day: 1 },
    { key: "all_souls_day", month: 11, day: 2, since: 2020 },
    { key: "christmas_eve", month: 12, day: 24 },
    { key: "christmas_day", month: 12, day: 25 },
    { key: "boxing_day", month: 12, day: 26 },
  ],
} as const satisfies Record<string, readonly HolidayRule[]>;

type CalendarCountry = keyof typeof HOLIDAY_CALENDARS;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range (${MIN_YEAR}–${MAX_YEAR}): ${year}`);
  }
}

function normaliseCountry(country: string): string {
  if (typeof country !== "string" || !COUNTRY.test(country)) {
    throw new RangeError(`Not an ISO 3166-1 alpha-2 country code: ${String(country)}`);
  }
  return country.toUpperCase();
}

function calendarOf(country: string): readonly HolidayRule[] | undefined {
  const code = normaliseCountry(country);
  return Object.hasOwn(HOLIDAY_CALENDARS, code) ? HOLIDAY_CALENDARS[code as CalendarCountry] : undefined;
}

/** True when the country has a public-holiday calendar here (NO, LT); other countries count weekends only. */
export function hasHolidayCalendar(country: string): boolean {
  return calendarOf(country) !== undefined;
}

interface YearCalendar {
  list: Holiday[];
  /** Day number → holidays on that day. */
  byDay: Map<number, Holiday[]>;
}

// A memo of computed years (pure: same input, same output; no I/O).
const yearCache = new Map<string, YearCalendar>();

function yearCalendar(country: string, year: number): YearCalendar {
  const code = normaliseCountry(country);
  checkYear(year);
  const cacheKey = `${code}:${year}`;
  const cached = yearCache.get(cacheKey);
  if (cached) return cached;

  const rules = calendarOf(code) ?? [];
  const easter = rules.some((rule) => "easterOffset" in rule) ? toDayNumber(easterSunday(year)) : 0;
  const entries: { day: number; order: number; holiday: Holiday }[] = [];
  rules.forEach((rule, order) => {
    if (rule.since !== undefined && year < rule.since) return;
    const day =
      "easterOffset" in rule ? easter + rule.easterOffset : Date.UTC(year, rule.month - 1, rule.day) / MS_PER_DAY;
    entries.push({ day, order, holiday: { date: fromDayNumber(day), key: rule.key } });
  });
  entries.sort((a, b) => a.day - b.day || a.order - b.order);

  const byDay = new Map<number, Holiday[]>();
  for (const { day, holiday } of entries) byDay.set(day, [...(byDay.get(day) ?? []), holiday]);
  const result: YearCalendar = { list: entries.map((e) => e.holiday), byDay };
  if (yearCache.size > 2_000) yearCache.clear();
  yearCache.set(cacheKey, result);
  return result;
}

/**
 * The public holidays of a country in a year, in date order (a fresh array each call). Empty for countries
 * without a calendar. Includes holidays that fall on a weekend (Easter Sunday always does).
 */
export function publicHolidays(country: string, year: number): Holiday[] {
  return yearCalendar(country, year).list.map((h) => ({ ...h }));
}

function holidaysOnDay(country: string, dayNumber: number): Holiday[] {
  const year = new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
  return yearCalendar(country, year).byDay.get(dayNumber) ?? [];
}

function isWorkingDayNumber(country: string, dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  if (weekday >= 6) return false;
  return holidaysOnDay(country, dayNumber).length === 0;
}

/** True for Monday–Friday that is not a public holiday of `country`. */
export function isWorkingDay(country: string, isoDate: string): boolean {
  normaliseCountry(country);
  return isWorkingDayNumber(country, toDayNumber(isoDate));
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`The number of working days must be a whole number from 0 to ${MAX_WORKING_DAYS}: ${n}`);
  }
}

/**
 * The date `n` working days after `isoDate` in `country`'s calendar, counting from the day after `isoDate`.
 * `n = 0` returns `isoDate` itself (even when it is not a working day). For n ≥ 1 the result is always a working day.
 */
export function addWorkingDays(country: string, isoDate: string, n: number): string {
  return explainDeadline(country, isoDate, n).due;
}

/**
 * `addWorkingDays` with how it was computed, so the UI can say "25 working days in Lithuania, skipping
 * 16 February" (or "counting weekends only" when `weekendsOnly`).
 */
export function explainDeadline(country: string, fromIso: string, n: number): DeadlineExplanation {
  const weekendsOnly = !hasHolidayCalendar(country);
  checkCount(n);
  let day = toDayNumber(fromIso);
  const skippedHolidays: Holiday[] = [];
  let counted = 0;
  while (counted < n) {
    day += 1;
    const weekday = weekdayOf(day);
    if (weekday >= 6) continue;
    const holidays = holidaysOnDay(country, day);
    if (holidays.length > 0) {
      skippedHolidays.push(...holidays.map((h) => ({ ...h })));
      continue;
    }
    counted += 1;
  }
  return { due: fromDayNumber(day), skippedHolidays, weekendsOnly };
}

/**
 * Working days after `fromIso` up to and including `toIso` — the inverse of `addWorkingDays`:
 * `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n`.
 * - `toIso` later than `fromIso`: the number of working days in the half-open interval (from, to].
 * - Same day: 0.
 * - `toIso` earlier: minus the number of working days in (to, from], so swapping the arguments flips the sign.
 * E.g. with a due date as `from` and today as `to`, a positive result is how many working days a reply is late.
 */
export function workingDaysBetween(country: string, fromIso: string, toIso: string): number {
  normaliseCountry(country);
  const from = toDayNumber(fromIso);
  const to = toDayNumber(toIso);
  if (to === from) return 0;
  const [start, end, sign] = to > from ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDayNumber(country, day)) count += 1;
  return count === 0 ? 0 : sign * count; // never -0
}
