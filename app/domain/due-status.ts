// One due-date logic for the inbox, shared by information exchanges and inspections.
//
// Conventions (calendar days, ISO dates, UTC; `today` is passed in, never read from a clock):
// - `none`: nothing is due — no due date, or the case is not waiting for anything (pass `isOpen = false` for a
//   closed case, or one whose clock has stopped: see `exchangeAwaitsReply` and `inspectionDeadline`).
// - `overdue`: today is after the due date. The due date itself is still on time.
// - `due_soon`: due today or within the next DUE_SOON_DAYS (5) calendar days — so a reply due next Wednesday is
//   "due soon" from the Friday before. A fixed window (not "this calendar week") so the flag does not depend on
//   the weekday; the inbox filter "due this week" is the separate `isDueThisWeek`.
// - `on_track`: due later than that.

import { calendarDaysBetween, isoWeekday, toDayNumber } from "./working-days";

export const DUE_STATUSES = ["overdue", "due_soon", "on_track", "none"] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

/** How many calendar days ahead a due date counts as "due soon" (today included). */
export const DUE_SOON_DAYS = 5;

/** Calendar days from `today` until `dueOn`: 0 on the day, negative once overdue. RangeError on a malformed date. */
export function daysUntilDue(dueOn: string, today: string): number {
  return calendarDaysBetween(today, dueOn);
}

/** The inbox flag of a case. RangeError on a malformed date (also for closed cases: bad data should surface). */
export function dueStatus(dueOn: string | null, today: string, isOpen: boolean): DueStatus {
  toDayNumber(today);
  if (dueOn === null || dueOn === undefined) return "none";
  const days = daysUntilDue(dueOn, today);
  if (!isOpen) return "none";
  if (days < 0) return "overdue";
  return days <= DUE_SOON_DAYS ? "due_soon" : "on_track";
}

/** True when an open case's due date has passed (today is after it). */
export function isOverdue(dueOn: string | null, today: string, isOpen: boolean): boolean {
  return dueStatus(dueOn, today, isOpen) === "overdue";
}

/**
 * True when `dueOn` falls in the same ISO week (Monday–Sunday) as `today` and not before today — the inbox
 * filter "due this week". Overdue items are not "due this week" (they have their own filter).
 */
export function isDueThisWeek(dueOn: string | null, today: string): boolean {
  const todayDay = toDayNumber(today);
  if (dueOn === null || dueOn === undefined) return false;
  const dueDay = toDayNumber(dueOn);
  const sunday = todayDay + (7 - isoWeekday(today));
  return dueDay >= todayDay && dueDay <= sunday;
}
