// Today's date where the inspectorates work. Tests may pin it with PORTAL_TODAY (YYYY-MM-DD) to make
// working-day deadlines reproducible; the server logs a warning when it is set.
const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

export function today(now = new Date()): string {
  const pinned = process.env.PORTAL_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return osloDate.format(now);
}

/** The calendar date in Norway of an instant (an ISO string or a Date), never pinned: e.g. when a case was closed. */
export function dateInOslo(instant: string | Date): string {
  return osloDate.format(typeof instant === "string" ? new Date(instant) : instant);
}
