import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSWER_TYPES, QUESTION_CATALOGUE, QUESTION_THEMES, findQuestion, questionsByTheme } from "~/domain/question-catalogue";

const LOCALES = ["en", "nb", "lt"] as const;
type Translations = { themes: Record<string, string>; questions: Record<string, string>; answerTypes: Record<string, string> };
const translations = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(join(import.meta.dirname, "../../locales", locale, "questions.json"), "utf8")) as Translations,
  ]),
) as Record<(typeof LOCALES)[number], Translations>;

describe("question catalogue", () => {
  it("has at least 25 questions with unique, sequential codes Q001…", () => {
    expect(QUESTION_CATALOGUE.length).toBeGreaterThanOrEqual(25);
    QUESTION_CATALOGUE.forEach((q, i) => expect(q.code).toBe(`Q${String(i + 1).padStart(3, "0")}`));
    expect(new Set(QUESTION_CATALOGUE.map((q) => q.code)).size).toBe(QUESTION_CATALOGUE.length);
  });

  it("uses only the six themes and five answer types, and every theme has questions", () => {
    expect(QUESTION_THEMES).toEqual(["establishment", "worker_a1", "pay_working_time", "documents", "notifications_registration", "penalties"]);
    expect(ANSWER_TYPES).toEqual(["yes_no", "date", "amount", "text", "document"]);
    for (const q of QUESTION_CATALOGUE) {
      expect(QUESTION_THEMES).toContain(q.theme);
      expect(ANSWER_TYPES).toContain(q.answerType);
      expect(typeof q.personalData).toBe("boolean");
    }
    for (const theme of QUESTION_THEMES) {
      expect(QUESTION_CATALOGUE.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(4);
    }
    for (const type of ANSWER_TYPES) {
      expect(QUESTION_CATALOGUE.some((q) => q.answerType === type), type).toBe(true);
    }
  });

  it("keeps a theme's questions together, in theme order", () => {
    const order = QUESTION_CATALOGUE.map((q) => QUESTION_THEMES.indexOf(q.theme));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("says for every amount whether it is money or a count, and only for amounts", () => {
    for (const q of QUESTION_CATALOGUE) {
      if (q.answerType === "amount") expect(["money", "count"], q.code).toContain(q.amountKind);
      else expect(q.amountKind, q.code).toBeUndefined();
    }
  });

  it("marks questions about the posted worker as personal data", () => {
    for (const q of QUESTION_CATALOGUE.filter((q) => q.theme === "worker_a1")) expect(q.personalData, q.code).toBe(true);
    for (const q of QUESTION_CATALOGUE.filter((q) => q.theme === "establishment" || q.theme === "penalties")) {
      expect(q.personalData, q.code).toBe(false);
    }
    for (const locale of LOCALES) {
      // Questions that mention the posted worker are personal data.
      const mentionsWorker = { en: /posted worker/i, nb: /utsendte arbeidstakeren/i, lt: /komandiruot\S* darbuotoj(?!ų)/i }[locale];
      for (const q of QUESTION_CATALOGUE) {
        if (mentionsWorker.test(translations[locale].questions[q.code]!)) expect(q.personalData, `${locale} ${q.code}`).toBe(true);
      }
    }
  });

  it("finds questions by code", () => {
    expect(findQuestion("Q001")).toEqual(QUESTION_CATALOGUE[0]);
    expect(findQuestion(" q009 ")?.theme).toBe("worker_a1");
    expect(findQuestion("Q999")).toBeUndefined();
    expect(findQuestion("")).toBeUndefined();
    expect(findQuestion(undefined as unknown as string)).toBeUndefined();
  });

  it("groups the offered questions by theme", () => {
    const groups = questionsByTheme();
    expect(groups.map((g) => g.theme)).toEqual([...QUESTION_THEMES]);
    expect(groups.flatMap((g) => g.questions)).toEqual(QUESTION_CATALOGUE.filter((q) => !q.retired));
  });
});

describe("question translations (locales/*/questions.json)", () => {
  it.each(LOCALES)("%s translates exactly the catalogue, the themes and the answer types", (locale) => {
    const t = translations[locale];
    expect(Object.keys(t).sort()).toEqual(["answerTypes", "questions", "themes"]);
    expect(Object.keys(t.questions)).toEqual(QUESTION_CATALOGUE.map((q) => q.code));
    expect(Object.keys(t.themes)).toEqual([...QUESTION_THEMES]);
    expect(Object.keys(t.answerTypes)).toEqual([...ANSWER_TYPES]);
    for (const group of [t.questions, t.themes, t.answerTypes]) {
      for (const [key, text] of Object.entries(group)) {
        expect(typeof text, `${locale} ${key}`).toBe("string");
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
        expect(text, `${locale} ${key}`).toBe(text.trim());
        expect(text, `${locale} ${key}`).not.toMatch(/\{\{|\s{2}/);
      }
    }
  });

  it.each(LOCALES)("%s: each question is one sentence — a question, or a request ending with a full stop", (locale) => {
    for (const q of QUESTION_CATALOGUE) {
      const text = translations[locale].questions[q.code]!;
      expect(text, `${locale} ${q.code}`).toMatch(/^\p{Lu}/u);
      if (q.answerType === "document") expect(text, `${locale} ${q.code}`).toMatch(/\.$/);
      else expect(text, `${locale} ${q.code}`).toMatch(/\?$/);
    }
  });

  it("no two questions read the same", () => {
    for (const locale of LOCALES) {
      const texts = Object.values(translations[locale].questions);
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  it("uses the glossary terms", () => {
    const all = (locale: (typeof LOCALES)[number]) => Object.values(translations[locale].questions).join("\n");
    expect(all("nb")).toContain("utsendte arbeidstakeren");
    expect(all("nb")).toContain("attest A1");
    expect(all("nb")).toContain("oppdragsgiver");
    expect(all("nb")).toContain("timelistene");
    expect(all("nb")).toContain("bemanningsforetak");
    expect(all("nb")).not.toMatch(/virkedag/i);
    expect(all("lt")).toContain("komandiruotas darbuotojas");
    expect(all("lt")).toContain("A1 pažymėjimas");
    expect(all("lt")).toContain("užsakov");
    expect(all("lt")).toContain("darbo laiko apskaitos žiniaraščius");
    expect(all("lt")).toContain("laikinojo įdarbinimo įmonė");
    expect(all("lt")).toContain("Jūsų");
    expect(all("lt")).not.toMatch(/jūsų/);
    expect(all("en")).toContain("posted worker");
    expect(all("en")).toContain("A1 certificate");
  });
});
