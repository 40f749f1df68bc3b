// The retention rule for personal data (GDPR Art. 5(1)(e); IMI's rule, docs/domain-facts.md §1 and §6): a case's personal data
// is hidden from everyone but administrators once the case has been closed for more than `hideAfterMonths`, and
// anonymised once it has been closed for more than `anonymiseAfterYears`; a tip's reporter details are erased once
// the tip was received more than `tipReporterMonths` ago. Pure: dates in, a stage out (no clock, no database).
//
// "More than N months after D" means strictly after the same day of the month N months later; when that month is
// shorter (31 August + 6 months), the last day of the month stands in (28 or 29 February). So a case closed on
// 15 January is hidden from 16 July, and one closed on 31 August 2025 from 1 March 2026.

export const RETENTION_STAGES = ["none", "hidden", "anonymised"] as const;
export type RetentionStage = (typeof RETENTION_STAGES)[number];

export interface RetentionSettings {
  /** Months after closing after which a case's personal data is hidden from everyone but administrators. */
  hideAfterMonths: number;
  /** Years after closing after which a case's personal data is anonymised in the database. */
  anonymiseAfterYears: number;
  /** Months after receipt after which a tip's reporter details (name, e-mail, phone) are erased. */
  tipReporterMonths: number;
}

export const DEFAULT_RETENTION: RetentionSettings = { hideAfterMonths: 6, anonymiseAfterYears: 3, tipReporterMonths: 12 };

/** The environment variables that configure the rule, with the setting each sets. */
export const RETENTION_ENV = {
  RETENTION_HIDE_AFTER_MONTHS: "hideAfterMonths",
  RETENTION_ANONYMISE_AFTER_YEARS: "anonymiseAfterYears",
  RETENTION_TIP_REPORTER_MONTHS: "tipReporterMonths",
} as const satisfies Record<string, keyof RetentionSettings>;

const LIMITS: Record<keyof RetentionSettings, { min: number; max: number }> = {
  hideAfterMonths: { min: 1, max: 120 },
  anonymiseAfterYears: { min: 1, max: 50 },
  tipReporterMonths: { min: 1, max: 120 },
};

export type ParsedRetentionSettings = { ok: true; settings: RetentionSettings } | { ok: false; errors: string[] };

/**
 * Reads the settings from environment variables (unset or empty → the default). Each must be a whole number in
 * its range, and anonymising must come after hiding; otherwise the errors say which variable is wrong.
 */
export function parseRetentionSettings(env: Readonly<Record<string, string | undefined>>): ParsedRetentionSettings {
  const settings: RetentionSettings = { ...DEFAULT_RETENTION };
  const errors: string[] = [];
  for (const [name, key] of Object.entries(RETENTION_ENV) as [keyof typeof RETENTION_ENV, keyof RetentionSettings][]) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === "") continue;
    const { min, max } = LIMITS[key];
    const value = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < min || value > max) errors.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    else settings[key] = value;
  }
  if (errors.length === 0 && settings.anonymiseAfterYears * 12 <= settings.hideAfterMonths) {
    errors.push("RETENTION_ANONYMISE_AFTER_YEARS must come after RETENTION_HIDE_AFTER_MONTHS (anonymise only what is already hidden)");
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): [number, number, number] {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `isoDate` plus `months` calendar months; the day is clamped to the end of a shorter month (31 Aug + 6 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

/** The last day on which a period of `months` after `isoDate` has not yet passed (the day after it, it has). */
const periodEnds = addMonths;

/** The first day of each stage for a case closed on `closedOn`. */
export function retentionDates(closedOn: string, settings: RetentionSettings = DEFAULT_RETENTION): { hiddenFrom: string; anonymisedFrom: string } {
  return {
    hiddenFrom: nextDay(periodEnds(closedOn, settings.hideAfterMonths)),
    anonymisedFrom: nextDay(periodEnds(closedOn, settings.anonymiseAfterYears * 12)),
  };
}

function nextDay(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The stage of a case's personal data on `today`: `none` while it is open (no closing date) or closed for at most
 * the hiding period, `hidden` after that, `anonymised` once closed for more than the anonymisation period.
 */
export function caseRetentionStage(closedOn: string | null, today: string, settings: RetentionSettings = DEFAULT_RETENTION): RetentionStage {
  if (closedOn === null) return "none";
  if (today > periodEnds(closedOn, settings.anonymiseAfterYears * 12)) return "anonymised";
  if (today > periodEnds(closedOn, settings.hideAfterMonths)) return "hidden";
  return "none";
}

/** Whether the reporter details of a tip received on `receivedOn` are to be erased on `today`. */
export function tipReporterExpired(receivedOn: string, today: string, settings: RetentionSettings = DEFAULT_RETENTION): boolean {
  return today > periodEnds(receivedOn, settings.tipReporterMonths);
}

/**
 * The latest closing (or receipt) date that can have reached a period of `months` by `today`, with a day to spare
 * for the difference between UTC instants and the inspectorates' calendar day: a cheap bound for a database query
 * (`closed_at < bound`); the exact rule is then applied to each row found.
 */
export function queryBound(today: string, months: number): string {
  return nextDay(nextDay(addMonths(today, -months)));
}
