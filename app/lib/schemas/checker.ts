// The posting checker's GET form: short query names (the result URL is meant to be shared and bookmarked),
// messages are keys in the `checker` locale namespace. The output is the input of `buildChecklist`.
import { z } from "zod";
import { CHECKER_ROLES, EXPECTED_LENGTHS, type CheckerInput } from "~/domain/posting-checker";
import { RIGHTS_DIRECTIONS, SECTORS } from "~/domain/vocabulary";
import { isIsoDate } from "~/domain/working-days";

/** The query parameters of the form, in the order the form asks for them (also the error summary's order). */
export const CHECKER_FIELDS = ["direction", "role", "sector", "length", "construction", "start"] as const;
export type CheckerField = (typeof CHECKER_FIELDS)[number];

export const CONSTRUCTION_ANSWERS = ["yes", "no"] as const;

/** Start dates the checker accepts (deadlines further out are of no use, and keep the date arithmetic in range). */
export const START_DATE_MIN = "2000-01-01";
export const START_DATE_MAX = "2099-12-31";

const startDate = z
  .string({ error: "errors.startInvalid" })
  .trim()
  .max(10, "errors.startInvalid")
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v))
  .refine((v) => v === undefined || isIsoDate(v), "errors.startInvalid")
  .refine((v) => v === undefined || (v >= START_DATE_MIN && v <= START_DATE_MAX), "errors.startRange");

export const checkerSchema = z
  .object({
    direction: z.enum(RIGHTS_DIRECTIONS, { error: "errors.directionRequired" }),
    role: z.enum(CHECKER_ROLES, { error: "errors.roleRequired" }),
    sector: z.enum(SECTORS, { error: "errors.sectorRequired" }),
    length: z.enum(EXPECTED_LENGTHS, { error: "errors.lengthRequired" }),
    construction: z.enum(CONSTRUCTION_ANSWERS, { error: "errors.constructionRequired" }),
    start: startDate,
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
  );

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
