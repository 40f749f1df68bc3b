import { z } from "zod";
import { ACTIVITY_KINDS, LOCALES, PARTNER_COUNTRIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { localDate, optionalLocalDate } from "./local-fields";

export const PARTICIPANT_ROWS = 4;
/** Count fields: `participants0…3` (people per organisation) and `violations_<category>` (for joint meetings). */
const COUNT_FIELD = /^(participants\d|violations_[a-z_]+)$/;

/** The activity form for a reader of `locale` (dates in that locale's format). */
export const activitySchemaFor = (locale: Locale) =>
  z
    .object({
      kind: z.enum(ACTIVITY_KINDS, { error: "activity.errors.kindRequired" }),
      title: z.string({ error: "activity.errors.titleRequired" }).trim().min(1, "activity.errors.titleRequired").max(200, "forms.tooLong"),
      startsOn: localDate(locale, "activity.errors.dateRequired"),
      endsOn: optionalLocalDate(locale, "activity.errors.dateInvalid"),
      place: z.string().trim().max(200, "forms.tooLong").default(""),
      country: z.union([z.enum(PARTNER_COUNTRIES), z.literal("")]).default(""),
      summary: z.string().trim().max(5000, "forms.tooLong").default(""),
      summaryLanguage: z.enum(LOCALES).catch("en"),
    })
    // Organisation names and the count fields; each count is checked below.
    .catchall(z.string().trim().max(200, "forms.tooLong"))
    .superRefine((v, ctx) => {
      if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "activity.errors.endBeforeStart" });
      for (const [key, value] of Object.entries(v)) {
        if (COUNT_FIELD.test(key) && typeof value === "string" && !/^\d{0,4}$/.test(value)) ctx.addIssue({ code: "custom", path: [key], message: "activity.errors.countInvalid" });
      }
    });

export const activitySchema = activitySchemaFor("en");

/** A count typed in the form, 0 when left empty. */
export const countOf = (values: Record<string, unknown>, key: string): number => {
  const raw = values[key];
  return typeof raw === "string" && /^\d{1,4}$/.test(raw) ? Number(raw) : 0;
};
