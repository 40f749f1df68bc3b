// Exchange forms, shared by server and browser. Messages are i18n keys.
import { z } from "zod";
import { validateRegistrationNumber } from "~/domain/identifiers";
import type { FormValues } from "~/lib/forms";
import { CURRENCIES, EXCHANGE_TYPES, LOCALES, PARTNER_COUNTRIES, URGENCIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { optionalLocalDate, optionalLocalMoney } from "./local-fields";

const text = (max: number, tooLong = "forms.tooLong") => z.string().trim().max(max, tooLong).default("");
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const PENALTY_TYPES = ["notification_request", "recovery_request"] as const;

/** The new-request form for a reader of `locale` (dates and amounts in that locale's format). */
export const newExchangeSchemaFor = (locale: Locale) =>
  z
    .object({
      intent: z.enum(["draft", "send"]).catch("draft"),
      agreementId: z.string({ error: "exchange.errors.agreementRequired" }).regex(/^\d{1,9}$/, "exchange.errors.agreementRequired").transform(Number),
      type: z.enum(EXCHANGE_TYPES, { error: "exchange.errors.typeRequired" }),
      urgency: z.enum(URGENCIES, { error: "exchange.errors.urgencyRequired" }),
      urgencyReason: text(1000),
      subject: z.string({ error: "exchange.errors.subjectRequired" }).trim().min(1, "exchange.errors.subjectRequired").max(200, "forms.tooLong"),
      enterpriseId: z.string().regex(/^\d{0,9}$/).default(""),
      enterpriseCountry: z.union([z.enum(PARTNER_COUNTRIES), z.literal("")]).default(""),
      enterpriseNumber: text(40),
      enterpriseName: text(200),
      enterpriseAddress: text(300),
      postedWorkersCount: z.string().trim().regex(/^\d{0,6}$/, "exchange.errors.workersInvalid").default(""),
      questions: list,
      freeQuestions: text(5000),
      supplementaryText: text(10000),
      language: z.enum(LOCALES).catch("en"),
      addresseeName: text(200),
      addresseeAddress: text(300),
      addresseeIdentifier: text(60),
      factsSummary: text(4000),
      infringementNature: text(1000),
      rulesConcerned: text(1000),
      enforceableInstrument: text(1000),
      requestingBody: text(300),
      challengeBody: text(300),
      enforceableOn: optionalLocalDate(locale, "exchange.errors.dateInvalid"),
      penaltyNature: text(300),
      penaltyAmount: optionalLocalMoney(locale, { invalid: "exchange.errors.amountInvalid", negative: "exchange.errors.amountNegative" }),
      penaltyCurrency: z.union([z.enum(CURRENCIES), z.literal("")]).default(""),
      notificationDates: text(500),
      noAppealRemains: z.string().optional().transform((v) => v === "yes"),
      underlyingClaim: text(1000),
    })
    .superRefine((v, ctx) => {
      for (const [path, message] of Object.entries(newExchangeCrossFieldErrors(v))) ctx.addIssue({ code: "custom", path: [path], message });
    });

export const newExchangeSchema = newExchangeSchemaFor("en");

/** Fields of a new request needed only together with others: a penalty's instrument, an urgent request's reason. */
export const INSTRUMENT_REQUIRED_FIELDS = ["addresseeName", "addresseeAddress", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature", "penaltyAmount", "penaltyCurrency"] as const;

type CrossFieldInput = { [K in "type" | "urgency" | "urgencyReason" | "enterpriseCountry" | "enterpriseNumber" | "freeQuestions" | (typeof INSTRUMENT_REQUIRED_FIELDS)[number]]?: string } & { questions?: string | string[] };

/**
 * The checks between fields of a new request. The schema runs them on valid data; the form also runs them on the
 * raw values when another field is invalid, so every error shows in the first round.
 */
export function newExchangeCrossFieldErrors(v: CrossFieldInput): Record<string, string> {
  const errors: Record<string, string> = {};
  const filled = (value: string | undefined) => (value ?? "").trim() !== "";
  if (v.urgency === "urgent" && !filled(v.urgencyReason)) errors.urgencyReason = "exchange.errors.urgencyReasonRequired";
  if (filled(v.enterpriseNumber) || filled(v.enterpriseCountry)) {
    if (!filled(v.enterpriseCountry)) errors.enterpriseCountry = "exchange.errors.enterpriseCountryRequired";
    else if (!filled(v.enterpriseNumber)) errors.enterpriseNumber = "identifiers.required";
    else {
      const checked = validateRegistrationNumber(v.enterpriseCountry!, v.enterpriseNumber!);
      if (!checked.ok) errors.enterpriseNumber = checked.reason;
    }
  }
  const questionCount = (Array.isArray(v.questions) ? v.questions.length : filled(v.questions) ? 1 : 0) + (filled(v.freeQuestions) ? 1 : 0);
  if (filled(v.type) && v.type !== "alert" && questionCount === 0) errors.questions = "exchange.errors.questionsRequired";
  if ((PENALTY_TYPES as readonly string[]).includes(v.type ?? "")) {
    for (const field of INSTRUMENT_REQUIRED_FIELDS) if (!filled(v[field])) errors[field] = "exchange.errors.instrumentFieldRequired";
  }
  return errors;
}

/** The same checks on a form's raw values (repeated names as arrays). */
export function newExchangeCrossFieldErrorsOfValues(values: FormValues): Record<string, string> {
  return newExchangeCrossFieldErrors(Object.fromEntries(Object.entries(values).map(([name, value]) => [name, name !== "questions" && Array.isArray(value) ? value[0] : value])));
}

export type NewExchangeForm = z.infer<typeof newExchangeSchema>;

/** Minor units from a typed amount: "1 234,5" → 123450. */
export function amountToMinorUnits(amount: string): number {
  const [whole = "0", fraction = ""] = amount.replace(/\s/g, "").replace(",", ".").split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

/** Below this a recovery may be refused (Directive 2014/67/EU Art. 17). */
export const RECOVERY_REFUSAL_THRESHOLD_EUR_CENTS = 35_000;

export const exchangeActionSchema = z.object({
  action: z.enum(["send", "accept", "answer", "answer_partially", "request_clarification", "respond_to_clarification", "close", "decline", "withdraw", "forward"], { error: "workflow.notAllowed" }),
  version: z.string().regex(/^\d{1,9}$/, "forms.invalid").transform(Number),
  reason: text(2000),
  message: text(5000),
  forwardTo: z.string().regex(/^\d{0,9}$/).default(""),
});

export const messageSchema = z.object({
  body: z.string({ error: "exchange.errors.messageRequired" }).trim().min(1, "exchange.errors.messageRequired").max(10000, "forms.tooLong"),
  language: z.enum(LOCALES).catch("en"),
});
