import { z } from "zod";
import { CASE_REFERENCE } from "~/domain/references";
import { CURRENCIES, LOCALES, SANCTIONS, VIOLATION_CATEGORIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { localDate, optionalLocalMoney } from "./local-fields";

/**
 * The new-violation form for a reader of `locale` (dates and amounts in that locale's format); `today` (the
 * server's date) bounds the found-on date: nothing is found in the future.
 */
export const newViolationSchemaFor = (locale: Locale, today: string) =>
  z
    .object({
      sourceKind: z.enum(["exchange", "inspection"], { error: "violation.errors.sourceRequired" }),
      sourceRef: z.string({ error: "violation.errors.sourceRequired" }).regex(CASE_REFERENCE, "violation.errors.sourceRequired"),
      category: z.enum(VIOLATION_CATEGORIES, { error: "violation.errors.categoryRequired" }),
      legalReference: z.string().trim().max(300, "forms.tooLong").default(""),
      description: z.string({ error: "violation.errors.descriptionRequired" }).trim().min(1, "violation.errors.descriptionRequired").max(5000, "forms.tooLong"),
      descriptionLanguage: z.enum(LOCALES).catch("en"),
      foundOn: localDate(locale, "violation.errors.foundOnRequired").refine((v) => v <= today, "violation.errors.foundOnFuture"),
      sanction: z.enum(SANCTIONS, { error: "violation.errors.sanctionRequired" }),
      fineAmount: optionalLocalMoney(locale, { invalid: "exchange.errors.amountInvalid", negative: "exchange.errors.amountNegative" }),
      fineCurrency: z.union([z.enum(CURRENCIES), z.literal("")]).default(""),
    })
    .superRefine((v, ctx) => {
      if (v.sanction === "fine" && (!v.fineAmount || Number(v.fineAmount) <= 0)) ctx.addIssue({ code: "custom", path: ["fineAmount"], message: "violation.errors.fineAmountRequired" });
      if (v.sanction === "fine" && !v.fineCurrency) ctx.addIssue({ code: "custom", path: ["fineCurrency"], message: "violation.errors.fineCurrencyRequired" });
    });
