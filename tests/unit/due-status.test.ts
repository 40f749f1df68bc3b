import { describe, expect, it } from "vitest";
import { DUE_SOON_DAYS, DUE_STATUSES, daysUntilDue, dueStatus, isDueThisWeek, isOverdue } from "~/domain/due-status";

// Wednesday 10 June 2026.
const TODAY = "2026-06-10";

describe("dueStatus", () => {
  it("is `none` without a due date or when the case is not open", () => {
    expect(dueStatus(null, TODAY, true)).toBe("none");
    expect(dueStatus(null, TODAY, false)).toBe("none");
    expect(dueStatus("2026-06-01", TODAY, false)).toBe("none"); // would be overdue if open
    expect(dueStatus("2026-06-11", TODAY, false)).toBe("none");
    expect(dueStatus("2026-12-01", TODAY, false)).toBe("none");
  });

  it("is `overdue` only after the due date", () => {
    expect(dueStatus("2026-06-09", TODAY, true)).toBe("overdue");
    expect(dueStatus("2025-06-10", TODAY, true)).toBe("overdue");
    expect(dueStatus(TODAY, TODAY, true)).toBe("due_soon"); // due today is still on time
  });

  it("is `due_soon` from today up to 5 calendar days ahead", () => {
    expect(DUE_SOON_DAYS).toBe(5);
    for (const due of ["2026-06-10", "2026-06-11", "2026-06-12", "2026-06-13", "2026-06-14", "2026-06-15"]) {
      expect(dueStatus(due, TODAY, true), due).toBe("due_soon");
    }
    expect(dueStatus("2026-06-16", TODAY, true)).toBe("on_track");
    expect(dueStatus("2027-01-01", TODAY, true)).toBe("on_track");
    // From a Friday, a due date on the next Wednesday is due soon.
    expect(dueStatus("2026-06-17", "2026-06-12", true)).toBe("due_soon");
    expect(dueStatus("2026-06-18", "2026-06-12", true)).toBe("on_track");
  });

  it("works across month and year ends", () => {
    expect(dueStatus("2027-01-02", "2026-12-30", true)).toBe("due_soon");
    expect(dueStatus("2026-12-31", "2027-01-01", true)).toBe("overdue");
    expect(dueStatus("2026-03-01", "2026-02-28", true)).toBe("due_soon");
  });

  it("each day around a due date gets exactly one status", () => {
    const due = "2026-06-20";
    const seen: string[] = [];
    for (let offset = -10; offset <= 10; offset += 1) {
      const t = new Date(Date.parse(`${due}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
      const status = dueStatus(due, t, true);
      expect(DUE_STATUSES).toContain(status);
      seen.push(status);
      const expected = offset > 0 ? "overdue" : offset >= -5 ? "due_soon" : "on_track";
      expect(status, `today ${t}`).toBe(expected);
    }
    expect(new Set(seen)).toEqual(new Set(["on_track", "due_soon", "overdue"]));
  });

  it("refuses malformed dates with a RangeError, open or not", () => {
    for (const bad of ["", "2026-06-31", "10.06.2026", "2026-6-10"]) {
      expect(() => dueStatus(bad, TODAY, true), bad).toThrow(RangeError);
      expect(() => dueStatus(bad, TODAY, false), bad).toThrow(RangeError);
      expect(() => dueStatus("2026-06-10", bad, true), bad).toThrow(RangeError);
      expect(() => dueStatus(null, bad, true), bad).toThrow(RangeError);
    }
  });
});

describe("isOverdue", () => {
  it("agrees with dueStatus", () => {
    expect(isOverdue("2026-06-09", TODAY, true)).toBe(true);
    expect(isOverdue("2026-06-10", TODAY, true)).toBe(false);
    expect(isOverdue("2026-06-09", TODAY, false)).toBe(false);
    expect(isOverdue(null, TODAY, true)).toBe(false);
  });
});

describe("daysUntilDue", () => {
  it("counts calendar days, negative once overdue", () => {
    expect(daysUntilDue(TODAY, TODAY)).toBe(0);
    expect(daysUntilDue("2026-06-15", TODAY)).toBe(5);
    expect(daysUntilDue("2026-06-08", TODAY)).toBe(-2);
  });
});

describe("isDueThisWeek", () => {
  it("is true from today to Sunday of the current ISO week", () => {
    // Wednesday 10 June 2026: the week runs to Sunday 14 June.
    expect(isDueThisWeek("2026-06-10", TODAY)).toBe(true);
    expect(isDueThisWeek("2026-06-14", TODAY)).toBe(true);
    expect(isDueThisWeek("2026-06-15", TODAY)).toBe(false);
    expect(isDueThisWeek("2026-06-09", TODAY)).toBe(false); // already overdue
    expect(isDueThisWeek(null, TODAY)).toBe(false);
    // On a Sunday only that day is left; on a Monday the whole week.
    expect(isDueThisWeek("2026-06-14", "2026-06-14")).toBe(true);
    expect(isDueThisWeek("2026-06-15", "2026-06-14")).toBe(false);
    expect(isDueThisWeek("2026-06-21", "2026-06-15")).toBe(true);
    expect(isDueThisWeek("2026-06-22", "2026-06-15")).toBe(false);
    // Across the year end: Monday 28 Dec 2026 → Sunday 3 Jan 2027.
    expect(isDueThisWeek("2027-01-03", "2026-12-28")).toBe(true);
    expect(isDueThisWeek("2027-01-04", "2026-12-28")).toBe(false);
  });

  it("refuses malformed dates", () => {
    expect(() => isDueThisWeek("2026-13-01", TODAY)).toThrow(RangeError);
    expect(() => isDueThisWeek(null, "today")).toThrow(RangeError);
  });
});
