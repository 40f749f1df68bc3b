import { describe, expect, it } from "vitest";
import {
  EXCHANGE_ACTIONS,
  EXCHANGE_ACTORS,
  EXCHANGE_TRANSITIONS,
  EXCHANGE_WORKFLOW_MESSAGE_KEYS,
  availableExchangeActions,
  exchangeAwaitsReply,
  exchangeDueDate,
  exchangeTransition,
  isExchangeOpen,
  type ExchangeAction,
  type ExchangeActor,
  type ExchangeState,
  type ExchangeTransitionInput,
} from "~/domain/exchange-workflow";
import { EXCHANGE_STATUSES, EXCHANGE_TYPES, type ExchangeStatus, type ExchangeType } from "~/domain/vocabulary";

// The machine as specified (issue 5 and the module header), written out by hand — NOT read from the table —
// so that the table is checked against the specification. "status action actor → to".
const REQUEST_RULES = `
  draft send requester → sent
  sent accept requested → accepted
  sent decline requested → declined
  sent forward requested → sent
  sent withdraw requester → withdrawn
  accepted answer requested → answered
  accepted answer_partially requested → partially_answered
  accepted decline requested → declined
  accepted forward requested → sent
  accepted withdraw requester → withdrawn
  answered close requester → closed
  answered request_clarification requester → clarification_requested
  partially_answered answer requested → answered
  partially_answered close requester → closed
  partially_answered request_clarification requester → clarification_requested
  clarification_requested respond_to_clarification requested → accepted
  clarification_requested withdraw requester → withdrawn
  clarification_requested close requester → closed
`;
const ALERT_RULES = `
  draft send requester → sent
  sent close requester → closed
  sent withdraw requester → withdrawn
  sent forward requested → sent
`;

function parse(rules: string): Map<string, ExchangeStatus> {
  const map = new Map<string, ExchangeStatus>();
  for (const line of rules.trim().split("\n")) {
    const [status, action, actor, , to] = line.trim().split(/\s+/);
    map.set(`${status} ${action} ${actor}`, to as ExchangeStatus);
  }
  return map;
}
const EXPECTED: Record<"requests" | "alert", Map<string, ExchangeStatus>> = {
  requests: parse(REQUEST_RULES),
  alert: parse(ALERT_RULES),
};
const expectedFor = (type: ExchangeType) => EXPECTED[type === "alert" ? "alert" : "requests"];

/** Everything any transition could need. */
const FULL_INPUT: ExchangeTransitionInput = {
  reason: "Outside our competence",
  message: "Please also send the payslips for March.",
  forwardTo: { authorityId: "lt-tax", country: "LT" },
};
const state = (status: ExchangeStatus, type: ExchangeType): ExchangeState => ({
  status,
  type,
  requestedCountry: "LT",
  requestedAuthorityId: "lt-vdi",
});

const combos = EXCHANGE_TYPES.flatMap((type) =>
  EXCHANGE_STATUSES.flatMap((status) =>
    EXCHANGE_ACTIONS.flatMap((action) => EXCHANGE_ACTORS.map((actor) => ({ type, status, action, actor }))),
  ),
);

describe("exchange state machine — every (type × status × action × actor)", () => {
  it("enumerates all combinations", () => {
    expect(combos).toHaveLength(EXCHANGE_TYPES.length * EXCHANGE_STATUSES.length * EXCHANGE_ACTIONS.length * 2);
    expect(combos.length).toBe(1000);
  });

  it.each(combos)("$type: $status --$action ($actor)", ({ type, status, action, actor }) => {
    const result = exchangeTransition(state(status, type), action, actor, FULL_INPUT);
    const expectedTo = expectedFor(type).get(`${status} ${action} ${actor}`);
    if (expectedTo !== undefined) {
      expect(result).toMatchObject({ ok: true, to: expectedTo });
      return;
    }
    const other: ExchangeActor = actor === "requester" ? "requested" : "requester";
    const forOtherActor = expectedFor(type).has(`${status} ${action} ${other}`);
    const requestOnly = type === "alert" && [...EXPECTED.requests.keys()].some((k) => k.startsWith(`${status} ${action} `));
    const reason = forOtherActor ? "workflow.actorNotAllowed" : requestOnly ? "workflow.alertNeedsNoReply" : "workflow.notAllowed";
    expect(result).toEqual({ ok: false, reason });
  });

  it("counts exactly the specified number of allowed transitions", () => {
    let allowed = 0;
    for (const { type, status, action, actor } of combos) {
      if (exchangeTransition(state(status, type), action, actor, FULL_INPUT).ok) allowed += 1;
    }
    // 4 request types × 18 rules + 1 alert type × 4 rules.
    expect(allowed).toBe(4 * 18 + 4);
  });

  it("the exported table is exactly the specification", () => {
    for (const type of EXCHANGE_TYPES) {
      const fromTable = new Map(
        EXCHANGE_TRANSITIONS.filter((r) => r.types === "all" || (r.types === "alerts") === (type === "alert")).map((r) => [
          `${r.from} ${r.action} ${r.actor}`,
          r.to,
        ]),
      );
      expect(fromTable, type).toEqual(expectedFor(type));
    }
  });

  it("availableExchangeActions lists exactly the allowed actions, in a stable order", () => {
    for (const type of EXCHANGE_TYPES) {
      for (const status of EXCHANGE_STATUSES) {
        for (const actor of EXCHANGE_ACTORS) {
          const expected = EXCHANGE_ACTIONS.filter((a) => expectedFor(type).has(`${status} ${a} ${actor}`));
          expect(availableExchangeActions({ status, type }, actor), `${type} ${status} ${actor}`).toEqual(expected);
        }
      }
    }
    expect(availableExchangeActions({ status: "sent", type: "information_request" }, "requested")).toEqual([
      "accept",
      "decline",
      "forward",
    ]);
    expect(availableExchangeActions({ status: "answered", type: "information_request" }, "requester")).toEqual([
      "request_clarification",
      "close",
    ]);
    expect(availableExchangeActions({ status: "sent", type: "alert" }, "requester")).toEqual(["close", "withdraw"]);
  });

  it("final statuses have no way out for anyone", () => {
    for (const status of ["closed", "declined", "withdrawn", "forwarded"] as const) {
      for (const type of EXCHANGE_TYPES) {
        for (const actor of EXCHANGE_ACTORS) expect(availableExchangeActions({ status, type }, actor)).toEqual([]);
      }
      expect(isExchangeOpen(status)).toBe(false);
    }
    for (const status of ["draft", "sent", "accepted", "clarification_requested", "answered", "partially_answered"] as const) {
      expect(isExchangeOpen(status)).toBe(true);
    }
  });
});

describe("exchange transitions — required input", () => {
  const sent = state("sent", "information_request");
  const accepted = state("accepted", "recovery_request");

  it("declining needs a reason", () => {
    for (const input of [undefined, {}, { reason: "" }, { reason: "   " }, { reason: 42 as unknown as string }]) {
      expect(exchangeTransition(sent, "decline", "requested", input)).toEqual({ ok: false, reason: "workflow.reasonRequired" });
      expect(exchangeTransition(accepted, "decline", "requested", input)).toEqual({ ok: false, reason: "workflow.reasonRequired" });
    }
    expect(exchangeTransition(sent, "decline", "requested", { reason: "Not our competence" })).toMatchObject({ ok: true, to: "declined" });
  });

  it("asking for clarification needs a message", () => {
    const answered = state("answered", "information_request");
    for (const input of [undefined, { reason: "x" }, { message: " " }]) {
      expect(exchangeTransition(answered, "request_clarification", "requester", input)).toEqual({
        ok: false,
        reason: "workflow.messageRequired",
      });
    }
    expect(exchangeTransition(answered, "request_clarification", "requester", { message: "Which site?" })).toMatchObject({
      ok: true,
      to: "clarification_requested",
    });
  });

  it("forwarding needs a target authority in the same country, other than the current one", () => {
    expect(exchangeTransition(sent, "forward", "requested")).toEqual({ ok: false, reason: "workflow.forwardTargetRequired" });
    expect(exchangeTransition(sent, "forward", "requested", { forwardTo: { authorityId: "", country: "LT" } })).toEqual({
      ok: false,
      reason: "workflow.forwardTargetRequired",
    });
    expect(exchangeTransition(sent, "forward", "requested", { forwardTo: { authorityId: "x", country: " " } })).toEqual({
      ok: false,
      reason: "workflow.forwardTargetRequired",
    });
    expect(exchangeTransition(sent, "forward", "requested", { forwardTo: { authorityId: "no-police", country: "NO" } })).toEqual({
      ok: false,
      reason: "workflow.forwardSameCountryOnly",
    });
    expect(exchangeTransition(sent, "forward", "requested", { forwardTo: { authorityId: "lt-vdi", country: "LT" } })).toEqual({
      ok: false,
      reason: "workflow.forwardSameAuthority",
    });
    // Without the current country the same-country rule cannot be checked: refused.
    expect(
      exchangeTransition({ status: "sent", type: "information_request" }, "forward", "requested", {
        forwardTo: { authorityId: "lt-tax", country: "LT" },
      }),
    ).toEqual({ ok: false, reason: "workflow.forwardSameCountryOnly" });
    expect(exchangeTransition(sent, "forward", "requested", { forwardTo: { authorityId: "lt-tax", country: "lt" } })).toMatchObject({
      ok: true,
      to: "sent",
    });
    expect(exchangeTransition(accepted, "forward", "requested", { forwardTo: { authorityId: "lt-tax", country: "LT" } })).toMatchObject({
      ok: true,
      to: "sent",
      rule: { action: "forward" },
    });
  });

  it("checks the action and the actor before the input", () => {
    expect(exchangeTransition(sent, "decline", "requester")).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(exchangeTransition(state("draft", "alert"), "decline", "requested")).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(exchangeTransition(state("sent", "alert"), "decline", "requested")).toEqual({ ok: false, reason: "workflow.alertNeedsNoReply" });
  });

  it("other transitions need no input; a withdrawal may carry a reason", () => {
    expect(exchangeTransition(state("draft", "alert"), "send", "requester")).toMatchObject({ ok: true, to: "sent" });
    expect(exchangeTransition(sent, "withdraw", "requester")).toMatchObject({ ok: true, to: "withdrawn" });
    expect(exchangeTransition(sent, "withdraw", "requester", { reason: "Sent by mistake" })).toMatchObject({ ok: true });
  });
});

describe("exchange transitions — values from outside", () => {
  it("refuses unknown actions, actors, statuses and types with workflow.notAllowed", () => {
    const sent = state("sent", "information_request");
    expect(exchangeTransition(sent, "delete" as ExchangeAction, "requester")).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(exchangeTransition(sent, "accept", "admin" as ExchangeActor)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(exchangeTransition({ ...sent, status: "open" as ExchangeStatus }, "accept", "requested")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(exchangeTransition({ ...sent, type: "gossip" as ExchangeType }, "accept", "requested")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(exchangeTransition(undefined as unknown as ExchangeState, "accept", "requested")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(exchangeTransition(sent, "toString" as ExchangeAction, "requested")).toEqual({ ok: false, reason: "workflow.notAllowed" });
  });

  it("returns only listed message keys", () => {
    const seen = new Set<string>();
    for (const { type, status, action, actor } of combos) {
      for (const input of [undefined, FULL_INPUT]) {
        const r = exchangeTransition(state(status, type), action, actor, input);
        if (!r.ok) seen.add(r.reason);
      }
    }
    for (const key of seen) expect(EXCHANGE_WORKFLOW_MESSAGE_KEYS).toContain(key);
    expect(EXCHANGE_WORKFLOW_MESSAGE_KEYS.every((k) => k.startsWith("workflow."))).toBe(true);
  });
});

describe("exchange scenarios", () => {
  function run(type: ExchangeType, steps: [ExchangeAction, ExchangeActor, ExchangeTransitionInput?][]): ExchangeStatus[] {
    let current = state("draft", type);
    const trail: ExchangeStatus[] = [current.status];
    for (const [action, actor, input] of steps) {
      const result = exchangeTransition(current, action, actor, input);
      if (!result.ok) throw new Error(`${current.status} --${action} (${actor}): ${result.reason}`);
      current = { ...current, status: result.to };
      trail.push(result.to);
    }
    return trail;
  }

  it("request → accept → answer → close (the acceptance scenario)", () => {
    expect(run("information_request", [["send", "requester"], ["accept", "requested"], ["answer", "requested"], ["close", "requester"]])).toEqual([
      "draft",
      "sent",
      "accepted",
      "answered",
      "closed",
    ]);
  });

  it("partial answer → clarification → response → full answer → close", () => {
    expect(
      run("inspection_request", [
        ["send", "requester"],
        ["accept", "requested"],
        ["answer_partially", "requested"],
        ["request_clarification", "requester", { message: "And the A1?" }],
        ["respond_to_clarification", "requested"],
        ["answer", "requested"],
        ["close", "requester"],
      ]),
    ).toEqual(["draft", "sent", "accepted", "partially_answered", "clarification_requested", "accepted", "answered", "closed"]);
  });

  it("forwarded within the same country, then accepted by the new authority", () => {
    expect(
      run("notification_request", [
        ["send", "requester"],
        ["accept", "requested"],
        ["forward", "requested", { forwardTo: { authorityId: "lt-tax", country: "LT" } }],
        ["accept", "requested"],
        ["decline", "requested", { reason: "Addressee unknown" }],
      ]),
    ).toEqual(["draft", "sent", "accepted", "sent", "accepted", "declined"]);
  });

  it("an alert is sent and closed by the requester, never accepted or answered", () => {
    expect(run("alert", [["send", "requester"], ["close", "requester"]])).toEqual(["draft", "sent", "closed"]);
    expect(exchangeTransition(state("sent", "alert"), "accept", "requested")).toEqual({ ok: false, reason: "workflow.alertNeedsNoReply" });
    expect(exchangeTransition(state("sent", "alert"), "close", "requested")).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(exchangeTransition(state("accepted", "alert"), "answer", "requested")).toEqual({
      ok: false,
      reason: "workflow.alertNeedsNoReply",
    });
  });

  it("a request cannot be closed before it is answered, nor withdrawn after", () => {
    expect(exchangeTransition(state("sent", "information_request"), "close", "requester")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(exchangeTransition(state("answered", "information_request"), "withdraw", "requester")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
    expect(exchangeTransition(state("draft", "information_request"), "withdraw", "requester")).toEqual({
      ok: false,
      reason: "workflow.notAllowed",
    });
  });
});

describe("exchangeAwaitsReply", () => {
  it("is true only while a request waits for the requested side", () => {
    for (const type of EXCHANGE_TYPES) {
      for (const status of EXCHANGE_STATUSES) {
        const expected = type !== "alert" && ["sent", "accepted", "clarification_requested"].includes(status);
        expect(exchangeAwaitsReply({ status, type }), `${type} ${status}`).toBe(expected);
      }
    }
  });
});

describe("exchangeDueDate", () => {
  const info = { type: "information_request" } as const;
  it("urgent request from Norway to Lithuania sent on Maundy Thursday 2026", () => {
    expect(exchangeDueDate({ ...info, requestedCountry: "LT", sentOn: "2026-04-02", urgency: "urgent" })).toEqual({
      due: "2026-04-07",
      skippedHolidays: [{ date: "2026-04-06", key: "easter_monday" }],
      weekendsOnly: false,
      workingDays: 2,
      agreedLimitApplied: false,
      source: "directive",
    });
  });

  it("counts in the REQUESTED authority's calendar", () => {
    expect(exchangeDueDate({ ...info, requestedCountry: "NO", sentOn: "2026-04-02", urgency: "urgent" })?.due).toBe("2026-04-08");
    expect(exchangeDueDate({ ...info, requestedCountry: "LT", sentOn: "2026-04-02", urgency: "urgent" })?.due).toBe("2026-04-07");
  });

  it("standard requests: 25 working days", () => {
    expect(exchangeDueDate({ ...info, requestedCountry: "LT", sentOn: "2026-02-02", urgency: "standard" })).toEqual({
      due: "2026-03-10",
      skippedHolidays: [{ date: "2026-02-16", key: "restoration_of_state_day" }],
      weekendsOnly: false,
      workingDays: 25,
      agreedLimitApplied: false,
      source: "directive",
    });
    expect(exchangeDueDate({ ...info, requestedCountry: "PL", sentOn: "2026-04-02", urgency: "standard" })).toEqual({
      due: "2026-05-07",
      skippedHolidays: [],
      weekendsOnly: true,
      workingDays: 25,
      agreedLimitApplied: false,
      source: "directive",
    });
  });

  it("for information requests a shorter agreed limit wins; a longer or equal one is ignored (the Directive's are maxima)", () => {
    const base = { ...info, requestedCountry: "NO", sentOn: "2026-03-09", urgency: "standard" } as const;
    expect(exchangeDueDate({ ...base, agreedStandardDays: 10 })).toMatchObject({ due: "2026-03-23", workingDays: 10, agreedLimitApplied: true, source: "agreement" });
    expect(exchangeDueDate({ ...base, agreedStandardDays: 25 })).toMatchObject({ workingDays: 25, agreedLimitApplied: false, source: "directive" });
    expect(exchangeDueDate({ ...base, agreedStandardDays: 40 })).toMatchObject({ workingDays: 25, agreedLimitApplied: false, source: "directive" });
    expect(exchangeDueDate({ ...base, agreedStandardDays: null })).toMatchObject({ workingDays: 25 });
    expect(exchangeDueDate({ ...base, agreedUrgentDays: 1 })).toMatchObject({ workingDays: 25, agreedLimitApplied: false });
    const urgent = { ...base, urgency: "urgent" } as const;
    expect(exchangeDueDate({ ...urgent, agreedUrgentDays: 1 })).toMatchObject({ due: "2026-03-10", workingDays: 1, agreedLimitApplied: true });
    expect(exchangeDueDate({ ...urgent, agreedUrgentDays: 2 })).toMatchObject({ due: "2026-03-11", workingDays: 2, agreedLimitApplied: false });
    expect(exchangeDueDate({ ...urgent, agreedStandardDays: 1 })).toMatchObject({ workingDays: 2, agreedLimitApplied: false });
  });

  it("agreed 10 working days, sent 1 December 2026 to Lithuania: due 15 December", () => {
    expect(exchangeDueDate({ ...info, requestedCountry: "LT", sentOn: "2026-12-01", urgency: "standard", agreedStandardDays: 10 })).toMatchObject({
      due: "2026-12-15",
      workingDays: 10,
      source: "agreement",
    });
  });

  it("other requests: the agreement's limit whenever set, else the portal's default, never labelled as the Directive's", () => {
    for (const type of ["inspection_request", "notification_request", "recovery_request"] as const) {
      const base = { type, requestedCountry: "LT", sentOn: "2026-12-01", urgency: "standard" } as const;
      expect(exchangeDueDate(base), type).toMatchObject({ workingDays: 25, source: "portal_default", agreedLimitApplied: false });
      expect(exchangeDueDate({ ...base, agreedStandardDays: 40 }), type).toMatchObject({ workingDays: 40, source: "agreement", agreedLimitApplied: true });
      expect(exchangeDueDate({ ...base, urgency: "urgent" }), type).toMatchObject({ workingDays: 2, source: "portal_default" });
    }
  });

  it("an alert has no due date", () => {
    expect(exchangeDueDate({ type: "alert", requestedCountry: "LT", sentOn: "2026-12-01", urgency: "standard", agreedStandardDays: 10 })).toBeNull();
  });

  it("refuses bad input with a RangeError", () => {
    const base = { ...info, requestedCountry: "NO", sentOn: "2026-03-09", urgency: "standard" } as const;
    for (const days of [0, -5, 2.5, Number.NaN]) {
      expect(() => exchangeDueDate({ ...base, agreedStandardDays: days }), String(days)).toThrow(RangeError);
    }
    expect(() => exchangeDueDate({ ...base, urgency: "asap" as "urgent" })).toThrow(RangeError);
    expect(() => exchangeDueDate({ ...base, sentOn: "09.03.2026" })).toThrow(RangeError);
    expect(() => exchangeDueDate({ ...base, requestedCountry: "Norway" })).toThrow(RangeError);
  });
});
