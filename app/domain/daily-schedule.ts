// When the server's daily jobs (the digest of deadlines, the retention run) fire: at a whole hour on the clock in
// Norway, whatever the season, so a job set for 06:00 runs at 06:00 Oslo time in winter and in summer.
import { wallClock, zoneOffsetMs } from "./zone-clock";

/**
 * The hour of a daily job from its setting: the fallback when unset, null for `off` (no timer), and the fallback
 * (marked invalid, for a warning) when the value is not a whole hour from 0 to 23.
 */
export function dailyHour(value: string | undefined, fallback: number): { hour: number | null; invalid: boolean } {
  if (value === undefined || value.trim() === "") return { hour: fallback, invalid: false };
  if (value.trim().toLowerCase() === "off") return { hour: null, invalid: false };
  const hour = Number(value);
  if (Number.isInteger(hour) && hour >= 0 && hour <= 23) return { hour, invalid: false };
  return { hour: fallback, invalid: true };
}

/**
 * The first instant after `now` at which the clock in `timeZone` shows `hour`:00. On the night clocks go forward an
 * hour that does not exist falls on the instant the clock jumps; on the night they go back the later of the two (standard time) is taken.
 */
export function nextDailyRun(now: Date, hour: number, timeZone = "Europe/Oslo"): Date {
  const today = wallClock(now.getTime(), timeZone);
  for (let days = 0; ; days++) {
    const wall = Date.UTC(today.y, today.m - 1, today.d + days, hour);
    const at = wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone);
    if (at > now.getTime()) return new Date(at);
  }
}
