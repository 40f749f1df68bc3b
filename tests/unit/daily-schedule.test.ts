// The daily jobs fire at a whole hour on the clock in Oslo, across the changes to and from summer time.
import { describe, expect, it } from "vitest";
import { dailyHour, nextDailyRun } from "~/domain/daily-schedule";

const next = (now: string, hour: number) => nextDailyRun(new Date(now), hour).toISOString();

describe("nextDailyRun", () => {
  it("takes today's hour when it is still ahead, in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(next("2026-11-23T03:00:00Z", 6)).toBe("2026-11-23T05:00:00.000Z");
    expect(next("2027-06-01T01:30:00Z", 6)).toBe("2027-06-01T04:00:00.000Z");
  });

  it("takes tomorrow's once today's has come, never the same instant again", () => {
    expect(next("2026-11-23T05:00:00Z", 6)).toBe("2026-11-24T05:00:00.000Z");
    expect(next("2027-06-01T10:00:00Z", 6)).toBe("2027-06-02T04:00:00.000Z");
    expect(next("2026-12-31T23:30:00Z", 0)).toBe("2027-01-01T23:00:00.000Z");
  });

  it("keeps the clock hour across the change to summer time (28 March 2027)", () => {
    expect(next("2027-03-27T12:00:00Z", 6)).toBe("2027-03-28T04:00:00.000Z");
    // 02:00 does not exist that night: the job runs when the clock jumps from 02:00 to 03:00.
    expect(next("2027-03-27T12:00:00Z", 2)).toBe("2027-03-28T01:00:00.000Z");
  });

  it("keeps the clock hour across the change back to standard time (25 October 2026)", () => {
    expect(next("2026-10-24T12:00:00Z", 6)).toBe("2026-10-25T05:00:00.000Z");
    // 02:00 happens twice that night: the later one, after the clock went back.
    expect(next("2026-10-24T12:00:00Z", 2)).toBe("2026-10-25T01:00:00.000Z");
  });
});

describe("dailyHour", () => {
  it.each([
    [undefined, { hour: 6, invalid: false }],
    ["", { hour: 6, invalid: false }],
    ["off", { hour: null, invalid: false }],
    [" OFF ", { hour: null, invalid: false }],
    ["0", { hour: 0, invalid: false }],
    ["23", { hour: 23, invalid: false }],
    ["24", { hour: 6, invalid: true }],
    ["-1", { hour: 6, invalid: true }],
    ["6.5", { hour: 6, invalid: true }],
    ["seven", { hour: 6, invalid: true }],
  ])("reads %j", (value, expected) => {
    expect(dailyHour(value, 6)).toEqual(expected);
  });
});
