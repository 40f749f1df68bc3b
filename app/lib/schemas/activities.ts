import { z } from "zod";
import { ACTIVITY_KINDS, LOCALES, PARTNER_COUNTRIES } from "~/domain/vocabulary";

const isoDate = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), message);

export const PARTICIPANT_ROWS = 4;
/** Count fields: `participants0…3` (people per organisation) and `violations_<category>` (for joint meetings). */
const COUNT_FIELD = /^(participants\d|violations_[a-z_]+)$/;

export const activitySchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS, { error: "activity.errors.kindRequired" }),
    title: z.string({ error: "activity.errors.titleRequired" }).trim().min(1, "activity.errors.titleRequired").max(200, "forms.tooLong"),
    startsOn: isoDate("activity.errors.dateRequired"),
    endsOn: z.union([isoDate("activity.errors.dateInvalid"), z.literal("")]).default(""),
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

/** A count typed in the form, 0 when left empty. */
export const countOf = (values: Record<string, unknown>, key: string): number => {
  const raw = values[key];
  return typeof raw === "string" && /^\d{1,4}$/.test(raw) ? Number(raw) : 0;
};
