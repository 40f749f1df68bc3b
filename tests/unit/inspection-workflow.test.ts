import { describe, expect, it } from "vitest";
import {
  INSPECTION_ACTIONS,
  INSPECTION_ACTORS,
  INSPECTION_TRANSITIONS,
  INSPECTION_WORKFLOW_MESSAGE_KEYS,
  availableInspectionActions,
  inspectionDeadline,
  inspectionReportDue,
  inspectionResponseDue,
  inspectionTransition,
  isInspectionOpen,
  type InspectionAction,
  type InspectionActor,
  type InspectionTransitionInput,
} from "~/domain/inspection-workflow";
import { INSPECTION_STATUSES, type InspectionStatus } from "~/domain/vocabulary";

// The machine as specified (docs/product-design.md §2.2 and the module header), written out by hand — NOT read from the table.
const RULES = `
  draft request requester → requested
  draft withdraw requester → withdrawn
  requested accept partner → accepted
  requested decline partner → declined
  requested counter_propose partner → counter_proposed
  requested withdraw requester → withdrawn
  counter_proposed accept_proposal requester → accepted
  counter_proposed withdraw requester → withdrawn
  accepted schedule requester → scheduled
  accepted schedule partner → scheduled
  accepted withdraw requester → withdrawn
  scheduled reschedule requester → scheduled
  scheduled reschedule partner → scheduled
  scheduled mark_conducted requester → conducted
  scheduled mark_conducted partner → conducted
  scheduled withdraw requester → withdrawn
  conducted report requester → reported
  conducted report partner → reported
  reported close requester → closed
`;
const EXPECTED = new Map<string, InspectionStatus>(
  RULES.trim()
    .split("\n")
    .map((line) => {
      const [status, action, actor, , to] = line.trim().split(/\s+/);
      return [`${status} ${action} ${actor}`, to as InspectionStatus];
    }),
);

const FULL_INPUT: InspectionTransitionInput = {
  date: "2026-06-10",
  reason: "No inspectors available in that period",
  proposedDates: ["2026-06-17", "2026-06-18"],
};

const combos = INSPECTION_STATUSES.flatMap((status) =>
  INSPECTION_ACTIONS.flatMap((action) => INSPECTION_ACTORS.map((actor) => ({ status, action, actor }))),
);

describe("inspection state machine — every (status × action × actor)", () => {
  it("enumerates all combinations", () => {
    expect(combos).toHaveLength(INSPECTION_STATUSES.length * INSPECTION_ACTIONS.length * INSPECTION_ACTORS.length);
    expect(combos.length).toBe(220);
  });

  it.each(combos)("$status --$action ($actor)", ({ status, action, actor }) => {
    const result = inspectionTransition({ status }, action, actor, FULL_INPUT);
    const expectedTo = EXPECTED.get(`${status} ${action} ${actor}`);
    if (expectedTo !== undefined) {
      expect(result).toMatchObject({ ok: true, to: expectedTo });
      return;
    }
    const other: InspectionActor = actor === "requester" ? "partner" : "requester";
    const reason = EXPECTED.has(`${status} ${action} ${other}`) ? "workflow.actorNotAllowed" : "workflow.notAllowed";
    expect(result).toEqual({ ok: false, reason });
  });

  it("allows exactly the specified number of transitions", () => {
    const allowed = combos.filter(({ status, action, actor }) => inspectionTransition({ status }, action, actor, FULL_INPUT).ok);
    expect(allowed).toHaveLength(EXPECTED.size);
    expect(EXPECTED.size).toBe(19);
  });

  it("the exported table is exactly the specification", () => {
    const fromTable = new Map(
      INSPECTION_TRANSITIONS.flatMap((r) => r.actors.map((actor) => [`${r.from} ${r.action} ${actor}`, r.to] as const)),
    );
    expect(fromTable).toEqual(EXPECTED);
  });

  it("availableInspectionActions lists exactly the allowed actions, in a stable order", () => {
    for (const status of INSPECTION_STATUSES) {
      for (const actor of INSPECTION_ACTORS) {
        const expected = INSPECTION_ACTIONS.filter((a) => EXPECTED.has(`${status} ${a} ${actor}`));
        expect(availableInspectionActions({ status }, actor), `${status} ${actor}`).toEqual(expected);
      }
    }
    expect(availableInspectionActions({ status: "requested" }, "partner")).toEqual(["accept", "decline", "counter_propose"]);
    expect(availableInspectionActions({ status: "requested" }, "requester")).toEqual(["withdraw"]);
    expect(availableInspectionActions({ status: "counter_proposed" }, "requester")).toEqual(["accept_proposal", "withdraw"]);
    expect(availableInspectionActions({ status: "counter_proposed" }, "partner")).toEqual([]);
  });

  it("final statuses have no way out", () => {
    for (const status of ["declined", "closed", "withdrawn"] as const) {
      for (const actor of INSPECTION_ACTORS) expect(availableInspectionActions({ status }, actor)).toEqual([]);
      expect(isInspectionOpen(status)).toBe(false);
    }
    for (const status of ["draft", "requested", "counter_proposed", "accepted", "scheduled", "conducted", "reported"] as const) {
      expect(isInspectionOpen(status)).toBe(true);
    }
  });
});

describe("inspection transitions — required input", () => {
  it("a date for accept, accept_proposal, schedule, reschedule and mark_conducted", () => {
    const cases: [InspectionStatus, InspectionAction, InspectionActor][] = [
      ["requested", "accept", "partner"],
      ["counter_proposed", "accept_proposal", "requester"],
      ["accepted", "schedule", "partner"],
      ["scheduled", "reschedule", "requester"],
      ["scheduled", "mark_conducted", "partner"],
    ];
    for (const [status, action, actor] of cases) {
      expect(inspectionTransition({ status }, action, actor)).toEqual({ ok: false, reason: "workflow.dateRequired" });
      expect(inspectionTransition({ status }, action, actor, { date: " " })).toEqual({ ok: false, reason: "workflow.dateRequired" });
      for (const bad of ["10.06.2026", "2026-06-31", "2026-6-1", "tomorrow"]) {
        expect(inspectionTransition({ status }, action, actor, { date: bad }), bad).toEqual({ ok: false, reason: "workflow.dateInvalid" });
      }
      expect(inspectionTransition({ status }, action, actor, { date: "2026-06-10" }).ok).toBe(true);
    }
  });

  it("a reason to decline", () => {
    for (const input of [undefined, {}, { reason: "" }, { reason: "  " }]) {
      expect(inspectionTransition({ status: "requested" }, "decline", "partner", input)).toEqual({
        ok: false,
        reason: "workflow.reasonRequired",
      });
    }
    expect(inspectionTransition({ status: "requested" }, "decline", "partner", { reason: "No capacity" })).toMatchObject({
      ok: true,
      to: "declined",
    });
  });

  it("at least one valid proposed date to counter-propose", () => {
    const counter = (input?: InspectionTransitionInput) => inspectionTransition({ status: "requested" }, "counter_propose", "partner", input);
    expect(counter()).toEqual({ ok: false, reason: "workflow.proposedDatesRequired" });
    expect(counter({ proposedDates: [] })).toEqual({ ok: false, reason: "workflow.proposedDatesRequired" });
    expect(counter({ date: "2026-06-10" })).toEqual({ ok: false, reason: "workflow.proposedDatesRequired" });
    expect(counter({ proposedDates: ["2026-06-17", "17.06.2026"] })).toEqual({ ok: false, reason: "workflow.dateInvalid" });
    expect(counter({ proposedDates: ["2026-06-17"] })).toMatchObject({ ok: true, to: "counter_proposed" });
  });

  it("nothing for request, report, close and withdraw", () => {
    expect(inspectionTransition({ status: "draft" }, "request", "requester")).toMatchObject({ ok: true, to: "requested" });
    expect(inspectionTransition({ status: "conducted" }, "report", "partner")).toMatchObject({ ok: true, to: "reported" });
    expect(inspectionTransition({ status: "reported" }, "close", "requester")).toMatchObject({ ok: true, to: "closed" });
    expect(inspectionTransition({ status: "scheduled" }, "withdraw", "requester")).toMatchObject({ ok: true, to: "withdrawn" });
  });

  it("checks the action and the actor before the input", () => {
    expect(inspectionTransition({ status: "requested" }, "accept", "requester")).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(inspectionTransition({ status: "draft" }, "accept", "partner")).toEqual({ ok: false, reason: "workflow.notAllowed" });
  });
});

describe("inspection transitions — values from outside", () => {
  it("refuses unknown actions, actors and statuses with workflow.notAllowed", () => {
    expect(inspectionTransition({ status: "requested" }, "cancel" as InspectionAction, "partner")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(inspectionTransition({ status: "requested" }, "accept", "police" as InspectionActor, FULL_INPUT)).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(inspectionTransition({ status: "open" as InspectionStatus }, "accept", "partner", FULL_INPUT)).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
  });

  it("returns only listed message keys", () => {
    const seen = new Set<string>();
    for (const { status, action, actor } of combos) {
      for (const input of [undefined, FULL_INPUT, { date: "x", proposedDates: ["y"] }]) {
        const r = inspectionTransition({ status }, action, actor, input);
        if (!r.ok) seen.add(r.reason);
      }
    }
    expect([...seen].sort()).toEqual([...INSPECTION_WORKFLOW_MESSAGE_KEYS].sort());
  });
});

describe("inspection scenario (docs/product-design.md §2.2)", () => {
  it("request → counter-proposal → accepted → scheduled → conducted → reported → closed", () => {
    const steps: [InspectionAction, InspectionActor, InspectionTransitionInput?][] = [
      ["request", "requester"],
      ["counter_propose", "partner", { proposedDates: ["2026-09-15", "2026-09-16"] }],
      ["accept_proposal", "requester", { date: "2026-09-15" }],
      ["schedule", "partner", { date: "2026-09-15" }],
      ["mark_conducted", "requester", { date: "2026-09-15" }],
      ["report", "partner"],
      ["close", "requester"],
    ];
    let status: InspectionStatus = "draft";
    const trail: InspectionStatus[] = [status];
    for (const [action, actor, input] of steps) {
      const result = inspectionTransition({ status }, action, actor, input);
      expect(result.ok, `${status} --${action}`).toBe(true);
      if (result.ok) status = result.to;
      trail.push(status);
    }
    expect(trail).toEqual(["draft", "requested", "counter_proposed", "accepted", "scheduled", "conducted", "reported", "closed"]);
  });
});

describe("inspection deadlines", () => {
  it("the partner's answer: 10 working days in the partner's calendar by default", () => {
    expect(inspectionResponseDue("NO", "2026-04-01")).toEqual({
      due: "2026-04-20",
      skippedHolidays: [
        { date: "2026-04-02", key: "maundy_thursday" },
        { date: "2026-04-03", key: "good_friday" },
        { date: "2026-04-06", key: "easter_monday" },
      ],
      weekendsOnly: false,
      workingDays: 10,
    });
    expect(inspectionResponseDue("LT", "2026-04-01")).toMatchObject({ due: "2026-04-16", workingDays: 10 });
    expect(inspectionResponseDue("LT", "2026-04-01", 5)).toMatchObject({ due: "2026-04-09", workingDays: 5 });
    expect(inspectionResponseDue("LV", "2026-04-01")).toMatchObject({ due: "2026-04-15", weekendsOnly: true });
  });

  it("refuses a bad response time, date or country", () => {
    for (const days of [0, -1, 1.5]) expect(() => inspectionResponseDue("NO", "2026-04-01", days)).toThrow(RangeError);
    expect(() => inspectionResponseDue("NO", "2026-04-31")).toThrow(RangeError);
    expect(() => inspectionResponseDue("", "2026-04-01")).toThrow(RangeError);
  });

  it("the report: 14 calendar days after the inspection, holidays included", () => {
    expect(inspectionReportDue("2026-06-10")).toBe("2026-06-24");
    expect(inspectionReportDue("2026-12-25")).toBe("2027-01-08");
    expect(inspectionReportDue("2028-02-20")).toBe("2028-03-05");
    expect(() => inspectionReportDue("2026-02-30")).toThrow(RangeError);
  });

  it("says which deadline runs in each status", () => {
    const expected: Partial<Record<InspectionStatus, "response" | "report">> = { requested: "response", conducted: "report" };
    for (const status of INSPECTION_STATUSES) expect(inspectionDeadline(status), status).toBe(expected[status] ?? null);
  });
});
