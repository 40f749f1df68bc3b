import { describe, expect, it } from "vitest";
import {
  IDENTIFIER_MESSAGE_KEYS,
  validateLithuanianPersonalCode,
  validateNorwegianPersonalNumber,
  validateRegistrationNumber,
  type IdentifierResult,
} from "~/domain/identifiers";

/** The day of validation for the generated numbers: after every birth date they can encode (years up to 2039). */
const TODAY = "2040-01-01";

// --- Independent generators (written from docs/domain-facts.md §3, not from the module under test) -----------------------

/** A deterministic pseudo-random sequence, so failures reproduce. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const randomDigits = (next: () => number, n: number) => Array.from({ length: n }, () => Math.floor(next() * 10));
const weighted = (digits: number[], weights: number[]) => weights.reduce((s, w, i) => s + w * digits[i]!, 0);

function noOrgCheck(first8: number[]): number | null {
  const r = 11 - (weighted(first8, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return r === 11 ? 0 : r === 10 ? null : r;
}

function ltCheck(digits: number[]): number {
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1].slice(0, digits.length);
  const w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3].slice(0, digits.length);
  const r1 = weighted(digits, w1) % 11;
  if (r1 !== 10) return r1;
  const r2 = weighted(digits, w2) % 11;
  return r2 === 10 ? 0 : r2;
}

/** A Norwegian identity number with correct k1, k2 (old rule), or null when a check digit would be 10. */
function norwegianNumber(first9: string): string | null {
  const d = [...first9].map(Number);
  const k1 = (11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - (weighted([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  if (k2 === 10) return null;
  return `${first9}${k1}${k2}`;
}

/** Give `first9` some individual number that makes valid check digits. */
function someNorwegianNumber(date6: string, individualFrom: number, individualTo: number): string {
  for (let i = individualFrom; i <= individualTo; i += 1) {
    const n = norwegianNumber(`${date6}${String(i).padStart(3, "0")}`);
    if (n) return n;
  }
  throw new Error(`no valid number for ${date6}`);
}

function lithuanianPersonalCode(first10: string): string {
  return `${first10}${ltCheck([...first10].map(Number))}`;
}

const ok = (value: string, warning?: string): IdentifierResult =>
  warning === undefined ? { ok: true, value } : { ok: true, value, warning };
const no = (reason: string): IdentifierResult => ({ ok: false, reason });

// --------------------------------------------------------------------------------------------------------------

describe("Norwegian organisation number", () => {
  it("accepts known real numbers", () => {
    expect(validateRegistrationNumber("NO", "974761211")).toEqual(ok("974761211"));
    expect(validateRegistrationNumber("NO", "923609016")).toEqual(ok("923609016")); // Equinor ASA
    expect(validateRegistrationNumber("NO", "889640782")).toEqual(ok("889640782")); // NAV
  });

  it("accepts spaces, dots, dashes and the VAT forms, and stores digits only", () => {
    for (const input of [
      "974 761 211",
      " 974761211 ",
      "974\u00a0761\u00a0211",
      "974.761.211",
      "974-761-211",
      "NO 974 761 211 MVA",
      "NO974761211MVA",
      "no 974761211 mva",
      "NO974761211",
      "974761211MVA",
      "974 761 211 MVA",
    ]) {
      expect(validateRegistrationNumber("NO", input), input).toEqual(ok("974761211"));
    }
    expect(validateRegistrationNumber("no", "974761211")).toEqual(ok("974761211"));
  });

  it("accepts generated numbers, including check digit 0", () => {
    const next = rng(1);
    let zero = 0;
    let accepted = 0;
    for (let i = 0; i < 2000; i += 1) {
      const first8 = randomDigits(next, 8);
      const check = noOrgCheck(first8);
      const number = `${first8.join("")}${check ?? 0}`;
      const result = validateRegistrationNumber("NO", number);
      if (check === null) {
        expect(result, number).toEqual(no("identifiers.orgNumberChecksum"));
        continue;
      }
      expect(result, number).toEqual(ok(number));
      accepted += 1;
      if (check === 0) zero += 1;
      // Every other last digit is refused.
      const wrong = `${first8.join("")}${(check + 1 + Math.floor(next() * 9)) % 10}`;
      expect(validateRegistrationNumber("NO", wrong), wrong).toEqual(no("identifiers.orgNumberChecksum"));
    }
    expect(accepted).toBeGreaterThan(1500);
    expect(zero).toBeGreaterThan(50);
  });

  it("refuses numbers whose check digit would be 10, whatever the last digit", () => {
    // 10000003x: 1·3 + 3·2 = 9, 11 − 9 = 2 … search a prefix with remainder 1 (check digit 10).
    const next = rng(7);
    let found = 0;
    while (found < 20) {
      const first8 = randomDigits(next, 8);
      if (noOrgCheck(first8) !== null) continue;
      found += 1;
      for (let last = 0; last <= 9; last += 1) {
        expect(validateRegistrationNumber("NO", `${first8.join("")}${last}`)).toEqual(no("identifiers.orgNumberChecksum"));
      }
    }
  });

  it("refuses a wrong checksum, length or characters", () => {
    expect(validateRegistrationNumber("NO", "974761212")).toEqual(no("identifiers.orgNumberChecksum"));
    expect(validateRegistrationNumber("NO", "974761210")).toEqual(no("identifiers.orgNumberChecksum"));
    expect(validateRegistrationNumber("NO", "97476121")).toEqual(no("identifiers.orgNumberLength"));
    expect(validateRegistrationNumber("NO", "9747612111")).toEqual(no("identifiers.orgNumberLength"));
    expect(validateRegistrationNumber("NO", "NO MVA")).toEqual(no("identifiers.orgNumberLength"));
    expect(validateRegistrationNumber("NO", "97476121A")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("NO", "SE974761211")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("NO", "974761211 AS")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("NO", "974_761_211")).toEqual(no("identifiers.invalidCharacters"));
  });
});

describe("Lithuanian company code", () => {
  it("accepts a known real code", () => {
    expect(validateRegistrationNumber("LT", "121215434")).toEqual(ok("121215434"));
    expect(validateRegistrationNumber("LT", "121 215 434")).toEqual(ok("121215434"));
    expect(validateRegistrationNumber("lt", "121-215-434")).toEqual(ok("121215434"));
  });

  it("accepts generated codes, including the second pass and the double-10 rule", () => {
    const next = rng(3);
    const seen = { firstPass: 0, secondPass: 0, zeroByRule: 0 };
    for (let i = 0; i < 5000; i += 1) {
      const first8 = randomDigits(next, 8);
      const check = ltCheck(first8);
      const r1 = weighted(first8, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
      const r2 = weighted(first8, [3, 4, 5, 6, 7, 8, 9, 1]) % 11;
      if (r1 !== 10) seen.firstPass += 1;
      else if (r2 !== 10) seen.secondPass += 1;
      else seen.zeroByRule += 1;
      const code = `${first8.join("")}${check}`;
      expect(validateRegistrationNumber("LT", code), code).toEqual(ok(code));
    }
    expect(seen.secondPass).toBeGreaterThan(100);
    expect(seen.zeroByRule).toBeGreaterThan(5);
  });

  it("WARNS (does not refuse) on a failed checksum", () => {
    expect(validateRegistrationNumber("LT", "121215435")).toEqual(ok("121215435", "identifiers.companyCodeChecksumWarning"));
    expect(validateRegistrationNumber("LT", "111111111")).toEqual(ok("111111111", "identifiers.companyCodeChecksumWarning"));
  });

  it("treats an LT prefix as a VAT code: 9 digits accepted with a warning, 12 digits refused", () => {
    expect(validateRegistrationNumber("LT", "LT121215434")).toEqual(ok("121215434", "identifiers.companyCodeVatPrefixWarning"));
    expect(validateRegistrationNumber("LT", "lt 121 215 434")).toEqual(
      ok("121215434", "identifiers.companyCodeVatPrefixWarning"),
    );
    // A failed checksum is the more important warning.
    expect(validateRegistrationNumber("LT", "LT121215435")).toEqual(ok("121215435", "identifiers.companyCodeChecksumWarning"));
    expect(validateRegistrationNumber("LT", "LT100001234512")).toEqual(no("identifiers.vatNumberNotCompanyCode"));
    expect(validateRegistrationNumber("LT", "LT")).toEqual(no("identifiers.companyCodeLength"));
    expect(validateRegistrationNumber("LT", "LT12121543")).toEqual(no("identifiers.companyCodeLength"));
  });

  it("refuses a wrong length or characters", () => {
    expect(validateRegistrationNumber("LT", "12121543")).toEqual(no("identifiers.companyCodeLength"));
    expect(validateRegistrationNumber("LT", "1212154340")).toEqual(no("identifiers.companyCodeLength"));
    expect(validateRegistrationNumber("LT", "100001234512")).toEqual(no("identifiers.companyCodeLength")); // 12 digits, no LT
    expect(validateRegistrationNumber("LT", "12121543X")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("LT", "UAB 121215434")).toEqual(no("identifiers.invalidCharacters"));
  });
});

describe("other countries (no national rule yet)", () => {
  it("accepts 5–20 letters or digits, upper-cased, without spaces, dots and dashes", () => {
    expect(validateRegistrationNumber("PL", "pl 123-456-32-18")).toEqual(ok("PL1234563218"));
    expect(validateRegistrationNumber("EE", "10137319")).toEqual(ok("10137319"));
    expect(validateRegistrationNumber("lv", "40003032949")).toEqual(ok("40003032949"));
    expect(validateRegistrationNumber("RO", "RO 18547290")).toEqual(ok("RO18547290"));
    expect(validateRegistrationNumber("BG", "12345")).toEqual(ok("12345"));
    expect(validateRegistrationNumber("BG", "A".repeat(20))).toEqual(ok("A".repeat(20)));
    expect(validateRegistrationNumber("DE", "hrb 12.345")).toEqual(ok("HRB12345"));
  });

  it("refuses other lengths and characters", () => {
    expect(validateRegistrationNumber("PL", "1234")).toEqual(no("identifiers.registrationNumberLength"));
    expect(validateRegistrationNumber("PL", "1".repeat(21))).toEqual(no("identifiers.registrationNumberLength"));
    expect(validateRegistrationNumber("PL", "---")).toEqual(no("identifiers.registrationNumberLength"));
    expect(validateRegistrationNumber("PL", "12345/67")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("PL", "ŁÓDŹ12345")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateRegistrationNumber("PL", "12345_67")).toEqual(no("identifiers.invalidCharacters"));
  });
});

describe("registration numbers: required and country", () => {
  it("requires an input", () => {
    for (const country of ["NO", "LT", "PL"]) {
      for (const input of ["", "   ", "\u00a0", undefined as unknown as string, null as unknown as string]) {
        expect(validateRegistrationNumber(country, input)).toEqual(no("identifiers.required"));
      }
    }
  });

  it("refuses a country that is not a two-letter code", () => {
    for (const country of ["", "N", "NOR", "Norway", "1A", undefined as unknown as string]) {
      expect(validateRegistrationNumber(country, "974761211"), String(country)).toEqual(no("identifiers.unsupportedCountry"));
    }
  });
});

describe("Norwegian national identity number and D-number", () => {
  it("accepts generated fødselsnumre across centuries", () => {
    const cases: [string, number, number][] = [
      ["010170", 0, 499], // 1970
      ["311299", 0, 499], // 1999
      ["290200", 500, 999], // 29 Feb 2000 (leap)
      ["150639", 500, 999], // 2039
      ["010160", 900, 999], // 1960 from the 900–999 range
      ["010180", 900, 999],
      ["010160", 0, 499],
      ["170554", 500, 749], // 1854
      ["290296", 0, 499], // 1996 leap year
    ];
    for (const [date, from, to] of cases) {
      const number = someNorwegianNumber(date, from, to);
      expect(validateNorwegianPersonalNumber(number, TODAY), number).toEqual(ok(number));
    }
  });

  it("accepts D-numbers (day + 40)", () => {
    for (const date of ["410170", "710199", "690296", "610280"]) {
      const number = someNorwegianNumber(date, 0, 499);
      expect(validateNorwegianPersonalNumber(number, TODAY), number).toEqual(ok(number));
    }
  });

  it("accepts many generated numbers and refuses every single-digit change of a check digit", () => {
    const next = rng(11);
    let checked = 0;
    while (checked < 500) {
      const year = 1900 + Math.floor(next() * 100);
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28) + (next() < 0.3 ? 40 : 0);
      const individual = Math.floor(next() * 500);
      const first9 = `${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}${String(individual).padStart(3, "0")}`;
      const number = norwegianNumber(first9);
      if (!number) continue;
      checked += 1;
      expect(validateNorwegianPersonalNumber(number, TODAY), number).toEqual(ok(number));
      const k2 = Number(number[10]);
      for (let other = 0; other <= 9; other += 1) {
        if (other === k2) continue;
        const wrong = `${number.slice(0, 10)}${other}`;
        expect(validateNorwegianPersonalNumber(wrong, TODAY), wrong).toEqual(no("identifiers.personalNumberChecksum"));
      }
    }
  });

  it("accepts the from-2032 k1 rule (remainder 1, 2 or 3) as well as the old one, and nothing else", () => {
    const first9 = "010170123";
    const d = [...first9].map(Number);
    const sum9 = weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const outcomes = new Map<number, boolean>();
    for (let k1 = 0; k1 <= 9; k1 += 1) {
      const remainder = (sum9 + k1) % 11;
      const k2 = (11 - (weighted([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
      if (k2 === 10) continue;
      const number = `${first9}${k1}${k2}`;
      const result = validateNorwegianPersonalNumber(number, TODAY);
      outcomes.set(remainder, result.ok);
      expect(result, `${number} (k1 remainder ${remainder})`).toEqual(
        remainder <= 3 ? ok(number) : no("identifiers.personalNumberChecksum"),
      );
    }
    expect([...outcomes.keys()].some((r) => r >= 1 && r <= 3 && outcomes.get(r))).toBe(true);
    expect([...outcomes.keys()].some((r) => r > 3)).toBe(true);
  });

  it("refuses impossible dates", () => {
    const invalidDates: [string, number, number][] = [
      ["290200", 0, 499], // 29 Feb 1900 (not a leap year)
      ["290201", 0, 499],
      ["300296", 0, 499],
      ["320170", 0, 499],
      ["000170", 0, 499],
      ["011370", 0, 499],
      ["010070", 0, 499],
      ["720170", 0, 499], // D-number day 32
      ["400170", 0, 499], // day 40 (neither a day nor a D-number day)
      ["318070", 0, 499], // synthetic test number (month + 80)
      ["014170", 0, 499], // H-number (month + 40)
      ["310470", 0, 499], // 31 April
    ];
    for (const [date, from] of invalidDates) {
      for (let i = from; i < from + 3; i += 1) {
        const number = `${date}${String(i).padStart(3, "0")}00`;
        expect(validateNorwegianPersonalNumber(number, TODAY), number).toEqual(no("identifiers.personalNumberDate"));
      }
    }
  });

  it("refuses a birth date after today, and accepts one up to today", () => {
    // Individual numbers 500–749 with YY ≤ 39 are born in 2000–2039.
    const bornOn = (ddmmyy: string) => someNorwegianNumber(ddmmyy, 500, 749);
    expect(validateNorwegianPersonalNumber(bornOn("021226"), "2026-12-02")).toEqual(ok(bornOn("021226")));
    expect(validateNorwegianPersonalNumber(bornOn("031226"), "2026-12-02")).toEqual(no("identifiers.personalNumberFutureDate"));
    expect(validateNorwegianPersonalNumber(bornOn("010130"), "2026-12-02")).toEqual(no("identifiers.personalNumberFutureDate"));
    // A D-number (day + 40) is dated the same way.
    const dNumber = someNorwegianNumber("430127", 500, 749);
    expect(validateNorwegianPersonalNumber(dNumber, "2026-12-02")).toEqual(no("identifiers.personalNumberFutureDate"));
    expect(validateNorwegianPersonalNumber(dNumber, "2027-01-03")).toEqual(ok(dNumber));
  });

  it("refuses wrong check digits, lengths and characters; accepts spaces", () => {
    const valid = someNorwegianNumber("010170", 0, 499);
    expect(validateNorwegianPersonalNumber(`${valid.slice(0, 6)} ${valid.slice(6)}`, TODAY)).toEqual(ok(valid));
    expect(validateNorwegianPersonalNumber(` ${valid} `, TODAY)).toEqual(ok(valid));
    expect(validateNorwegianPersonalNumber(valid.slice(0, 10), TODAY)).toEqual(no("identifiers.personalNumberLength"));
    expect(validateNorwegianPersonalNumber(`${valid}0`, TODAY)).toEqual(no("identifiers.personalNumberLength"));
    expect(validateNorwegianPersonalNumber(`${valid.slice(0, 6)}-${valid.slice(6)}`, TODAY)).toEqual(no("identifiers.invalidCharacters"));
    expect(validateNorwegianPersonalNumber("0101701234A", TODAY)).toEqual(no("identifiers.invalidCharacters"));
    expect(validateNorwegianPersonalNumber("", TODAY)).toEqual(no("identifiers.required"));
    expect(validateNorwegianPersonalNumber("  ", TODAY)).toEqual(no("identifiers.required"));
    // A wrong k1 with a k2 computed over it: the k1 remainder is then 4–10 → refused.
    const d = [...valid.slice(0, 9)].map(Number);
    const sum9 = weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const badK1 = [...Array(10).keys()].find((k) => (sum9 + k) % 11 > 3)!;
    const k2 = (11 - (weighted([...d, badK1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 !== 10) {
      expect(validateNorwegianPersonalNumber(`${valid.slice(0, 9)}${badK1}${k2}`, TODAY)).toEqual(no("identifiers.personalNumberChecksum"));
    }
  });
});

describe("Lithuanian personal code", () => {
  it("accepts a known valid code", () => {
    expect(validateLithuanianPersonalCode("33309240064")).toEqual(ok("33309240064"));
    expect(validateLithuanianPersonalCode("333 092 400 64")).toEqual(ok("33309240064"));
  });

  it("accepts generated codes for every century digit 1–6, including leap days", () => {
    const firsts = [
      "1000101000", // 1800-01-01
      "2991231999", // 1899-12-31
      "3960229123", // 1996-02-29
      "4000101001",
      "5000229123", // 2000-02-29
      "6241231555",
    ];
    for (const first of firsts) {
      const code = lithuanianPersonalCode(first);
      expect(validateLithuanianPersonalCode(code), code).toEqual(ok(code));
    }
  });

  it("uses the second pass and the double-10 rule (generated codes)", () => {
    const next = rng(5);
    const passes = { first: 0, second: 0, zero: 0 };
    for (let i = 0; i < 5000; i += 1) {
      const g = 3 + Math.floor(next() * 4);
      const yy = Math.floor(next() * 100);
      const mm = 1 + Math.floor(next() * 12);
      const dd = 1 + Math.floor(next() * 28);
      const nnn = Math.floor(next() * 1000);
      const first10 = `${g}${String(yy).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${String(nnn).padStart(3, "0")}`;
      const digits = [...first10].map(Number);
      const r1 = weighted(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
      const r2 = weighted(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
      if (r1 !== 10) passes.first += 1;
      else if (r2 !== 10) passes.second += 1;
      else passes.zero += 1;
      const code = lithuanianPersonalCode(first10);
      expect(validateLithuanianPersonalCode(code), code).toEqual(ok(code));
      const wrong = `${first10}${(Number(code[10]) + 1 + Math.floor(next() * 9)) % 10}`;
      expect(validateLithuanianPersonalCode(wrong), wrong).toEqual(no("identifiers.personalCodeChecksum"));
    }
    expect(passes.second).toBeGreaterThan(100);
    expect(passes.zero).toBeGreaterThan(5);
  });

  it("refuses a century digit outside 1–6 and 9", () => {
    for (const g of ["0", "7", "8"]) {
      const code = lithuanianPersonalCode(`${g}000101000`);
      expect(validateLithuanianPersonalCode(code), code).toEqual(no("identifiers.personalCodeCentury"));
    }
  });

  it("accepts a code beginning with 9 (issued in exceptional cases) with a warning, whatever its other digits", () => {
    for (const code of ["90000000000", "91234567890", lithuanianPersonalCode("9000101000")]) {
      expect(validateLithuanianPersonalCode(code), code).toEqual({ ok: true, value: code, warning: "identifiers.personalCodeExceptionalWarning" });
    }
    expect(validateLithuanianPersonalCode("9123456789")).toEqual(no("identifiers.personalCodeLength"));
  });

  it("refuses impossible dates", () => {
    for (const first of [
      "3000229000", // 1900-02-29
      "1000229000", // 1800-02-29
      "4010229000", // 1901-02-29
      "3991301000",
      "3990001000",
      "3990100000",
      "3990132000",
      "3990431000",
    ]) {
      const code = lithuanianPersonalCode(first);
      expect(validateLithuanianPersonalCode(code), code).toEqual(no("identifiers.personalCodeDate"));
    }
  });

  it("refuses wrong lengths and characters, and requires an input", () => {
    expect(validateLithuanianPersonalCode("3330924006")).toEqual(no("identifiers.personalCodeLength"));
    expect(validateLithuanianPersonalCode("333092400641")).toEqual(no("identifiers.personalCodeLength"));
    expect(validateLithuanianPersonalCode("LT33309240064")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateLithuanianPersonalCode("33309-240064")).toEqual(no("identifiers.invalidCharacters"));
    expect(validateLithuanianPersonalCode("")).toEqual(no("identifiers.required"));
    expect(validateLithuanianPersonalCode(undefined as unknown as string)).toEqual(no("identifiers.required"));
    expect(validateLithuanianPersonalCode("33309240065")).toEqual(no("identifiers.personalCodeChecksum"));
  });
});

describe("message keys", () => {
  it("every key returned is listed in IDENTIFIER_MESSAGE_KEYS, and every listed key is under identifiers.", () => {
    const inputs: [string, string][] = [
      ["NO", ""],
      ["XXX", "1"],
      ["NO", "97476121A"],
      ["NO", "974"],
      ["NO", "974761212"],
      ["LT", "1"],
      ["LT", "111111111"],
      ["LT", "LT121215434"],
      ["LT", "LT100001234512"],
      ["PL", "1"],
    ];
    const seen = new Set<string>();
    for (const [country, input] of inputs) {
      const result = validateRegistrationNumber(country, input);
      seen.add(result.ok ? result.warning! : result.reason);
    }
    for (const input of ["1", "32017000000", "01017012300"]) {
      const r = validateNorwegianPersonalNumber(input, TODAY);
      if (!r.ok) seen.add(r.reason);
    }
    const future = validateNorwegianPersonalNumber(someNorwegianNumber("010130", 500, 749), "2026-12-02");
    if (!future.ok) seen.add(future.reason);
    for (const input of ["1", "70001010000", "33013000000", "33309240065", "90000000000"]) {
      const r = validateLithuanianPersonalCode(input);
      seen.add(r.ok ? r.warning! : r.reason);
    }
    expect([...seen].sort()).toEqual([...IDENTIFIER_MESSAGE_KEYS].sort());
    expect(IDENTIFIER_MESSAGE_KEYS.every((k) => k.startsWith("identifiers."))).toBe(true);
  });
});
