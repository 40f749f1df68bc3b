import { describe, expect, it } from "vitest";
import { answersSchema, type AnswerableQuestion } from "~/lib/schemas/exchange-answers";

const QUESTIONS: AnswerableQuestion[] = [
  { id: 1, answerType: "yes_no" },
  { id: 2, answerType: "date", past: true },
  { id: 3, answerType: "amount", amountKind: "money" },
  { id: 4, answerType: "amount", amountKind: "count" },
  { id: 5, answerType: "text" },
];
const TODAY = "2026-12-02";
const complete = (locale: "nb" | "lt" | "en" = "en") => answersSchema(QUESTIONS, { locale, today: TODAY, complete: true });
const partial = answersSchema(QUESTIONS, { locale: "en", today: TODAY, complete: false });
const full = { "answer-1": "yes", "answer-2": "2015-04-14", "answer-3": "1,500.50", "answer-3-currency": "EUR", "answer-4": "12", "answer-5-text": "Twelve workers." };
const errorsOf = (result: ReturnType<ReturnType<typeof complete>["safeParse"]>) =>
  result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));

describe("exchange answers", () => {
  it("reads every answer as its type", () => {
    expect(complete().parse(full)).toEqual([
      { questionId: 1, value: "yes", text: null },
      { questionId: 2, value: "2015-04-14", text: null },
      { questionId: 3, value: "1500.50 EUR", text: null },
      { questionId: 4, value: "12", text: null },
      { questionId: 5, value: null, text: "Twelve workers." },
    ]);
  });

  it("reads dates and amounts typed the local way", () => {
    const nb = complete("nb").parse({ ...full, "answer-2": "14.04.2015", "answer-3": "1 500,50", "answer-3-currency": "NOK" });
    expect(nb[1]).toMatchObject({ value: "2015-04-14" });
    expect(nb[2]).toMatchObject({ value: "1500.50 NOK" });
    const lt = complete("lt").parse({ ...full, "answer-2": "2015.04.14", "answer-3": "1 500,50" });
    expect(lt[1]).toMatchObject({ value: "2015-04-14" });
  });

  it("needs every question's answer, also when the browser did not send its field", () => {
    const { "answer-1": _yes, "answer-5-text": _text, ...trimmed } = full;
    expect(errorsOf(complete().safeParse(trimmed))).toEqual({ "answer-1": "casework:answers.choose", "answer-5-text": "casework:answers.textRequired" });
    expect(errorsOf(complete().safeParse({}))).toMatchObject({ "answer-2": "casework:answers.dateRequired", "answer-3": "casework:answers.amountRequired" });
  });

  it("accepts an explanation instead of a date or amount the answerer does not have", () => {
    expect(complete().safeParse({ ...full, "answer-2": "", "answer-2-text": "Not registered in our register." }).success).toBe(true);
  });

  it("refuses words, negative amounts, a missing currency, fractions of a count, impossible and future dates", () => {
    expect(errorsOf(complete("lt").safeParse({ ...full, "answer-3": "apie 15 eurų" }))).toEqual({ "answer-3": "casework:answers.amount" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-3": "-15" }))).toEqual({ "answer-3": "casework:answers.amountNegative" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-3-currency": "" }))).toEqual({ "answer-3-currency": "casework:answers.currency" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-3-currency": "USD" }))).toEqual({ "answer-3-currency": "casework:answers.currency" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-4": "12.5" }))).toEqual({ "answer-4": "casework:answers.count" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-2": "2015-02-30" }))).toEqual({ "answer-2": "casework:answers.date" });
    expect(errorsOf(complete().safeParse({ ...full, "answer-2": "2026-12-03" }))).toEqual({ "answer-2": "casework:answers.dateFuture" });
    expect(complete().safeParse({ ...full, "answer-2": TODAY }).success).toBe(true);
    expect(errorsOf(complete().safeParse({ ...full, "answer-1": "maybe" }))).toEqual({ "answer-1": "casework:answers.yesNo" });
  });

  it("lets a partial answer leave questions open, but checks what it gives", () => {
    expect(partial.parse({ "answer-1": "no" })).toEqual([{ questionId: 1, value: "no", text: null }]);
    expect(errorsOf(partial.safeParse({ "answer-3": "apie 15" }))).toEqual({ "answer-3": "casework:answers.amount" });
  });

  it("ignores fields of questions the request does not ask", () => {
    expect(complete().parse({ ...full, "answer-99": "yes", "answer-99-text": "injected" }).map((a) => a.questionId)).toEqual([1, 2, 3, 4, 5]);
  });
});
