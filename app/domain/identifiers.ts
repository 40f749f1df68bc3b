// Validation and normalisation of registration numbers and personal identity numbers (docs/domain-facts.md §3).
//
// Every validator returns the same shape: `{ ok: true, value, warning? }` with the normalised value to store, or
// `{ ok: false, reason }`. `reason` and `warning` are i18n keys (see IDENTIFIER_MESSAGE_KEYS).
//
// Normalisation accepts what people paste: surrounding and inner spaces (also no-break spaces), and for
// registration numbers dots and dashes; letters are upper-cased.
//
// Registration numbers by country
// - NO: organisation number, 9 digits, mod 11 (weights 3,2,7,6,5,4,3,2; 11 → 0; 10 → invalid). The VAT forms
//   `NO 974 761 211 MVA`, `NO974761211` and `974761211MVA` are accepted and stored as the 9 digits.
// - LT: company code (juridinio asmens kodas), 9 digits, two-pass mod 11; a failed checksum is only a WARNING
//   (the rule is not officially published). An `LT` prefix means a VAT code (PVM mokėtojo kodas): `LT` + 9 digits is
//   accepted as the 9 digits with a warning, because a legal entity's VAT code is usually NOT its company code;
//   `LT` + 12 digits (VAT codes of natural persons and temporary registrations) cannot be a company code and is
//   refused.
// - Any other country (BG, EE, LV, PL, RO, …): no national rule here yet. Accepted: 5–20 letters A–Z or digits
//   after removing spaces, dots and dashes and upper-casing (e.g. `pl 123-456-32-18` → `PL1234563218`). The value
//   is then alphanumeric, not digits only. Add a national rule before relying on these numbers for matching.

import { isValidCalendarDate } from "./working-days";

export type IdentifierResult = { ok: true; value: string; warning?: string } | { ok: false; reason: string };

/** Every i18n key these validators return, for the locale files (namespace of the caller's choice). */
export const IDENTIFIER_MESSAGE_KEYS = [
  "identifiers.required",
  "identifiers.unsupportedCountry",
  "identifiers.invalidCharacters",
  "identifiers.orgNumberLength",
  "identifiers.orgNumberChecksum",
  "identifiers.companyCodeLength",
  "identifiers.companyCodeChecksumWarning",
  "identifiers.companyCodeVatPrefixWarning",
  "identifiers.vatNumberNotCompanyCode",
  "identifiers.registrationNumberLength",
  "identifiers.personalNumberLength",
  "identifiers.personalNumberDate",
  "identifiers.personalNumberFutureDate",
  "identifiers.personalNumberChecksum",
  "identifiers.personalCodeLength",
  "identifiers.personalCodeCentury",
  "identifiers.personalCodeExceptionalWarning",
  "identifiers.personalCodeDate",
  "identifiers.personalCodeChecksum",
] as const;
export type IdentifierMessageKey = (typeof IDENTIFIER_MESSAGE_KEYS)[number];

const fail = (reason: IdentifierMessageKey): IdentifierResult => ({ ok: false, reason });
const DIGITS = /^\d+$/;

/** Upper-case, NFKC (folds no-break and other odd spaces and full-width digits), drop whitespace (and `extra`). */
function compact(input: string, extra: RegExp | null = /[.\-–]/g): string {
  let s = input.normalize("NFKC").toUpperCase().replace(/\s+/g, "");
  if (extra) s = s.replace(extra, "");
  return s;
}

function digitsOf(s: string): number[] {
  return [...s].map(Number);
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Registration numbers

const NO_ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Check digit of a Norwegian organisation number from its first 8 digits; null when the rule gives 10 (invalid). */
function norwegianOrgCheckDigit(digits: readonly number[]): number | null {
  const check = 11 - (weightedSum(digits, NO_ORG_WEIGHTS) % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/**
 * The Lithuanian two-pass mod-11 check digit over `digits` (company code: the first 8; personal code: the first
 * 10): weights 1,2,3,…,9,1,… ; if the remainder is 10, weights 3,4,5,…,9,1,2,3,… ; if 10 again, 0.
 */
function lithuanianCheckDigit(digits: readonly number[]): number {
  const first = digits.map((_, i) => (i % 9) + 1);
  const second = digits.map((_, i) => ((i + 2) % 9) + 1);
  const r1 = weightedSum(digits, first) % 11;
  if (r1 !== 10) return r1;
  const r2 = weightedSum(digits, second) % 11;
  return r2 === 10 ? 0 : r2;
}

function validateNorwegianOrgNumber(input: string): IdentifierResult {
  let s = compact(input);
  // VAT forms: "NO" before and/or "MVA" after the number.
  if (s.startsWith("NO")) s = s.slice(2);
  if (s.endsWith("MVA")) s = s.slice(0, -3);
  if (!DIGITS.test(s)) return fail(s === "" ? "identifiers.orgNumberLength" : "identifiers.invalidCharacters");
  if (s.length !== 9) return fail("identifiers.orgNumberLength");
  const digits = digitsOf(s);
  if (norwegianOrgCheckDigit(digits) !== digits[8]) return fail("identifiers.orgNumberChecksum");
  return { ok: true, value: s };
}

function validateLithuanianCompanyCode(input: string): IdentifierResult {
  let s = compact(input);
  const vatForm = s.startsWith("LT");
  if (vatForm) s = s.slice(2);
  if (!DIGITS.test(s)) return fail(s === "" ? "identifiers.companyCodeLength" : "identifiers.invalidCharacters");
  if (vatForm && s.length === 12) return fail("identifiers.vatNumberNotCompanyCode");
  if (s.length !== 9) return fail("identifiers.companyCodeLength");
  const digits = digitsOf(s);
  if (lithuanianCheckDigit(digits.slice(0, 8)) !== digits[8]) {
    return { ok: true, value: s, warning: "identifiers.companyCodeChecksumWarning" };
  }
  if (vatForm) return { ok: true, value: s, warning: "identifiers.companyCodeVatPrefixWarning" };
  return { ok: true, value: s };
}

function validateOtherRegistrationNumber(input: string): IdentifierResult {
  const s = compact(input);
  if (!/^[A-Z0-9]*$/.test(s)) return fail("identifiers.invalidCharacters");
  if (s.length < 5 || s.length > 20) return fail("identifiers.registrationNumberLength");
  return { ok: true, value: s };
}

/**
 * Validate an enterprise's registration number for its country (ISO 3166-1 alpha-2, case-insensitive).
 * See the header of this file for the rule per country. An empty input gives `identifiers.required`; a country
 * that is not a two-letter code gives `identifiers.unsupportedCountry`.
 */
export function validateRegistrationNumber(country: string, input: string): IdentifierResult {
  if (typeof input !== "string" || input.trim() === "") return fail("identifiers.required");
  const code = typeof country === "string" ? country.trim().toUpperCase() : "";
  if (!/^[A-Z]{2}$/.test(code)) return fail("identifiers.unsupportedCountry");
  if (code === "NO") return validateNorwegianOrgNumber(input);
  if (code === "LT") return validateLithuanianCompanyCode(input);
  return validateOtherRegistrationNumber(input);
}

// ---------------------------------------------------------------------------------------------------------------
// Personal identity numbers (personal data: collect them only where a structured question needs them)

const NO_K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const; // the last weight applies to k1 itself
const NO_K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const; // the last weight applies to k2 itself

/**
 * Birth year of a Norwegian identity number from its two-digit year and three-digit individual number
 * (Skatteetaten's ranges). Null for a combination outside the ranges.
 */
function norwegianBirthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return null;
}

/**
 * Norwegian national identity number (fødselsnummer) or D-number: 11 digits DDMMYY III k1 k2.
 * - D-number: the day is increased by 40 (41–71).
 * - The date must exist. The century comes from the individual number; where the ranges give none (they are
 *   being loosened for numbers issued from 2032), the date is accepted if it exists in 1900+YY or 2000+YY — the
 *   century only matters for 29 February in a year ending 00.
 * - k1: the weighted sum (3,7,6,1,8,9,4,5,2 and 1 on k1) mod 11 must be 0; numbers issued from 2032 may also
 *   give 1, 2 or 3, and both rules are accepted. k2: the weighted sum (5,4,3,2,7,6,5,4,3,2 and 1 on k2) mod 11
 *   must be 0.
 * - The birth date cannot be after `today` (ISO): nobody is born in the future.
 * Synthetic test numbers (month + 80) and H-numbers (month + 40) are refused as invalid dates.
 */
export function validateNorwegianPersonalNumber(input: string, today: string): IdentifierResult {
  if (typeof input !== "string" || input.trim() === "") return fail("identifiers.required");
  const s = compact(input, null);
  if (!DIGITS.test(s)) return fail("identifiers.invalidCharacters");
  if (s.length !== 11) return fail("identifiers.personalNumberLength");
  const digits = digitsOf(s);
  const dd = Number(s.slice(0, 2));
  const mm = Number(s.slice(2, 4));
  const yy = Number(s.slice(4, 6));
  const day = dd > 40 ? dd - 40 : dd;
  const year = norwegianBirthYear(yy, Number(s.slice(6, 9)));
  const birthDates = (year !== null ? [year] : [1900 + yy, 2000 + yy])
    .filter((y) => isValidCalendarDate(y, mm, day))
    .map((y) => `${y}-${String(mm).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  if (birthDates.length === 0) return fail("identifiers.personalNumberDate");
  if (birthDates.every((date) => date > today)) return fail("identifiers.personalNumberFutureDate");
  const k1Remainder = weightedSum(digits, NO_K1_WEIGHTS) % 11;
  const k2Remainder = weightedSum(digits, NO_K2_WEIGHTS) % 11;
  if (k1Remainder > 3 || k2Remainder !== 0) return fail("identifiers.personalNumberChecksum");
  return { ok: true, value: s };
}

/**
 * Lithuanian personal code (asmens kodas): 11 digits G YYMMDD NNN C. G is the century and sex (1–2: 1800s,
 * 3–4: 1900s, 5–6: 2000s); the date must exist; C is the two-pass mod-11 check digit (weights 1–9,1; then
 * 3–9,1,2,3; 10 twice gives 0). A failed checksum is refused (unlike the company code).
 * A code beginning with 9 is issued in exceptional cases (e.g. when the birth date is not known), so the rest
 * need not be a date: it is accepted with a warning to check it against the person's documents.
 */
export function validateLithuanianPersonalCode(input: string): IdentifierResult {
  if (typeof input !== "string" || input.trim() === "") return fail("identifiers.required");
  const s = compact(input, null);
  if (!DIGITS.test(s)) return fail("identifiers.invalidCharacters");
  if (s.length !== 11) return fail("identifiers.personalCodeLength");
  const digits = digitsOf(s);
  const g = digits[0] ?? 0;
  if (g === 9) return { ok: true, value: s, warning: "identifiers.personalCodeExceptionalWarning" };
  if (g < 1 || g > 6) return fail("identifiers.personalCodeCentury");
  const year = 1800 + 100 * Math.floor((g - 1) / 2) + Number(s.slice(1, 3));
  if (!isValidCalendarDate(year, Number(s.slice(3, 5)), Number(s.slice(5, 7)))) {
    return fail("identifiers.personalCodeDate");
  }
  if (lithuanianCheckDigit(digits.slice(0, 10)) !== digits[10]) return fail("identifiers.personalCodeChecksum");
  return { ok: true, value: s };
}
