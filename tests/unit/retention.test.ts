// The retention rule (app/domain/retention): when a closed case's personal data is hidden and when it is anonymised,
// when a tip's reporter details go, at the edges (the very day, month ends, leap days), and the settings.
import { describe, expect, it } from "vitest";
import {
  addMonths,
  caseRetentionStage,
  DEFAULT_RETENTION,
  parseRetentionSettings,
  queryBound,
  retentionDates,
  tipReporterExpired,
  type RetentionSettings,
} from "~/domain/retention";

const day = (iso: string, by: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
};

describe("adding months", () => {
  it.each([
    ["2025-01-15", 6, "2025-07-15"],
    ["2025-11-15", 3, "2026-02-15"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-08-31", 6, "2026-02-28"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2024-02-29", 36, "2027-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-03-31", 6, "2025-09-30"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-10", -13, "2024-12-10"],
    ["2025-12-31", 0, "2025-12-31"],
  ] as const)("%s + %i months = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("refuses what is not an ISO date", () => {
    expect(() => addMonths("15.01.2025", 1)).toThrow();
  });
});

describe("the stage of a case", () => {
  it("never stages a case that is not closed", () => {
    expect(caseRetentionStage(null, "2099-12-31")).toBe("none");
  });

  it("hides on the day after six months have passed, not on the day itself", () => {
    expect(caseRetentionStage("2025-01-15", "2025-01-15")).toBe("none");
    expect(caseRetentionStage("2025-01-15", "2025-07-15")).toBe("none");
    expect(caseRetentionStage("2025-01-15", "2025-07-16")).toBe("hidden");
  });

  it("anonymises on the day after three years have passed", () => {
    expect(caseRetentionStage("2025-01-15", "2028-01-15")).toBe("hidden");
    expect(caseRetentionStage("2025-01-15", "2028-01-16")).toBe("anonymised");
    expect(caseRetentionStage("2017-10-13", "2026-11-23")).toBe("anonymised");
  });

  it("takes the end of a shorter month as the anniversary of the 31st", () => {
    expect(caseRetentionStage("2025-08-31", "2026-02-28")).toBe("none");
    expect(caseRetentionStage("2025-08-31", "2026-03-01")).toBe("hidden");
    expect(caseRetentionStage("2025-03-31", "2025-09-30")).toBe("none");
    expect(caseRetentionStage("2025-03-31", "2025-10-01")).toBe("hidden");
  });

  it("counts leap days: 29 February has its anniversary on 28 February in other years", () => {
    expect(caseRetentionStage("2023-08-31", "2024-02-29")).toBe("none");
    expect(caseRetentionStage("2023-08-31", "2024-03-01")).toBe("hidden");
    expect(caseRetentionStage("2024-02-29", "2027-02-28")).toBe("hidden");
    expect(caseRetentionStage("2024-02-29", "2027-03-01")).toBe("anonymised");
    expect(caseRetentionStage("2024-08-29", "2025-02-28")).toBe("none");
    expect(caseRetentionStage("2024-08-29", "2025-03-01")).toBe("hidden");
  });

  it("does not stage a case whose closing date lies after today (a clock that is behind)", () => {
    expect(caseRetentionStage("2026-05-01", "2026-04-30")).toBe("none");
  });

  it("follows the configured periods", () => {
    const short: RetentionSettings = { hideAfterMonths: 1, anonymiseAfterYears: 1, tipReporterMonths: 3 };
    expect(caseRetentionStage("2025-01-31", "2025-02-28", short)).toBe("none");
    expect(caseRetentionStage("2025-01-31", "2025-03-01", short)).toBe("hidden");
    expect(caseRetentionStage("2025-01-31", "2026-01-31", short)).toBe("hidden");
    expect(caseRetentionStage("2025-01-31", "2026-02-01", short)).toBe("anonymised");
  });

  it("gives the first day of each stage, which agrees with the stage", () => {
    const dates = retentionDates("2025-08-31");
    expect(dates).toEqual({ hiddenFrom: "2026-03-01", anonymisedFrom: "2028-09-01" });
    expect(caseRetentionStage("2025-08-31", day(dates.hiddenFrom, -1))).toBe("none");
    expect(caseRetentionStage("2025-08-31", dates.hiddenFrom)).toBe("hidden");
    expect(caseRetentionStage("2025-08-31", day(dates.anonymisedFrom, -1))).toBe("hidden");
    expect(caseRetentionStage("2025-08-31", dates.anonymisedFrom)).toBe("anonymised");
  });

  it("moves only forward as the days go by, for closing dates all through a leap year", () => {
    const order = { none: 0, hidden: 1, anonymised: 2 };
    for (let closed = "2024-01-01"; closed <= "2024-12-31"; closed = day(closed, 1)) {
      let previous = 0;
      for (let today = closed; today <= day(closed, 3 * 366 + 2); today = day(today, 7)) {
        const stage = order[caseRetentionStage(closed, today)];
        expect(stage).toBeGreaterThanOrEqual(previous);
        previous = stage;
      }
      expect(previous).toBe(2);
    }
  });
});

describe("tips' reporter details", () => {
  it("go on the day after twelve months from receipt", () => {
    expect(tipReporterExpired("2025-11-23", "2026-11-23")).toBe(false);
    expect(tipReporterExpired("2025-11-23", "2026-11-24")).toBe(true);
  });

  it("count a tip received on 29 February to 28 February a year later", () => {
    expect(tipReporterExpired("2024-02-29", "2025-02-28")).toBe(false);
    expect(tipReporterExpired("2024-02-29", "2025-03-01")).toBe(true);
  });

  it("follow the configured period", () => {
    expect(tipReporterExpired("2025-01-31", "2025-04-30", { ...DEFAULT_RETENTION, tipReporterMonths: 3 })).toBe(false);
    expect(tipReporterExpired("2025-01-31", "2025-05-01", { ...DEFAULT_RETENTION, tipReporterMonths: 3 })).toBe(true);
  });
});

describe("the query bound", () => {
  it("never leaves out a case the rule has reached", () => {
    for (let today = "2027-01-01"; today <= "2028-12-31"; today = day(today, 5)) {
      const bound = queryBound(today, 6);
      for (let closed = day(today, -200); closed <= today; closed = day(closed, 1)) {
        if (caseRetentionStage(closed, today) !== "none") expect(closed < bound, `${closed} on ${today}`).toBe(true);
      }
    }
  });
});

describe("settings from the environment", () => {
  it("defaults to 6 months, 3 years and 12 months", () => {
    expect(parseRetentionSettings({})).toEqual({ ok: true, settings: { hideAfterMonths: 6, anonymiseAfterYears: 3, tipReporterMonths: 12 } });
    expect(parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: " " })).toEqual({ ok: true, settings: DEFAULT_RETENTION });
  });

  it("reads each variable", () => {
    expect(parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: "3", RETENTION_ANONYMISE_AFTER_YEARS: "5", RETENTION_TIP_REPORTER_MONTHS: " 24 " })).toEqual({
      ok: true,
      settings: { hideAfterMonths: 3, anonymiseAfterYears: 5, tipReporterMonths: 24 },
    });
  });

  it.each(["abc", "0", "-1", "1.5", "6 months", "1e2", "9999"])("refuses %j and names the variable", (value) => {
    const parsed = parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: value });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(" ")).toContain("RETENTION_HIDE_AFTER_MONTHS");
  });

  it("refuses to anonymise before hiding", () => {
    const parsed = parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: "36", RETENTION_ANONYMISE_AFTER_YEARS: "3" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(" ")).toContain("RETENTION_ANONYMISE_AFTER_YEARS");
    expect(parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: "35", RETENTION_ANONYMISE_AFTER_YEARS: "3" }).ok).toBe(true);
  });

  it("reports every wrong variable at once", () => {
    const parsed = parseRetentionSettings({ RETENTION_HIDE_AFTER_MONTHS: "x", RETENTION_TIP_REPORTER_MONTHS: "y" });
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(2);
  });
});
