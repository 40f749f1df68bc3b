// The state machine of a joint- (or concerted-) inspection request (docs/product-design.md §2.2), and its deadlines.
//
// One table (INSPECTION_TRANSITIONS) says who may do what from which status; `inspectionTransition` and
// `availableInspectionActions` only read it, and the UI and the tests use the same table.
// Actors: `requester` (the contact point that asked for the inspection) and `partner` (the other inspectorate).
//
//   draft ─request→ requested ─accept (partner, with a date)→ accepted
//                             ├decline (partner, with a reason)→ declined
//                             └counter_propose (partner, with proposed dates)→ counter_proposed
//   counter_proposed ─accept_proposal (requester, with the chosen date)→ accepted
//   accepted ─schedule (either side, with the date)→ scheduled ─reschedule (either side, new date)→ scheduled
//   scheduled ─mark_conducted (either side, with the date it took place)→ conducted
//   conducted ─report (either side)→ reported ─close (requester)→ closed
//   draft | requested | counter_proposed | accepted | scheduled ─withdraw (requester)→ withdrawn
//
// Decisions
// - `accept` fixes the agreed date; `schedule` confirms the date (the same one or another agreed one) once the
//   inspection plan is agreed on the case. The machine requires the date at each step and leaves the plan's
//   content (meeting point, team, roles) to the service, so scheduling is "date + plan agreed", done by either
//   side.
// - `reschedule` (scheduled → scheduled) is added because inspections move; it is logged like any transition.
// - After `counter_propose` the requester may only accept the proposal or withdraw (as specified); proposing
//   yet other dates means a message on the case, or withdrawing and asking again.
// - Refusal reasons: unknown or impossible from this status → `workflow.notAllowed`; possible for the other
//   side → `workflow.actorNotAllowed`; missing or malformed input → `workflow.dateRequired`,
//   `workflow.dateInvalid`, `workflow.reasonRequired`, `workflow.proposedDatesRequired`.

import { INSPECTION_STATUSES, type InspectionStatus } from "./vocabulary";
import { addCalendarDays, explainDeadline, isIsoDate, type DeadlineExplanation } from "./working-days";

export const INSPECTION_ACTIONS = [
  "request",
  "accept",
  "decline",
  "counter_propose",
  "accept_proposal",
  "schedule",
  "reschedule",
  "mark_conducted",
  "report",
  "close",
  "withdraw",
] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

export const INSPECTION_ACTORS = ["requester", "partner"] as const;
export type InspectionActor = (typeof INSPECTION_ACTORS)[number];

/** What a transition needs in `input`: a `date`, a `reason`, or `proposedDates`. */
export type InspectionInputRequirement = "date" | "reason" | "proposedDates";

export interface InspectionTransitionRule {
  from: InspectionStatus;
  action: InspectionAction;
  /** Who may do it; both sides where the list has two. */
  actors: readonly InspectionActor[];
  to: InspectionStatus;
  requires?: InspectionInputRequirement;
}

const BOTH: readonly InspectionActor[] = ["requester", "partner"];
const REQUESTER: readonly InspectionActor[] = ["requester"];
const PARTNER: readonly InspectionActor[] = ["partner"];

/** The whole machine. Anything not in this table is refused. */
export const INSPECTION_TRANSITIONS: readonly InspectionTransitionRule[] = [
  { from: "draft", action: "request", actors: REQUESTER, to: "requested" },
  { from: "draft", action: "withdraw", actors: REQUESTER, to: "withdrawn" },

  { from: "requested", action: "accept", actors: PARTNER, to: "accepted", requires: "date" },
  { from: "requested", action: "decline", actors: PARTNER, to: "declined", requires: "reason" },
  { from: "requested", action: "counter_propose", actors: PARTNER, to: "counter_proposed", requires: "proposedDates" },
  { from: "requested", action: "withdraw", actors: REQUESTER, to: "withdrawn" },

  { from: "counter_proposed", action: "accept_proposal", actors: REQUESTER, to: "accepted", requires: "date" },
  { from: "counter_proposed", action: "withdraw", actors: REQUESTER, to: "withdrawn" },

  { from: "accepted", action: "schedule", actors: BOTH, to: "scheduled", requires: "date" },
  { from: "accepted", action: "withdraw", actors: REQUESTER, to: "withdrawn" },

  { from: "scheduled", action: "reschedule", actors: BOTH, to: "scheduled", requires: "date" },
  { from: "scheduled", action: "mark_conducted", actors: BOTH, to: "conducted", requires: "date" },
  { from: "scheduled", action: "withdraw", actors: REQUESTER, to: "withdrawn" },

  { from: "conducted", action: "report", actors: BOTH, to: "reported" },

  { from: "reported", action: "close", actors: REQUESTER, to: "closed" },
];

/** Statuses with no way out. */
export const INSPECTION_FINAL_STATUSES: readonly InspectionStatus[] = ["declined", "closed", "withdrawn"];

/** Every i18n key `inspectionTransition` returns. */
export const INSPECTION_WORKFLOW_MESSAGE_KEYS = [
  "workflow.notAllowed",
  "workflow.actorNotAllowed",
  "workflow.dateRequired",
  "workflow.dateInvalid",
  "workflow.reasonRequired",
  "workflow.proposedDatesRequired",
] as const;
export type InspectionWorkflowMessageKey = (typeof INSPECTION_WORKFLOW_MESSAGE_KEYS)[number];

export interface InspectionState {
  status: InspectionStatus;
}

export interface InspectionTransitionInput {
  /** ISO date: the accepted, chosen, scheduled, new or actual inspection date. */
  date?: string;
  /** Why the partner declines (required for `decline`); optional for `withdraw`. */
  reason?: string;
  /** ISO dates the partner proposes instead (at least one, for `counter_propose`). */
  proposedDates?: readonly string[];
}

export type InspectionTransitionResult =
  | { ok: true; to: InspectionStatus; rule: InspectionTransitionRule }
  | { ok: false; reason: InspectionWorkflowMessageKey };

function missingInput(
  requirement: InspectionInputRequirement | undefined,
  input: InspectionTransitionInput | undefined,
): InspectionWorkflowMessageKey | null {
  switch (requirement) {
    case undefined:
      return null;
    case "date": {
      const date = input?.date;
      if (typeof date !== "string" || date.trim() === "") return "workflow.dateRequired";
      return isIsoDate(date) ? null : "workflow.dateInvalid";
    }
    case "reason":
      return typeof input?.reason === "string" && input.reason.trim() !== "" ? null : "workflow.reasonRequired";
    case "proposedDates": {
      const dates = input?.proposedDates;
      if (!Array.isArray(dates) || dates.length === 0) return "workflow.proposedDatesRequired";
      return dates.every((d) => isIsoDate(d)) ? null : "workflow.dateInvalid";
    }
  }
}

const isStatus = (value: unknown): value is InspectionStatus =>
  (INSPECTION_STATUSES as readonly unknown[]).includes(value);

/**
 * Try `action` by `actor` on an inspection in `current` state. Values from forms are checked at run time too:
 * an unknown action, actor or status is refused with `workflow.notAllowed`.
 */
export function inspectionTransition(
  current: InspectionState,
  action: InspectionAction,
  actor: InspectionActor,
  input?: InspectionTransitionInput,
): InspectionTransitionResult {
  if (!isStatus(current?.status)) return { ok: false, reason: "workflow.notAllowed" };
  const rule = INSPECTION_TRANSITIONS.find((r) => r.from === current.status && r.action === action);
  if (!rule) return { ok: false, reason: "workflow.notAllowed" };
  if (!rule.actors.includes(actor)) {
    const knownActor = (INSPECTION_ACTORS as readonly unknown[]).includes(actor);
    return { ok: false, reason: knownActor ? "workflow.actorNotAllowed" : "workflow.notAllowed" };
  }
  const missing = missingInput(rule.requires, input);
  if (missing) return { ok: false, reason: missing };
  return { ok: true, to: rule.to, rule };
}

/** The actions `actor` may take now (input requirements aside), in INSPECTION_ACTIONS order. */
export function availableInspectionActions(current: InspectionState, actor: InspectionActor): InspectionAction[] {
  const actions = new Set(
    INSPECTION_TRANSITIONS.filter((r) => r.from === current.status && r.actors.includes(actor)).map((r) => r.action),
  );
  return INSPECTION_ACTIONS.filter((action) => actions.has(action));
}

/** True while the inspection is not in a final status (declined, closed, withdrawn). */
export function isInspectionOpen(status: InspectionStatus): boolean {
  return !INSPECTION_FINAL_STATUSES.includes(status);
}

/**
 * Which deadline runs in a status: the partner's `response` while `requested`, the `report` while `conducted`,
 * none otherwise. The inbox passes `inspectionDeadline(status) !== null` as `isOpen` to `dueStatus`.
 */
export function inspectionDeadline(status: InspectionStatus): "response" | "report" | null {
  if (status === "requested") return "response";
  if (status === "conducted") return "report";
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines

export const DEFAULT_INSPECTION_RESPONSE_WORKING_DAYS = 10;
export const INSPECTION_REPORT_CALENDAR_DAYS = 14;

export interface InspectionResponseDue extends DeadlineExplanation {
  workingDays: number;
}

/**
 * When the partner's answer to a request is due: `responseDays` working days (per agreement, default 10) after
 * `requestedOn`, in the partner's calendar, with how it was computed. RangeError on a malformed date or country,
 * or a response time that is not a whole number ≥ 1.
 */
export function inspectionResponseDue(
  partnerCountry: string,
  requestedOn: string,
  responseDays: number = DEFAULT_INSPECTION_RESPONSE_WORKING_DAYS,
): InspectionResponseDue {
  if (!Number.isInteger(responseDays) || responseDays < 1) {
    throw new RangeError(`The response time must be a whole number of working days ≥ 1: ${responseDays}`);
  }
  return { ...explainDeadline(partnerCountry, requestedOn, responseDays), workingDays: responseDays };
}

/** When the report is due: 14 calendar days after the inspection took place (no working-day calendar). */
export function inspectionReportDue(conductedOn: string): string {
  return addCalendarDays(conductedOn, INSPECTION_REPORT_CALENDAR_DAYS);
}
