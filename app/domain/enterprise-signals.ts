// Signals about one enterprise, for planning joint inspections: plain rules, no score. Each signal says why it
// fired (an i18n key with values) and names its evidence (the cases), so an inspector can check it.
// Sources of the thresholds: docs/enterprise-signals.md.

export const SIGNAL_KINDS = [
  "repeat_violations",
  "violations_both_countries",
  "requests_overdue",
  "young_enterprise",
  "related_with_violations",
  "letterbox_answers",
  "recent_tips",
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Orders of the signals list: most signals first, by name, by the latest violation. */
export const SIGNAL_SORTS = ["signals", "name", "latest"] as const;
export type SignalSort = (typeof SIGNAL_SORTS)[number];

export interface EvidenceCase {
  /** A case, or a tip from the public (evidence only for the inspectorate that received it). */
  kind: "exchange" | "inspection" | "tip";
  ref: string;
}

export interface ViolationFact {
  foundOn: string;
  /** Country of the inspectorate that recorded it. */
  country: string;
  case: EvidenceCase | null;
}

export interface RequestFact {
  ref: string;
  status: string;
  dueOn: string | null;
}

export interface EstablishmentAnswer {
  questionCode: string;
  value: string | null;
  answeredOn: string;
  case: EvidenceCase;
}

export interface RelatedFact {
  key: string;
  name: string;
  violationCount: number;
}

export interface EnterpriseFacts {
  violations: ViolationFact[];
  requests: RequestFact[];
  /** Earliest date a posting shows: the first exchange sent or inspection requested about the enterprise. */
  firstPostingOn: string | null;
  answers: EstablishmentAnswer[];
  related: RelatedFact[];
  /** Tips from the public about the enterprise that the viewer may open (absent: none shown to this viewer). */
  tips?: TipFact[];
}

export interface TipFact {
  ref: string;
  /** The date the tip was received. */
  receivedOn: string;
}

export interface Signal {
  kind: SignalKind;
  /** Values for the reason text `enterprises:signals.reason.<kind>`. */
  values: Record<string, string | number>;
  evidence: EvidenceCase[];
  related?: { key: string; name: string }[];
}

/** Repeat violations count within this many years of each other. */
export const REPEAT_WINDOW_YEARS = 3;
/** An enterprise registered less than this many months before its first posting is young. */
export const YOUNG_ENTERPRISE_MONTHS = 12;
/** Tips from the public received within this many months count as recent. */
export const RECENT_TIPS_MONTHS = 12;
/** Exchange statuses that still wait for the requested authority's answer. */
const AWAITING_ANSWER = new Set(["sent", "accepted", "clarification_requested"]);

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function uniqueCases(cases: (EvidenceCase | null)[]): EvidenceCase[] {
  const seen = new Map<string, EvidenceCase>();
  for (const c of cases) if (c && !seen.has(c.ref)) seen.set(c.ref, c);
  return [...seen.values()];
}

/** The largest set of violations that lie within REPEAT_WINDOW_YEARS of the earliest of them. */
function densestWindow(violations: ViolationFact[]): ViolationFact[] {
  const sorted = [...violations].sort((a, b) => a.foundOn.localeCompare(b.foundOn));
  let best: ViolationFact[] = [];
  for (let start = 0; start < sorted.length; start++) {
    const until = addYears(sorted[start]!.foundOn, REPEAT_WINDOW_YEARS);
    const window = sorted.slice(start).filter((v) => v.foundOn <= until);
    if (window.length > best.length) best = window;
  }
  return best;
}

/** Answers that point to a company without real activity where it is registered (Directive 2014/67 Art. 4). */
function letterboxAnswers(answers: EstablishmentAnswer[]): EstablishmentAnswer[] {
  return answers.filter(
    (a) =>
      ((a.questionCode === "Q001" || a.questionCode === "Q003" || a.questionCode === "Q007") && a.value === "no") ||
      ((a.questionCode === "Q004" || a.questionCode === "Q005") && a.value !== null && Number(a.value) === 0),
  );
}

export function enterpriseSignals(facts: EnterpriseFacts, today: string): Signal[] {
  const signals: Signal[] = [];

  const repeat = densestWindow(facts.violations);
  if (repeat.length >= 2) {
    signals.push({
      kind: "repeat_violations",
      values: { count: repeat.length, years: REPEAT_WINDOW_YEARS, from: repeat[0]!.foundOn, to: repeat.at(-1)!.foundOn },
      evidence: uniqueCases(repeat.map((v) => v.case)),
    });
  }

  const countries = [...new Set(facts.violations.map((v) => v.country))].sort();
  if (countries.length >= 2) {
    signals.push({
      kind: "violations_both_countries",
      values: { countries: countries.join(", ") },
      evidence: uniqueCases(countries.map((c) => facts.violations.find((v) => v.country === c)!.case)),
    });
  }

  const overdue = facts.requests.filter((r) => AWAITING_ANSWER.has(r.status) && r.dueOn !== null && r.dueOn < today);
  if (overdue.length > 0) {
    signals.push({ kind: "requests_overdue", values: { count: overdue.length }, evidence: overdue.map((r) => ({ kind: "exchange" as const, ref: r.ref })) });
  }

  const registered = facts.answers.filter((a) => a.questionCode === "Q002" && a.value && /^\d{4}-\d{2}-\d{2}$/.test(a.value)).sort((a, b) => b.answeredOn.localeCompare(a.answeredOn))[0];
  if (registered?.value && facts.firstPostingOn && registered.value <= facts.firstPostingOn && facts.firstPostingOn < addMonths(registered.value, YOUNG_ENTERPRISE_MONTHS)) {
    signals.push({
      kind: "young_enterprise",
      values: { registeredOn: registered.value, firstPostingOn: facts.firstPostingOn, months: YOUNG_ENTERPRISE_MONTHS },
      evidence: [registered.case],
    });
  }

  const relatedWithViolations = facts.related.filter((r) => r.violationCount > 0);
  if (relatedWithViolations.length > 0) {
    signals.push({
      kind: "related_with_violations",
      values: { count: relatedWithViolations.length, violations: relatedWithViolations.reduce((sum, r) => sum + r.violationCount, 0) },
      evidence: [],
      related: relatedWithViolations.map((r) => ({ key: r.key, name: r.name })),
    });
  }

  const letterbox = letterboxAnswers(facts.answers);
  if (letterbox.length > 0) {
    signals.push({
      kind: "letterbox_answers",
      values: { count: letterbox.length, questions: [...new Set(letterbox.map((a) => a.questionCode))].sort().join(", ") },
      evidence: uniqueCases(letterbox.map((a) => a.case)),
    });
  }

  // Received after the same day RECENT_TIPS_MONTHS ago, up to today (a tip dated after today is not counted).
  const since = addMonths(today, -RECENT_TIPS_MONTHS);
  const recentTips = (facts.tips ?? []).filter((tip) => tip.receivedOn > since && tip.receivedOn <= today).sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  if (recentTips.length > 0) {
    signals.push({
      kind: "recent_tips",
      values: { count: recentTips.length, months: RECENT_TIPS_MONTHS, latest: recentTips[0]!.receivedOn },
      evidence: recentTips.map((tip) => ({ kind: "tip" as const, ref: tip.ref })),
    });
  }

  return signals;
}

/**
 * The first day after `today` on which the same facts give different signals, or null when they never change by
 * time alone. `requests_overdue` and `recent_tips` depend on the date: a request still waiting becomes overdue the
 * day after it is due, and a tip counts from the day it was received until RECENT_TIPS_MONTHS later. Lets a stored
 * list of signals (app/.server/enterprise-signal-rows.ts) know when to recompute a row although nothing was written.
 */
export function signalsChangeOn(facts: EnterpriseFacts, today: string): string | null {
  const days = facts.requests.filter((r) => AWAITING_ANSWER.has(r.status) && r.dueOn !== null && r.dueOn >= today).map((r) => addDays(r.dueOn!, 1));
  for (const tip of facts.tips ?? []) {
    // Counted while receivedOn <= day < receivedOn + RECENT_TIPS_MONTHS (see `enterpriseSignals`).
    if (tip.receivedOn > today) days.push(tip.receivedOn);
    const expires = addMonths(tip.receivedOn, RECENT_TIPS_MONTHS);
    if (expires > today) days.push(expires);
  }
  return days.sort()[0] ?? null;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
