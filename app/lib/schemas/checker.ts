// The posting checker's GET form: short query names (the result URL is meant to be shared and bookmarked),
// messages are keys in the `checker` locale namespace. The output is the input of `buildChecklist`.
import { z } from "zod";
import { CHECKER_ROLES, EXPECTED_LENGTHS, type CheckerInput } from "~/domain/posting-checker";
import { RIGHTS_DIRECTIONS, SECTORS } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { parseLocalDate } from "~/lib/local-input";

/** The query parameters of the form, in the order the form asks for them (also the error summary's order). */
export const CHECKER_FIELDS = ["direction", "role", "sector", "length", "construction", "start"] as const;
export type CheckerField = (typeof CHECKER_FIELDS)[number];

export const CONSTRUCTION_ANSWERS = ["yes", "no"] as const;

/** Start dates the checker accepts (deadlines further out are of no use, and keep the date arithmetic in range). */
export const START_DATE_MIN = "2000-01-01";
export const START_DATE_MAX = "2099-12-31";

/** The start date as the reader writes it (`30.03.2026` in nb, `2026.03.30` in lt, ISO everywhere), or nothing. */
const startDate = (locale: Locale) =>
  z
    .string({ error: "errors.startInvalid" })
    .trim()
    .max(12, "errors.startInvalid")
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const iso = parseLocalDate(v, locale);
      if (iso === null) {
        ctx.addIssue({ code: "custom", message: "errors.startInvalid" });
        return z.NEVER;
      }
      return iso;
    })
    .refine((v) => v === undefined || (v >= START_DATE_MIN && v <= START_DATE_MAX), "errors.startRange");

/**
 * Construction is construction work: once the sector says so, the form does not ask again (the question is
 * hidden in the browser, and an answer that contradicts the sector is overruled).
 */
function answerConstructionFromSector(raw: unknown): unknown {
  if (raw && typeof raw === "object" && (raw as Record<string, unknown>).sector === "construction") {
    return { ...(raw as Record<string, unknown>), construction: "yes" };
  }
  return raw;
}

/** The checker form for a reader of `locale` (who types dates in that locale's format). */
export const checkerSchemaFor = (locale: Locale) =>
  z.preprocess(
    answerConstructionFromSector,
    z
      .object({
        direction: z.enum(RIGHTS_DIRECTIONS, { error: "errors.directionRequired" }),
        role: z.enum(CHECKER_ROLES, { error: "errors.roleRequired" }),
        sector: z.enum(SECTORS, { error: "errors.sectorRequired" }),
        length: z.enum(EXPECTED_LENGTHS, { error: "errors.lengthRequired" }),
        construction: z.enum(CONSTRUCTION_ANSWERS, { error: "errors.constructionRequired" }),
        start: startDate(locale),
      })
      .transform(
        (v): CheckerInput => ({
          direction: v.direction,
          role: v.role,
          sector: v.sector,
          expectedLength: v.length,
          construction: v.construction === "yes",
          ...(v.start === undefined ? {} : { startDate: v.start }),
        }),
      ),
  );

/** ISO dates only (what URLs built by `checkerQuery` carry). */
export const checkerSchema = checkerSchemaFor("en");

/** True when a query string carries an answer to the form (a bare `/checker` shows the empty form, no errors). */
export function isCheckerSubmission(searchParams: URLSearchParams): boolean {
  return CHECKER_FIELDS.some((field) => searchParams.has(field));
}

/** The query string of the form for `input` (links such as "the same checklist for a worker"). */
export function checkerQuery(input: CheckerInput): string {
  const params = new URLSearchParams({
    direction: input.direction,
    role: input.role,
    sector: input.sector,
    length: input.expectedLength,
    construction: input.construction ? "yes" : "no",
    start: input.startDate ?? "",
  });
  return params.toString();
}
