// Exchange forms, shared by server and browser. Messages are i18n keys.
import { z } from "zod";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { findQuestion } from "~/domain/question-catalogue";
import { crossFieldCheck } from "~/lib/forms";
import { CURRENCIES, EXCHANGE_TYPES, LOCALES, PARTNER_COUNTRIES, URGENCIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { optionalLocalDate, optionalLocalMoney } from "./local-fields";

const text = (max: number, tooLong = "forms.tooLong") => z.string().trim().max(max, tooLong).default("");
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const PENALTY_TYPES = ["notification_request", "recovery_request"] as const;

/**
 * What only the server can tell about a new request (the database): the agreement is the authority's and in force,
 * a chosen enterprise is still known, a new one has a name. Given to the schema so one parse reports every error.
 */
export type NewExchangeServerChecks = (value: NewExchangeCheckInput) => Record<string, string>;

/** The new-request form for a reader of `locale` (dates and amounts in that locale's format). */
export const newExchangeSchemaFor = (locale: Locale, serverChecks?: NewExchangeServerChecks) =>
  z
    .object({
      // "enter": the form's hidden default button, pressed by Enter in a field; it sends, like the first visible one.
      intent: z.enum(["draft", "send", "enter"]).catch("draft"),
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
    .check(
      crossFieldCheck((value) => {
        const input = checkInputOf(value);
        const errors = newExchangeCrossFieldErrors(input);
        // The server's checks only where the form itself is fine, so each field shows its most basic problem.
        for (const [field, message] of Object.entries(serverChecks?.(input) ?? {})) errors[field] ??= message;
        return errors;
      }),
    );

export const newExchangeSchema = newExchangeSchemaFor("en");

/** Fields of a new request needed only together with others: a penalty's instrument, an urgent request's reason. */
export const INSTRUMENT_REQUIRED_FIELDS = ["addresseeName", "addresseeAddress", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature", "penaltyAmount", "penaltyCurrency"] as const;

type CheckedField = "type" | "urgency" | "urgencyReason" | "agreementId" | "enterpriseId" | "enterpriseCountry" | "enterpriseNumber" | "enterpriseName" | "enterpriseAddress" | "freeQuestions" | (typeof INSTRUMENT_REQUIRED_FIELDS)[number];
/** A new request's fields as the checks between them see them: text as sent (trimmed), questions as a list. */
export type NewExchangeCheckInput = { [K in CheckedField]: string } & { questions: string[] };

/** Whatever the schema made of a field so far (parsed, as sent when invalid, or missing), as trimmed text. */
function checkInputOf(value: Record<string, unknown>): NewExchangeCheckInput {
  const textOf = (raw: unknown): string => (typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : Array.isArray(raw) ? textOf(raw[0]) : "");
  const fields = ["type", "urgency", "urgencyReason", "agreementId", "enterpriseId", "enterpriseCountry", "enterpriseNumber", "enterpriseName", "enterpriseAddress", "freeQuestions", ...INSTRUMENT_REQUIRED_FIELDS] as const;
  const questions = value.questions;
  return {
    ...(Object.fromEntries(fields.map((field) => [field, textOf(value[field])])) as { [K in CheckedField]: string }),
    questions: (Array.isArray(questions) ? questions : questions === undefined ? [] : [questions]).filter((q): q is string => typeof q === "string"),
  };
}

/** The checks between fields of a new request, and of each ticked question against the catalogue. */
export function newExchangeCrossFieldErrors(v: NewExchangeCheckInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.urgency === "urgent" && !v.urgencyReason) errors.urgencyReason = "exchange.errors.urgencyReasonRequired";
  if (!v.enterpriseId && (v.enterpriseNumber || v.enterpriseCountry)) {
    if (!v.enterpriseCountry) errors.enterpriseCountry = "exchange.errors.enterpriseCountryRequired";
    if (!v.enterpriseNumber) errors.enterpriseNumber = "identifiers.required";
    else if (v.enterpriseCountry) {
      const checked = validateRegistrationNumber(v.enterpriseCountry, v.enterpriseNumber);
      if (!checked.ok) errors.enterpriseNumber = checked.reason;
    }
  }
  // A code outside the catalogue has no translation for the partner (a tampered or very old form).
  if (v.questions.some((code) => !findQuestion(code))) errors.questions = "exchange.errors.questionUnknown";
  else if (v.type && v.type !== "alert" && v.questions.length === 0 && !v.freeQuestions) errors.questions = "exchange.errors.questionsRequired";
  if ((PENALTY_TYPES as readonly string[]).includes(v.type)) {
    for (const field of INSTRUMENT_REQUIRED_FIELDS) if (!v[field]) errors[field] = "exchange.errors.instrumentFieldRequired";
  }
  return errors;
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
