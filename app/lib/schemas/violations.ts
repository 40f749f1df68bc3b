import { z } from "zod";
import { CASE_REFERENCE } from "~/domain/references";
import { CURRENCIES, LOCALES, SANCTIONS, VIOLATION_CATEGORIES } from "~/domain/vocabulary";

/** A violation as recorded; `today` (the server's date) bounds the found-on date: nothing is found in the future. */
export const newViolationSchema = (today: string) =>
  z
    .object({
      sourceKind: z.enum(["exchange", "inspection"], { error: "violation.errors.sourceRequired" }),
      sourceRef: z.string({ error: "violation.errors.sourceRequired" }).regex(CASE_REFERENCE, "violation.errors.sourceRequired"),
      category: z.enum(VIOLATION_CATEGORIES, { error: "violation.errors.categoryRequired" }),
      legalReference: z.string().trim().max(300, "forms.tooLong").default(""),
      description: z.string({ error: "violation.errors.descriptionRequired" }).trim().min(1, "violation.errors.descriptionRequired").max(5000, "forms.tooLong"),
      descriptionLanguage: z.enum(LOCALES).catch("en"),
      foundOn: z
        .string({ error: "violation.errors.foundOnRequired" })
        .regex(/^\d{4}-\d{2}-\d{2}$/, "violation.errors.foundOnRequired")
        .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "violation.errors.foundOnRequired")
        .refine((v) => v <= today, "violation.errors.foundOnFuture"),
      sanction: z.enum(SANCTIONS, { error: "violation.errors.sanctionRequired" }),
      fineAmount: z.string().trim().regex(/^(\d{1,12}([.,]\d{1,2})?)?$/, "exchange.errors.amountInvalid").default(""),
      fineCurrency: z.union([z.enum(CURRENCIES), z.literal("")]).default(""),
    })
    .superRefine((v, ctx) => {
      if (v.sanction === "fine" && (!v.fineAmount || Number(v.fineAmount.replace(",", ".")) <= 0)) ctx.addIssue({ code: "custom", path: ["fineAmount"], message: "violation.errors.fineAmountRequired" });
      if (v.sanction === "fine" && !v.fineCurrency) ctx.addIssue({ code: "custom", path: ["fineCurrency"], message: "violation.errors.fineCurrencyRequired" });
    });
