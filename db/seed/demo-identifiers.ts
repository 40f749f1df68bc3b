// Registration numbers for the fictional demo enterprises, computed with the checksum rules of
// docs/domain-facts.md §3 so they pass validation, instead of hand-typed numbers that might not.

const NORWEGIAN_ORGANISATION_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const LITHUANIAN_FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
const LITHUANIAN_SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1] as const;

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}

function eightDigitBase(base: number): string {
  if (!Number.isInteger(base) || base < 10_000_000 || base > 99_999_999) {
    throw new Error(`A registration-number base must have exactly 8 digits, got ${base}`);
  }
  return String(base);
}

/** Mod-11 check digit of a Norwegian organisation number, or null when the base has no valid one (10). */
function norwegianCheckDigit(base: string): number | null {
  const check = 11 - (weightedSum(base, NORWEGIAN_ORGANISATION_NUMBER_WEIGHTS) % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/**
 * The first valid 9-digit Norwegian organisation number whose first 8 digits are `base` or above.
 * Some bases have no valid check digit (remainder 10), so we step to the next base.
 */
export function norwegianOrganisationNumberFrom(base: number): string {
  for (let candidate = base; candidate <= 99_999_999; candidate += 1) {
    const digits = eightDigitBase(candidate);
    const check = norwegianCheckDigit(digits);
    if (check !== null) return `${digits}${check}`;
  }
  throw new Error(`No valid Norwegian organisation number at or above ${base}`);
}

/** Two-pass mod-11 check digit of a Lithuanian company code (the personal-code scheme). */
function lithuanianCheckDigit(base: string): number {
  const firstPass = weightedSum(base, LITHUANIAN_FIRST_PASS_WEIGHTS) % 11;
  if (firstPass !== 10) return firstPass;
  const secondPass = weightedSum(base, LITHUANIAN_SECOND_PASS_WEIGHTS) % 11;
  return secondPass === 10 ? 0 : secondPass;
}

/** A 9-digit Lithuanian company code: the 8-digit `base` followed by its check digit. */
export function lithuanianCompanyCodeFrom(base: number): string {
  const digits = eightDigitBase(base);
  return `${digits}${lithuanianCheckDigit(digits)}`;
}
