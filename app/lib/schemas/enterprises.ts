// The enterprise page's forms: follow or stop following, and "continues the business of" (a successor link).
// Messages are keys of the `enterprises` namespace (prefixed by `enterpriseErrorKeys`) or of `common`.
import { z } from "zod";
import { contactMatchValue, ENTERPRISE_CONTACT_KINDS, ENTERPRISE_PERSON_ROLES } from "~/domain/enterprise-links";
import { CASE_REFERENCE } from "~/domain/references";
import { PARTNER_COUNTRIES } from "~/domain/vocabulary";
import type { FieldErrors } from "~/lib/forms";
import type { Locale } from "~/lib/i18n";
import { localDate } from "./local-fields";

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

/**
 * A contact detail of one of a case's enterprises, as the case brought it in (the form reached from the case page).
 * The value must be usable for matching: a phone number with at least six digits, an e-mail domain (or an address
 * at it) or an address of at least five characters. `today` bounds the date: nothing is seen in the future.
 */
export const enterpriseContactSchemaFor = (locale: Locale, today: string) =>
  z
    .object({
      sourceKind: z.enum(["exchange", "inspection"], { error: "errors.caseRef" }),
      sourceRef: z.string({ error: "errors.caseRef" }).regex(CASE_REFERENCE, "errors.caseRef"),
      enterprise: z.string({ error: "errors.contactEnterprise" }).trim().min(1, "errors.contactEnterprise").max(40, "errors.contactEnterprise"),
      kind: z.enum(ENTERPRISE_CONTACT_KINDS, { error: "errors.contactKind" }),
      value: z.string({ error: "errors.contactValue" }).trim().min(1, "errors.contactValue").max(300, "forms.tooLong"),
      seenOn: localDate(locale, "errors.seenOnRequired", "errors.date").refine((v) => v <= today, "errors.seenOnFuture"),
    })
    .superRefine((v, ctx) => {
      if (contactMatchValue(v.kind, v.value) === null) ctx.addIssue({ code: "custom", path: ["value"], message: `errors.contactInvalid.${v.kind}` });
    });

/** Keys of this namespace get its prefix; the identifier checks' keys (`identifiers.*`) are in `common`. */
export function enterpriseErrorKeys(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key.startsWith("errors.") ? `enterprises:${key}` : key]));
}
