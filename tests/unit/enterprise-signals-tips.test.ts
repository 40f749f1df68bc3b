// The `recent_tips` signal on hand-built facts: tips from the public received in the last 12 months.
import { describe, expect, it } from "vitest";
import { enterpriseSignals, RECENT_TIPS_MONTHS, type EnterpriseFacts } from "~/domain/enterprise-signals";

const NONE: EnterpriseFacts = { violations: [], requests: [], firstPostingOn: null, answers: [], related: [] };
const tip = (ref: string, receivedOn: string) => ({ ref, receivedOn });
const recent = (tips: EnterpriseFacts["tips"], today = "2026-12-01") => enterpriseSignals({ ...NONE, tips }, today).find((s) => s.kind === "recent_tips");

describe("recent tips from the public", () => {
  it("fires for tips received within 12 months, newest first, each tip as evidence", () => {
    const signal = recent([tip("T-2026-AAAAAAAA", "2026-03-10"), tip("T-2026-BBBBBBBB", "2026-11-30")]);
    expect(RECENT_TIPS_MONTHS).toBe(12);
    expect(signal).toEqual({
      kind: "recent_tips",
      values: { count: 2, months: 12, latest: "2026-11-30" },
      evidence: [
        { kind: "tip", ref: "T-2026-BBBBBBBB" },
        { kind: "tip", ref: "T-2026-AAAAAAAA" },
      ],
    });
  });

  it("counts a tip received the day after the same date a year ago, not one received on that date or before", () => {
    expect(recent([tip("T-2025-AAAAAAAA", "2025-12-02")])?.values.count).toBe(1);
    expect(recent([tip("T-2025-AAAAAAAA", "2025-12-01")])).toBeUndefined();
    expect(recent([tip("T-2024-AAAAAAAA", "2024-06-01")])).toBeUndefined();
  });

  it("ignores a tip dated after today, and fires nothing without tips (or when the viewer may not read them)", () => {
    expect(recent([tip("T-2026-AAAAAAAA", "2026-12-02")])).toBeUndefined();
    expect(recent([])).toBeUndefined();
    expect(recent(undefined)).toBeUndefined();
  });

  it("counts only the recent ones when older tips are there too", () => {
    expect(recent([tip("T-2023-AAAAAAAA", "2023-01-01"), tip("T-2026-BBBBBBBB", "2026-01-15")])).toMatchObject({ values: { count: 1, latest: "2026-01-15" }, evidence: [{ kind: "tip", ref: "T-2026-BBBBBBBB" }] });
  });
});
