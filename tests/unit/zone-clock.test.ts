// Where a reader's calendar day begins, in UTC: the audit log's date filter covers the day on the reader's clock.
import { describe, expect, it } from "vitest";
import { startOfLocalDay, wallClock, zoneOffsetMs } from "~/domain/zone-clock";

describe("startOfLocalDay", () => {
  it("is midnight on the zone's clock, in winter and in summer", () => {
    expect(startOfLocalDay("2026-01-15", "Europe/Oslo")).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfLocalDay("2026-01-15", "Europe/Vilnius")).toBe("2026-01-14T22:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Oslo")).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Vilnius")).toBe("2026-03-29T21:00:00.000Z");
  });

  it("takes the offset in force at midnight on the nights the clocks change", () => {
    // Clocks go forward at 02:00 (Oslo) / 03:00 (Vilnius) on 29 March 2026 and back on 25 October 2026.
    expect(startOfLocalDay("2026-03-29", "Europe/Oslo")).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay("2026-03-29", "Europe/Vilnius")).toBe("2026-03-28T22:00:00.000Z");
    expect(startOfLocalDay("2026-10-25", "Europe/Oslo")).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfLocalDay("2026-10-26", "Europe/Oslo")).toBe("2026-10-25T23:00:00.000Z");
  });

  it("is the instant the zone's clock shows 00:00:00 of that day", () => {
    for (const zone of ["Europe/Oslo", "Europe/Vilnius"]) {
      expect(wallClock(Date.parse(startOfLocalDay("2026-07-01", zone)), zone)).toEqual({ y: 2026, m: 7, d: 1, h: 0, mi: 0, s: 0 });
    }
  });
});

describe("zoneOffsetMs", () => {
  it("is the zone's lead over UTC at an instant", () => {
    expect(zoneOffsetMs(Date.parse("2026-01-15T12:00:00Z"), "Europe/Oslo")).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse("2026-07-15T12:00:00Z"), "Europe/Vilnius")).toBe(3 * 3_600_000);
  });
});
