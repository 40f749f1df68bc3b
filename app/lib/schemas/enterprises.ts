// The enterprise page's forms: follow or stop following, and "continues the business of" (a successor link).
// Messages are keys of the `enterprises` namespace (prefixed by `enterpriseErrorKeys`) or of `common`.
import { z } from "zod";
import { ENTERPRISE_PERSON_ROLES } from "~/domain/enterprise-links";
import { PARTNER_COUNTRIES } from "~/domain/vocabulary";
import type { FieldErrors } from "~/lib/forms";

const optionalDate = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")]).default("");

export const enterpriseActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("follow") }),
  z.object({ intent: z.literal("unfollow") }),
  z.object({
    intent: z.literal("successor"),
    successorCountry: z.enum(PARTNER_COUNTRIES, { message: "errors.successorCountry" }),
    successorNumber: z.string().trim().min(1, "errors.successorNumber").max(40, "errors.successorNumber"),
    sinceOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.sinceOn"),
  }),
  z.object({
    intent: z.literal("person"),
    caseRef: z.string().trim().min(1, "errors.caseRef").max(40, "errors.caseRef"),
    name: z.string().trim().min(2, "errors.personName").max(200, "errors.personName"),
    role: z.enum(ENTERPRISE_PERSON_ROLES, { message: "errors.role" }),
    birthDate: optionalDate,
    personalCode: z.string().trim().max(20, "errors.personalCode").default(""),
    fromOn: optionalDate,
    toOn: optionalDate,
  }),
]);

/** Keys of this namespace get its prefix; the identifier checks' keys (`identifiers.*`) are in `common`. */
export function enterpriseErrorKeys(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key.startsWith("errors.") ? `enterprises:${key}` : key]));
}
