import { z } from "zod";

const isoDate = z
  .string({ error: "content.errors.reviewedInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "content.errors.reviewedInvalid")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "content.errors.reviewedInvalid");

export const topicVersionSchema = z.object({
  intent: z.enum(["preview", "draft", "publish"], { error: "forms.invalid" }),
  baseVersion: z.coerce.number({ error: "forms.invalid" }).int().min(0).max(1_000_000),
  title: z.string({ error: "content.errors.titleRequired" }).trim().min(1, "content.errors.titleRequired").max(200, "content.errors.titleTooLong"),
  summary: z.string().trim().max(600, "content.errors.summaryTooLong").default(""),
  bodyMarkdown: z.string({ error: "content.errors.bodyRequired" }).trim().min(1, "content.errors.bodyRequired").max(60_000, "content.errors.bodyTooLong"),
  sourcesMarkdown: z.string().trim().max(6_000, "content.errors.sourcesTooLong").default(""),
  reviewedOn: isoDate,
});

export const restoreSchema = z.object({
  intent: z.literal("restore"),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
