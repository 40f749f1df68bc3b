// The state machine of an information exchange (docs/product-design.md §2.3), and its reply deadline.
//
// One table (EXCHANGE_TRANSITIONS) says who may do what from which status; `exchangeTransition` and
// `availableExchangeActions` only read it, and the UI and the tests use the same table.
//
//   draft ─send→ sent ─accept→ accepted ─answer→ answered ─close→ closed
//                                       └answer_partially→ partially_answered ─close→ closed
//                                                           └answer→ answered
//   answered | partially_answered ─request_clarification→ clarification_requested
//   clarification_requested ─respond_to_clarification→ accepted (the requested side answers again)
//   sent | accepted ─decline (requested side, with a reason)→ declined
//   sent | accepted | clarification_requested ─withdraw (requester)→ withdrawn
//   sent | accepted ─forward (requested side, to another authority of the SAME country)→ sent
//   alert: draft ─send→ sent ─close (requester)→ closed; no accept, answer, decline or clarification.
//
// Decisions
// - Forwarding keeps ONE case: the status goes back to `sent` for the new authority, the case keeps its
//   reference, timeline and requester, and the transition is logged as `forward`. The service changes the
//   requested authority and recomputes the due date from the forwarding date (the new authority's receipt).
//   Why: the requester follows one case (as in IMI, where a forwarded request stays one request), the outcome
//   metrics count one exchange, and isolation stays simple (the old authority keeps read access through the
//   logged event if the service wants it). The `forwarded` status in EXCHANGE_STATUSES is therefore never
//   reached by this machine; it is kept only so older data and the `enum.exchangeStatus.forwarded` label
//   stay valid.
// - A draft is not withdrawn (it is deleted or kept as a draft); `withdraw` needs sent, accepted or
//   clarification_requested.
// - `close` is also allowed from clarification_requested: a requester who got what they needed another way
//   can close without "withdrawing" a request that has already been answered.
// - A partial answer can be completed by the requested side (`answer`: partially_answered → answered).
// - Alerts can also be withdrawn (sent in error) and forwarded (sent to the wrong authority).
// - Refusal reasons, in order: the action is unknown or impossible from this status → `workflow.notAllowed`
//   (for an alert and an action only requests have → `workflow.alertNeedsNoReply`); possible, but for the other
//   side → `workflow.actorNotAllowed`; missing input → `workflow.reasonRequired` etc.

import { EXCHANGE_STATUSES, EXCHANGE_TYPES, type ExchangeStatus, type ExchangeType } from "./vocabulary";
import { explainDeadline, type DeadlineExplanation } from "./working-days";

export const EXCHANGE_ACTIONS = [
  "send",
  "accept",
  "answer",
  "answer_partially",
  "request_clarification",
  "respond_to_clarification",
  "close",
  "decline",
  "withdraw",
  "forward",
] as const;
export type ExchangeAction = (typeof EXCHANGE_ACTIONS)[number];

export const EXCHANGE_ACTORS = ["requester", "requested"] as const;
export type ExchangeActor = (typeof EXCHANGE_ACTORS)[number];

/** Which exchange types a rule applies to: `requests` = every type except `alert`. */
export type ExchangeTypeScope = "all" | "requests" | "alerts";

/** What a transition needs in `input`: `reason` (decline), `message` (clarification), `forwardTo` (forward). */
export type ExchangeInputRequirement = "reason" | "message" | "forwardTo";

export interface ExchangeTransitionRule {
  from: ExchangeStatus;
  action: ExchangeAction;
  actor: ExchangeActor;
  to: ExchangeStatus;
  types: ExchangeTypeScope;
  requires?: ExchangeInputRequirement;
}

/** The whole machine. Anything not in this table is refused. */
export const EXCHANGE_TRANSITIONS: readonly ExchangeTransitionRule[] = [
  { from: "draft", action: "send", actor: "requester", to: "sent", types: "all" },

  { from: "sent", action: "accept", actor: "requested", to: "accepted", types: "requests" },
  { from: "sent", action: "decline", actor: "requested", to: "declined", types: "requests", requires: "reason" },
  { from: "sent", action: "forward", actor: "requested", to: "sent", types: "all", requires: "forwardTo" },
  { from: "sent", action: "withdraw", actor: "requester", to: "withdrawn", types: "all" },
  { from: "sent", action: "close", actor: "requester", to: "closed", types: "alerts" },

  { from: "accepted", action: "answer", actor: "requested", to: "answered", types: "requests" },
  { from: "accepted", action: "answer_partially", actor: "requested", to: "partially_answered", types: "requests" },
  { from: "accepted", action: "decline", actor: "requested", to: "declined", types: "requests", requires: "reason" },
  { from: "accepted", action: "forward", actor: "requested", to: "sent", types: "requests", requires: "forwardTo" },
  { from: "accepted", action: "withdraw", actor: "requester", to: "withdrawn", types: "requests" },

  { from: "answered", action: "close", actor: "requester", to: "closed", types: "requests" },
  {
    from: "answered",
    action: "request_clarification",
    actor: "requester",
    to: "clarification_requested",
    types: "requests",
    requires: "message",
  },

  { from: "partially_answered", action: "answer", actor: "requested", to: "answered", types: "requests" },
  { from: "partially_answered", action: "close", actor: "requester", to: "closed", types: "requests" },
  {
    from: "partially_answered",
    action: "request_clarification",
    actor: "requester",
    to: "clarification_requested",
    types: "requests",
    requires: "message",
  },

  {
    from: "clarification_requested",
    action: "respond_to_clarification",
    actor: "requested",
    to: "accepted",
    types: "requests",
  },
  { from: "clarification_requested", action: "withdraw", actor: "requester", to: "withdrawn", types: "requests" },
  { from: "clarification_requested", action: "close", actor: "requester", to: "closed", types: "requests" },
];

/** Statuses with no way out. (`forwarded` is never reached: see the header.) */
export const EXCHANGE_FINAL_STATUSES: readonly ExchangeStatus[] = ["closed", "declined", "withdrawn", "forwarded"];

/** Every i18n key `exchangeTransition` returns. */
export const EXCHANGE_WORKFLOW_MESSAGE_KEYS = [
  "workflow.notAllowed",
  "workflow.alertNeedsNoReply",
  "workflow.actorNotAllowed",
  "workflow.reasonRequired",
  "workflow.messageRequired",
  "workflow.forwardTargetRequired",
  "workflow.forwardSameCountryOnly",
  "workflow.forwardSameAuthority",
] as const;
export type ExchangeWorkflowMessageKey = (typeof EXCHANGE_WORKFLOW_MESSAGE_KEYS)[number];

export interface ExchangeState {
  status: ExchangeStatus;
  type: ExchangeType;
  /** Country of the requested authority; needed to forward (only within the same country). */
  requestedCountry?: string;
  /** Id of the requested authority; when given, forwarding to the same authority is refused. */
  requestedAuthorityId?: string;
}

export interface ExchangeTransitionInput {
  /** Why the request is declined (required for `decline`), or withdrawn (optional). */
  reason?: string;
  /** What the requester asks for (required for `request_clarification`). */
  message?: string;
  /** The authority a request is forwarded to (required for `forward`). */
  forwardTo?: { authorityId: string; country: string };
}

export type ExchangeTransitionResult =
  | { ok: true; to: ExchangeStatus; rule: ExchangeTransitionRule }
  | { ok: false; reason: ExchangeWorkflowMessageKey };

function scopeIncludes(scope: ExchangeTypeScope, type: ExchangeType): boolean {
  if (scope === "all") return true;
  return scope === "alerts" ? type === "alert" : type !== "alert";
}

const filled = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";

function missingInput(
  requirement: ExchangeInputRequirement | undefined,
  current: ExchangeState,
  input: ExchangeTransitionInput | undefined,
): ExchangeWorkflowMessageKey | null {
  switch (requirement) {
    case undefined:
      return null;
    case "reason":
      return filled(input?.reason) ? null : "workflow.reasonRequired";
    case "message":
      return filled(input?.message) ? null : "workflow.messageRequired";
    case "forwardTo": {
      const target = input?.forwardTo;
      if (!target || !filled(target.authorityId) || !filled(target.country)) return "workflow.forwardTargetRequired";
      if (!filled(current.requestedCountry) || target.country.trim().toUpperCase() !== current.requestedCountry?.trim().toUpperCase()) {
        return "workflow.forwardSameCountryOnly";
      }
      if (current.requestedAuthorityId !== undefined && target.authorityId === current.requestedAuthorityId) {
        return "workflow.forwardSameAuthority";
      }
      return null;
    }
  }
}

const isStatus = (value: unknown): value is ExchangeStatus => (EXCHANGE_STATUSES as readonly unknown[]).includes(value);
const isType = (value: unknown): value is ExchangeType => (EXCHANGE_TYPES as readonly unknown[]).includes(value);

/**
 * Try `action` by `actor` on an exchange in `current` state. Values from forms are checked at run time too:
 * an unknown action, actor, status or type is refused with `workflow.notAllowed`.
 * On success, `to` is the new status and `rule` the table row used (log `action` as the event: for a forward
 * the status stays `sent` and the event says `forward`).
 */
export function exchangeTransition(
  current: ExchangeState,
  action: ExchangeAction,
  actor: ExchangeActor,
  input?: ExchangeTransitionInput,
): ExchangeTransitionResult {
  if (!isStatus(current?.status) || !isType(current?.type)) return { ok: false, reason: "workflow.notAllowed" };
  const fromHere = EXCHANGE_TRANSITIONS.filter((rule) => rule.from === current.status && rule.action === action);
  const forType = fromHere.filter((rule) => scopeIncludes(rule.types, current.type));
  if (forType.length === 0) {
    const onlyForRequests = current.type === "alert" && fromHere.length > 0;
    return { ok: false, reason: onlyForRequests ? "workflow.alertNeedsNoReply" : "workflow.notAllowed" };
  }
  const rule = forType.find((r) => r.actor === actor);
  if (!rule) {
    const knownActor = (EXCHANGE_ACTORS as readonly unknown[]).includes(actor);
    return { ok: false, reason: knownActor ? "workflow.actorNotAllowed" : "workflow.notAllowed" };
  }
  const missing = missingInput(rule.requires, current, input);
  if (missing) return { ok: false, reason: missing };
  return { ok: true, to: rule.to, rule };
}

/** The actions `actor` may take now (input requirements aside), in EXCHANGE_ACTIONS order. */
export function availableExchangeActions(
  current: Pick<ExchangeState, "status" | "type">,
  actor: ExchangeActor,
): ExchangeAction[] {
  const actions = new Set(
    EXCHANGE_TRANSITIONS.filter(
      (rule) => rule.from === current.status && rule.actor === actor && scopeIncludes(rule.types, current.type),
    ).map((rule) => rule.action),
  );
  return EXCHANGE_ACTIONS.filter((action) => actions.has(action));
}

/** True while the exchange is not in a final status (closed, declined, withdrawn). */
export function isExchangeOpen(status: ExchangeStatus): boolean {
  return !EXCHANGE_FINAL_STATUSES.includes(status);
}

/**
 * True while a reply from the requested side is outstanding, i.e. while the reply deadline runs: a request
 * (not an alert) that is sent, accepted or clarification_requested. Pass this as `isOpen` to `dueStatus`.
 * A partial answer stops the clock (the requester decides what happens next).
 */
export function exchangeAwaitsReply(current: Pick<ExchangeState, "status" | "type">): boolean {
  return current.type !== "alert" && ["sent", "accepted", "clarification_requested"].includes(current.status);
}

// ---------------------------------------------------------------------------------------------------------------
// Reply deadline: one rule that computes and explains every due date of an exchange (docs/reply-deadlines.md).
//
// - Requests for information: Directive 2014/67/EU Art. 6(6) sets at most 2 working days (urgent) and 25 (other);
//   a shorter limit agreed in the cooperation agreement wins, a longer one is ignored (the Directive's are maxima).
// - Other requests (checks and inspections, notification and recovery of penalties): no law sets a limit. The
//   agreement's agreed limit applies when set; otherwise the portal's default of the same 2 / 25 working days.
// - The clock starts when the request reaches the authority that must reply: on sending, on forwarding, and again
//   when the requester asks for clarification. Counted in the replying authority's calendar.

export const URGENT_REPLY_WORKING_DAYS = 2;
export const STANDARD_REPLY_WORKING_DAYS = 25;

/** Where a reply limit comes from, as the case page says it. */
export type ReplyLimitSource = "directive" | "agreement" | "portal_default";

/** The exchange types whose reply limit Directive 2014/67/EU Art. 6(6) sets. */
export const DIRECTIVE_LIMITED_TYPES: readonly ExchangeType[] = ["information_request"];

/** What starts a reply clock: the request reaching the replying authority. */
export const CLOCK_STARTING_ACTIONS: readonly ExchangeAction[] = ["send", "forward", "request_clarification"];

export interface ExchangeDueDateInput {
  type: ExchangeType;
  /** Country of the requested authority: its public holidays are skipped. */
  requestedCountry: string;
  /** ISO date the clock started (the request was sent, forwarded or clarification asked; counting starts the day after). */
  sentOn: string;
  urgency: "standard" | "urgent";
  /** The limit agreed in the agreement (working days) for standard requests, if any. */
  agreedStandardDays?: number | null;
  /** The agreed limit for urgent requests, if any. */
  agreedUrgentDays?: number | null;
}

export interface ExchangeDueDate extends DeadlineExplanation {
  /** The number of working days counted. */
  workingDays: number;
  /** True when the agreement's limit replaced the Directive's or the portal's default. */
  agreedLimitApplied: boolean;
  source: ReplyLimitSource;
}

/**
 * The reply due date and why, or null for an alert (nothing to reply to). RangeError on a malformed date or
 * country, an unknown urgency or an agreed limit that is not a whole number ≥ 1.
 */
export function exchangeDueDate(input: ExchangeDueDateInput): ExchangeDueDate | null {
  const { requestedCountry, sentOn, urgency } = input;
  if (urgency !== "standard" && urgency !== "urgent") throw new RangeError(`Unknown urgency: ${String(urgency)}`);
  const agreed = urgency === "urgent" ? input.agreedUrgentDays : input.agreedStandardDays;
  if (agreed !== undefined && agreed !== null && !(Number.isInteger(agreed) && agreed >= 1)) {
    throw new RangeError(`An agreed reply limit must be a whole number of working days ≥ 1: ${agreed}`);
  }
  if (input.type === "alert") return null;
  const fallback = urgency === "urgent" ? URGENT_REPLY_WORKING_DAYS : STANDARD_REPLY_WORKING_DAYS;
  const byDirective = DIRECTIVE_LIMITED_TYPES.includes(input.type);
  const agreedLimitApplied = typeof agreed === "number" && (!byDirective || agreed < fallback);
  const workingDays = agreedLimitApplied ? agreed : fallback;
  const source: ReplyLimitSource = agreedLimitApplied ? "agreement" : byDirective ? "directive" : "portal_default";
  return { ...explainDeadline(requestedCountry, sentOn, workingDays), workingDays, agreedLimitApplied, source };
}
