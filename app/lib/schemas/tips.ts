// Report a concern (public) and the status form of a tip. Messages are keys of the `tips` namespace; the
// routes hand them to the shared form components with `tipsErrorKeys`, which adds the namespace.
import { z } from "zod";
import { SECTORS, TIP_STATUSES } from "~/domain/vocabulary";
import type { FieldErrors } from "~/lib/forms";

/** Where the work happens decides which inspectorate receives the tip. */
export const TIP_COUNTRIES = ["NO", "LT"] as const;
export type TipCountry = (typeof TIP_COUNTRIES)[number];

export const TIP_DESCRIPTION_MAX = 5000;
export const TIP_SHORT_TEXT_MAX = 200;
/** Longer than any registration number with spaces and a country prefix (`LT 304 120 014`, `NO 974 760 673 MVA`). */
export const TIP_EMPLOYER_NUMBER_MAX = 30;

/** Statuses a contact point can set; `new` is only where a tip starts. */
export type TipStatus = (typeof TIP_STATUSES)[number];
export const TIP_STATUS_TARGETS = ["triaged", "forwarded", "closed"] as const satisfies readonly TipStatus[];
export type TipStatusTarget = (typeof TIP_STATUS_TARGETS)[number];

/** The honeypot's field name: a word that form-filling robots like to fill in. */
export const HONEYPOT_FIELD = "website";

// C0 and C1 control characters except tab and newline, and the bidirectional overrides and isolates that can
// make stored text display differently from what it says.
const UNWANTED_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Free text as stored: line breaks normalised to `\n`, control characters removed, outer spaces trimmed. */
export function cleanMultiline(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(UNWANTED_CHARACTERS, "").trim();
}

/** One-line text as stored: also without line breaks or tabs. */
export function cleanLine(value: string): string {
  return cleanMultiline(value).replace(/\s+/g, " ");
}

const line = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((v) => cleanLine(v ?? ""))
    .pipe(z.string().max(max, tooLong));

const requiredLine = (max: number, required: string, tooLong: string) =>
  z
    .string({ error: required })
    .transform(cleanLine)
    .pipe(z.string().min(1, required).max(max, tooLong));

/** An e-mail address, or a phone number: digits with the usual separators and an optional leading `+`. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{4,24}$/;
export function isEmailOrPhone(value: string): boolean {
  return EMAIL.test(value) || (PHONE.test(value) && value.replace(/\D/g, "").length >= 5);
}

const wantsContact = (payload: { value: unknown }) => (payload.value as { anonymous?: unknown } | undefined)?.anonymous === "no";
const contactOf = (value: { reporterContact?: unknown }) => (typeof value.reporterContact === "string" ? cleanLine(value.reporterContact) : "");

export const reportTipSchema = z
  .object({
    country: z.enum(TIP_COUNTRIES, { error: "report.errors.countryRequired" }),
    sector: z.enum(SECTORS, { error: "report.errors.sectorRequired" }),
    place: requiredLine(TIP_SHORT_TEXT_MAX, "report.errors.placeRequired", "report.errors.placeTooLong"),
    employerName: line(TIP_SHORT_TEXT_MAX, "report.errors.employerTooLong"),
    // Not checked against a country's rule: a reporter may half-remember it. Only a valid, known number links.
    employerNumber: line(TIP_EMPLOYER_NUMBER_MAX, "report.errors.employerNumberTooLong"),
    description: z
      .string({ error: "report.errors.descriptionRequired" })
      .transform(cleanMultiline)
      .pipe(
        z
          .string()
          .min(1, "report.errors.descriptionRequired")
          .max(TIP_DESCRIPTION_MAX, "report.errors.descriptionTooLong"),
      ),
    anonymous: z.enum(["yes", "no"], { error: "report.errors.anonymousRequired" }),
    // Checked below only for a reporter who may be contacted; an anonymous report throws them away unread.
    reporterName: z.string().optional().transform((v) => cleanLine(v ?? "")),
    reporterContact: z.string().optional().transform((v) => cleanLine(v ?? "")),
    [HONEYPOT_FIELD]: z.string().optional(),
  })
  // Contact details only matter to someone who wants to be contacted; an anonymous report ignores them.
  // `when` makes these run even if other fields have errors, so every problem is reported at once.
  .refine((value) => contactOf(value) !== "", {
    path: ["reporterContact"],
    message: "report.errors.contactRequired",
    when: wantsContact,
  })
  .refine((value) => contactOf(value) === "" || (contactOf(value).length <= TIP_SHORT_TEXT_MAX && isEmailOrPhone(contactOf(value))), {
    path: ["reporterContact"],
    message: "report.errors.contactInvalid",
    when: wantsContact,
  })
  .refine((value) => typeof value.reporterName !== "string" || cleanLine(value.reporterName).length <= TIP_SHORT_TEXT_MAX, {
    path: ["reporterName"],
    message: "report.errors.nameTooLong",
    when: wantsContact,
  });

export type ReportTipInput = z.infer<typeof reportTipSchema>;

/** The order of the report form's fields, for the error summary. */
export const REPORT_FIELD_ORDER = ["form", "country", "sector", "place", "employerName", "employerNumber", "description", "anonymous", "reporterName", "reporterContact"];

export const tipStatusSchema = z.object({
  status: z.enum(TIP_STATUS_TARGETS, { error: "tip.errors.statusRequired" }),
  version: z.coerce.number({ error: "tip.errors.stale" }).int("tip.errors.stale").min(1, "tip.errors.stale").max(1_000_000_000, "tip.errors.stale"),
});

export const tipListQuerySchema = z.object({
  status: z.enum(["all", ...TIP_STATUSES]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/**
 * The shared form components translate error keys with the default namespace; these live in `tips`.
 * Keys of the common namespace (`forms.invalid`) pass unchanged.
 */
export function tipsErrorKeys(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key.startsWith("forms.") ? key : `tips:${key}`]));
}

/** Linking a tip to an enterprise from the tip page: an enterprise id from the need-to-know search, or removing it. */
export const tipLinkSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("link"), enterpriseId: z.coerce.number({ error: "tip.errors.enterpriseRequired" }).int("tip.errors.enterpriseRequired").min(1, "tip.errors.enterpriseRequired").max(Number.MAX_SAFE_INTEGER, "tip.errors.enterpriseRequired") }),
  z.object({ intent: z.literal("unlink") }),
]);
