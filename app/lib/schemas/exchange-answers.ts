// The answer form of an exchange, built from the request's own questions: every question the request asks has its
// fields, whatever the browser sent, and each answer is read as its type (yes/no, a date, an amount with its
// currency for money). Dates and amounts may be typed the local way (app/lib/local-input.ts). Messages are i18n keys.
import { z } from "zod";
import type { AnswerType } from "~/domain/question-catalogue";
import { CURRENCIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { parseLocalAmount, parseLocalDate } from "~/lib/local-input";

export interface AnswerableQuestion {
  id: number;
  answerType: AnswerType;
  /** For amounts: money (needs a currency) or a count (a whole number). */
  amountKind?: "money" | "count";
  /** For dates: something that has happened, so not after today. */
  past?: boolean;
}

export interface ParsedAnswer {
  questionId: number;
  value: string | null;
  text: string | null;
}

export const YES_NO_ANSWERS = ["yes", "no", "unknown"] as const;

/** Field names of a question's answer: the typed value, its currency (money) and the free text. */
export const answerField = (id: number) => `answer-${id}`;
export const answerCurrencyField = (id: number) => `answer-${id}-currency`;
export const answerTextField = (id: number) => `answer-${id}-text`;

const field = z.string().max(10_000, "forms.tooLong").optional();

/**
 * The schema of the answer form for `questions`. With `complete` (answering, or answering a clarification) every
 * question needs its answer: a choice for yes/no, a value or an explanation for dates and amounts, text for text
 * and document questions. A partial answer may leave questions open, but what it gives must be valid.
 */
export function answersSchema(questions: readonly AnswerableQuestion[], options: { locale: Locale; today: string; complete: boolean }) {
  const shape: Record<string, typeof field> = {};
  for (const q of questions) {
    shape[answerField(q.id)] = field;
    shape[answerTextField(q.id)] = field;
    if (q.answerType === "amount" && q.amountKind === "money") shape[answerCurrencyField(q.id)] = field;
  }
  return z
    .object(shape)
    .transform((form, ctx): ParsedAnswer[] => {
      const fail = (name: string, message: string) => {
        ctx.addIssue({ code: "custom", path: [name], message });
      };
      const answers: ParsedAnswer[] = [];
      for (const q of questions) {
        const raw = (form[answerField(q.id)] ?? "").trim();
        const text = (form[answerTextField(q.id)] ?? "").trim() || null;
        let value: string | null = null;
        if (q.answerType === "yes_no") {
          if (raw && !(YES_NO_ANSWERS as readonly string[]).includes(raw)) fail(answerField(q.id), "casework:answers.yesNo");
          else if (raw) value = raw;
          else if (options.complete) fail(answerField(q.id), "casework:answers.choose");
        } else if (q.answerType === "date") {
          const date = raw ? parseLocalDate(raw, options.locale) : null;
          if (raw && !date) fail(answerField(q.id), "casework:answers.date");
          else if (date && q.past && date > options.today) fail(answerField(q.id), "casework:answers.dateFuture");
          else if (date) value = date;
          else if (options.complete && !text) fail(answerField(q.id), "casework:answers.dateRequired");
        } else if (q.answerType === "amount") {
          const amount = raw ? parseLocalAmount(raw, options.locale) : null;
          const currency = (form[answerCurrencyField(q.id)] ?? "").trim();
          if (amount && "error" in amount) fail(answerField(q.id), amount.error === "negative" ? "casework:answers.amountNegative" : "casework:answers.amount");
          else if (amount && q.amountKind === "count" && !Number.isInteger(amount.value)) fail(answerField(q.id), "casework:answers.count");
          else if (amount && q.amountKind === "money" && !(CURRENCIES as readonly string[]).includes(currency)) fail(answerCurrencyField(q.id), "casework:answers.currency");
          else if (amount) value = q.amountKind === "money" ? `${amount.value.toFixed(2)} ${currency}` : String(amount.value);
          else if (options.complete && !text) fail(answerField(q.id), "casework:answers.amountRequired");
        } else if (options.complete && !text) {
          fail(answerTextField(q.id), "casework:answers.textRequired");
        }
        if (value !== null || text !== null) answers.push({ questionId: q.id, value, text });
      }
      return answers;
    });
}
