// The wall clock of a time zone (Europe/Oslo, Europe/Vilnius) at an instant, and back: which instant a local
// calendar day starts at. Intl knows the zones' summer-time rules, so nothing here hard-codes an offset.

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The date and time the clock in `timeZone` shows at `instant` (milliseconds since the epoch). */
export function wallClock(instant: number, timeZone: string) {
  const p = Object.fromEntries(formatFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** How far the clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ISO 8601, UTC) at which the calendar day `isoDate` begins on the clock in `timeZone`:
 * `2026-03-30` in Europe/Vilnius → `2026-03-29T21:00:00.000Z`. Oslo and Vilnius change clocks at night, never at
 * midnight, so every day has a midnight.
 */
export function startOfLocalDay(isoDate: string, timeZone: string): string {
  const wall = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone)).toISOString();
}
