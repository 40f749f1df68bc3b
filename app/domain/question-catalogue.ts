// The catalogue of coded, pre-translated questions for information exchanges (IMI style, docs/domain-facts.md §1).
//
// The codes are stable for ever: exchanges store them, and both sides read the question in their own language.
// New questions get the next free code (never reuse or renumber one); a question that should no longer be asked
// is marked `retired: true`, not removed. Texts live in locales/{nb,lt,en}/questions.json:
//   questions:themes.<theme>, questions:questions.<code>, questions:answerTypes.<answerType>.
// `personalData` marks a question whose answer concerns an identified person (a posted worker): the case then
// holds personal data (need-to-know access, audit of reads, retention).

export const QUESTION_THEMES = [
  "establishment",
  "worker_a1",
  "pay_working_time",
  "documents",
  "notifications_registration",
  "penalties",
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export const ANSWER_TYPES = ["yes_no", "date", "amount", "text", "document"] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface CatalogueQuestion {
  /** `Q` + three digits, e.g. `Q001`. */
  code: string;
  theme: QuestionTheme;
  answerType: AnswerType;
  personalData: boolean;
  /** For `amount` answers: a sum of money (asks for a currency) or a count (workers, hours). */
  amountKind?: "money" | "count";
  /** For `date` answers: the date of something that has happened (a registration, a decision), never after today. */
  past?: boolean;
  /** A question no longer offered for new exchanges (kept so old exchanges still read). */
  retired?: boolean;
}

export const QUESTION_CATALOGUE: readonly CatalogueQuestion[] = [
  // Establishment and genuine activity
  { code: "Q001", theme: "establishment", answerType: "yes_no", personalData: false },
  { code: "Q002", theme: "establishment", answerType: "date", past: true, personalData: false },
  { code: "Q003", theme: "establishment", answerType: "yes_no", personalData: false },
  { code: "Q004", theme: "establishment", answerType: "amount", amountKind: "money", personalData: false },
  { code: "Q005", theme: "establishment", answerType: "amount", amountKind: "count", personalData: false },
  { code: "Q006", theme: "establishment", answerType: "text", personalData: false },
  { code: "Q007", theme: "establishment", answerType: "yes_no", personalData: false },
  { code: "Q008", theme: "establishment", answerType: "document", personalData: false },
  // The posted worker and A1
  { code: "Q009", theme: "worker_a1", answerType: "yes_no", personalData: true },
  { code: "Q010", theme: "worker_a1", answerType: "document", personalData: true },
  { code: "Q011", theme: "worker_a1", answerType: "yes_no", personalData: true },
  { code: "Q012", theme: "worker_a1", answerType: "date", past: true, personalData: true },
  { code: "Q013", theme: "worker_a1", answerType: "yes_no", personalData: true },
  { code: "Q014", theme: "worker_a1", answerType: "yes_no", personalData: true },
  { code: "Q015", theme: "worker_a1", answerType: "yes_no", personalData: true },
  // Pay and working time
  { code: "Q016", theme: "pay_working_time", answerType: "amount", amountKind: "money", personalData: true },
  { code: "Q017", theme: "pay_working_time", answerType: "amount", amountKind: "count", personalData: true },
  { code: "Q018", theme: "pay_working_time", answerType: "yes_no", personalData: true },
  { code: "Q019", theme: "pay_working_time", answerType: "yes_no", personalData: true },
  { code: "Q020", theme: "pay_working_time", answerType: "amount", amountKind: "money", personalData: true },
  { code: "Q021", theme: "pay_working_time", answerType: "yes_no", personalData: true },
  // Documents
  { code: "Q022", theme: "documents", answerType: "document", personalData: true },
  { code: "Q023", theme: "documents", answerType: "document", personalData: true },
  { code: "Q024", theme: "documents", answerType: "document", personalData: true },
  { code: "Q025", theme: "documents", answerType: "document", personalData: true },
  { code: "Q026", theme: "documents", answerType: "document", personalData: false },
  { code: "Q027", theme: "documents", answerType: "document", personalData: false },
  // Notifications and registration
  { code: "Q028", theme: "notifications_registration", answerType: "yes_no", personalData: false },
  { code: "Q029", theme: "notifications_registration", answerType: "date", past: true, personalData: false },
  { code: "Q030", theme: "notifications_registration", answerType: "document", personalData: true },
  { code: "Q031", theme: "notifications_registration", answerType: "yes_no", personalData: true },
  { code: "Q032", theme: "notifications_registration", answerType: "yes_no", personalData: false },
  { code: "Q033", theme: "notifications_registration", answerType: "yes_no", personalData: false },
  // Penalties
  { code: "Q034", theme: "penalties", answerType: "yes_no", personalData: false },
  { code: "Q035", theme: "penalties", answerType: "text", personalData: false },
  { code: "Q036", theme: "penalties", answerType: "yes_no", personalData: false },
  { code: "Q037", theme: "penalties", answerType: "date", past: true, personalData: false },
  { code: "Q038", theme: "penalties", answerType: "date", past: true, personalData: false },
  { code: "Q039", theme: "penalties", answerType: "amount", amountKind: "money", personalData: false },
];

const byCode = new Map(QUESTION_CATALOGUE.map((q) => [q.code, q]));

/** The question with this code (case-insensitive, surrounding spaces ignored), or undefined. */
export function findQuestion(code: string): CatalogueQuestion | undefined {
  if (typeof code !== "string") return undefined;
  return byCode.get(code.trim().toUpperCase());
}

/** The questions offered for new exchanges, grouped by theme in QUESTION_THEMES order. */
export function questionsByTheme(): { theme: QuestionTheme; questions: CatalogueQuestion[] }[] {
  return QUESTION_THEMES.map((theme) => ({
    theme,
    questions: QUESTION_CATALOGUE.filter((q) => q.theme === theme && !q.retired),
  }));
}
