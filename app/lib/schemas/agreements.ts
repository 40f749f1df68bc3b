import { z } from "zod";
import { TARGETABLE_METRICS } from "~/domain/outcome-metrics";
import { AGREEMENT_STATUSES, FUNDING_SOURCES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { localDate, optionalLocalDate, optionalLocalMoney } from "./local-fields";

const optionalDays = z.string().trim().regex(/^(\d{1,3})?$/, "agreementAdmin.errors.daysInvalid").transform((v) => (v === "" ? null : Number(v)));
const title = z.string({ error: "agreementAdmin.errors.titleRequired" }).trim().min(1, "agreementAdmin.errors.titleRequired").max(300, "forms.tooLong");
const longText = z.string().trim().max(5000, "forms.tooLong").default("");

/** The agreement form for a reader of `locale` (dates in that locale's format). */
export const agreementSchemaFor = (locale: Locale) =>
  z.object({
    titleNb: title,
    titleLt: title,
    titleEn: title,
    signedOn: optionalLocalDate(locale, "agreementAdmin.errors.dateInvalid").transform((v) => v || null),
    supersedesId: z.string().regex(/^\d{0,9}$/).transform((v) => (v ? Number(v) : null)),
    status: z.enum(AGREEMENT_STATUSES, { error: "agreementAdmin.errors.statusRequired" }),
    scopeNb: longText,
    scopeLt: longText,
    scopeEn: longText,
    inspectionResponseDays: z.string().trim().regex(/^\d{1,3}$/, "agreementAdmin.errors.daysInvalid").transform(Number).pipe(z.number().min(1, "agreementAdmin.errors.daysInvalid").max(250, "agreementAdmin.errors.daysInvalid")),
    exchangeStandardDays: optionalDays,
    exchangeUrgentDays: optionalDays,
  });

export const agreementSchema = agreementSchemaFor("en");

export const FUNDING_ROWS = 3;
export const TARGET_ROWS = 8;
const percent = z.string().trim().regex(/^(\d{1,3}([.,]\d{1,2})?)?$/, "agreementAdmin.errors.shareInvalid");
const money = (locale: Locale) => optionalLocalMoney(locale, { invalid: "exchange.errors.amountInvalid", negative: "exchange.errors.amountNegative" });

/** The project-period form for a reader of `locale` (dates and amounts in that locale's format). */
export const periodSchemaFor = (locale: Locale) =>
  z
    .object({
      slug: z.string({ error: "agreementAdmin.errors.slugInvalid" }).trim().regex(/^[a-z0-9][a-z0-9-]{1,30}$/, "agreementAdmin.errors.slugInvalid"),
      nameNb: title,
      nameLt: title,
      nameEn: title,
      startsOn: localDate(locale, "agreementAdmin.errors.dateInvalid"),
      endsOn: localDate(locale, "agreementAdmin.errors.dateInvalid"),
      budget: money(locale),
      objectivesNb: longText,
      objectivesLt: longText,
      objectivesEn: longText,
      ...Object.fromEntries(Array.from({ length: FUNDING_ROWS }, (_, i) => [`fundingSource${i}`, z.union([z.enum(FUNDING_SOURCES), z.literal("")]).default("")])),
    })
    // Funding shares and amounts, target metrics and values: checked below, row by row.
    .catchall(z.string().trim().max(100, "forms.tooLong"))
    .superRefine((v, ctx) => {
      if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "agreementAdmin.errors.endBeforeStart" });
      let shares = 0;
      for (let i = 0; i < FUNDING_ROWS; i++) {
        const share = String(v[`fundingShare${i}`] ?? "");
        if (!percent.safeParse(share).success) ctx.addIssue({ code: "custom", path: [`fundingShare${i}`], message: "agreementAdmin.errors.shareInvalid" });
        const amount = money(locale).safeParse(String(v[`fundingAmount${i}`] ?? ""));
        if (!amount.success) ctx.addIssue({ code: "custom", path: [`fundingAmount${i}`], message: amount.error.issues[0]?.message ?? "exchange.errors.amountInvalid" });
        if (v[`fundingSource${i}`]) shares += Number(share.replace(",", ".") || 0);
      }
      if (shares > 100.0001) ctx.addIssue({ code: "custom", path: ["fundingShare0"], message: "agreementAdmin.errors.sharesOver100" });
      for (let i = 0; i < TARGET_ROWS; i++) {
        const metric = String(v[`targetMetric${i}`] ?? "");
        const value = String(v[`targetValue${i}`] ?? "");
        if (metric && !TARGETABLE_METRICS.includes(metric)) ctx.addIssue({ code: "custom", path: [`targetMetric${i}`], message: "forms.invalid" });
        if (metric && !/^\d{1,6}$/.test(value)) ctx.addIssue({ code: "custom", path: [`targetValue${i}`], message: "agreementAdmin.errors.targetInvalid" });
      }
    })
    // The funding amounts as plain decimals ("1500.50"), like the budget: checked above, so they parse.
    .transform((v) => {
      const normalised: Record<string, string> = {};
      for (let i = 0; i < FUNDING_ROWS; i++) {
        const amount = money(locale).safeParse(String(v[`fundingAmount${i}`] ?? ""));
        if (amount.success) normalised[`fundingAmount${i}`] = amount.data;
      }
      return { ...v, ...normalised };
    });

export const periodSchema = periodSchemaFor("en");
