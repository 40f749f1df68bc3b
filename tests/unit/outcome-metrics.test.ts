import { describe, expect, it } from "vitest";
import {
  periodMetrics,
  periodOutcome,
  quarterlySeries,
  quarterOf,
  quartersBetween,
  replyPerformance,
  targetResults,
  type PeriodAggregates,
} from "~/domain/outcome-metrics";

const empty: PeriodAggregates = {
  inspectionsRequested: 0,
  inspectionsConducted: 0,
  exchangesSentByType: {},
  exchangesAnswered: 0,
  activitiesHeldByKind: {},
  violationsBySource: {},
  violationsByCategory: {},
  sanctions: {},
  finesByCurrency: {},
  enterprisesCovered: 0,
  postedWorkersCovered: 0,
  replyRecords: [],
};

/** The published 2017–18 outcome of the NO–LT agreement, as aggregates. */
const published: PeriodAggregates = {
  ...empty,
  inspectionsRequested: 4,
  inspectionsConducted: 4,
  exchangesSentByType: { information_request: 8, inspection_request: 2 },
  exchangesAnswered: 10,
  activitiesHeldByKind: { joint_meeting: 4, directors_general_meeting: 1, information_campaign: 1, information_day: 2 },
  violationsBySource: { joint_inspection: 5, information_exchange: 4, joint_meeting: 1 },
  violationsByCategory: { pay: 4, working_time: 2, housing: 1, posting_registration: 3 },
  sanctions: { fine: 5, order: 4, none: 1 },
  finesByCurrency: { NOK: 12_000_000, EUR: 150_000 },
  enterprisesCovered: 9,
  postedWorkersCovered: 73,
};

/** The day the figures are computed on: after every request in these examples. */
const AS_OF = "2027-12-31";
const value = (metrics: ReturnType<typeof periodMetrics>, key: string) => metrics.find((m) => m.key === key)?.value;

describe("period metrics", () => {
  it("reproduces the published 2017–18 outcome: 4 / 10 / 4 / 10", () => {
    const metrics = periodMetrics(published, AS_OF);
    expect(value(metrics, "joint_inspections_conducted")).toBe(4);
    expect(value(metrics, "information_exchanges_sent")).toBe(10);
    expect(value(metrics, "joint_meetings")).toBe(4);
    expect(value(metrics, "violations_total")).toBe(10);
    expect(value(metrics, "violations_from_joint_inspections")).toBe(5);
    expect(value(metrics, "violations_from_information_exchanges")).toBe(4);
    expect(value(metrics, "violations_from_joint_meetings")).toBe(1);
    expect(value(metrics, "information_exchanges_sent_information_request")).toBe(8);
    expect(value(metrics, "sanctions_fine")).toBe(5);
    expect(metrics.find((m) => m.key === "fines_nok")).toEqual({ key: "fines_nok", value: 12_000_000, unit: "money", currency: "NOK" });
    expect(value(metrics, "directors_general_meetings")).toBe(1);
  });

  it("gives every metric once, with stable keys, also for an empty period", () => {
    const keys = periodMetrics(empty, AS_OF).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("joint_inspections_requested");
    expect(keys).toContain("violations_undeclared_work");
    expect(keys).toContain("staff_exchanges_assistance");
    expect(periodMetrics(empty, AS_OF).every((m) => m.value === 0)).toBe(true);
    // No reply indicators without requests: nothing to average.
    expect(keys.some((k) => k.startsWith("reply_"))).toBe(false);
  });

  it("never counts a violation twice across sources", () => {
    const metrics = periodMetrics(published, AS_OF);
    const bySource = metrics.filter((m) => m.key.startsWith("violations_from_")).reduce((t, m) => t + m.value, 0);
    expect(bySource).toBe(value(metrics, "violations_total"));
  });
});

describe("targets", () => {
  it("compares each target with the actual figure", () => {
    const metrics = periodMetrics(published, AS_OF);
    expect(targetResults(metrics, [{ metric: "joint_meetings", targetValue: 4 }, { metric: "information_exchanges_sent", targetValue: 20 }])).toEqual([
      { metric: "joint_meetings", target: 4, actual: 4, achieved: 1 },
      { metric: "information_exchanges_sent", target: 20, actual: 10, achieved: 0.5 },
    ]);
  });

  it("handles periods without targets, zero targets and unknown metrics", () => {
    expect(targetResults(periodMetrics(empty, AS_OF), [])).toEqual([]);
    expect(targetResults(periodMetrics(empty, AS_OF), [{ metric: "learning_seminars", targetValue: 0 }])).toEqual([{ metric: "learning_seminars", target: 0, actual: 0, achieved: null }]);
    expect(targetResults(periodMetrics(empty, AS_OF), [{ metric: "no_such_metric", targetValue: 3 }])[0]?.actual).toBe(0);
  });
});

describe("IMI reply indicators", () => {
  it("measures acceptance within 7 days, working days to answer, and answers by the due date", () => {
    const result = replyPerformance([
      // Sent Thu 25 Mar 2027 to Lithuania, accepted the next day, answered Tue 30 Mar (Easter Monday skipped): 2 working days.
      { count: 3, requestedCountry: "LT", sentOn: "2027-03-25", acceptedOn: "2027-03-26", answeredOn: "2027-03-30", dueOn: "2027-03-30" },
      // Accepted after 10 days, answered late.
      { count: 1, requestedCountry: "NO", sentOn: "2027-01-04", acceptedOn: "2027-01-14", answeredOn: "2027-03-01", dueOn: "2027-02-08" },
      // Not yet accepted.
      { count: 1, requestedCountry: "NO", sentOn: "2027-05-03", acceptedOn: null, answeredOn: null, dueOn: "2027-06-08" },
    ], AS_OF);
    expect(result.requests).toBe(5);
    expect(result.acceptedWithin7Days).toBeCloseTo(3 / 5);
    expect(result.answeredByDueDate).toBeCloseTo(3 / 4);
    // 3 × 2 working days + 1 × 40 working days (4 Jan → 1 Mar 2027 in Norway), over 4 answers.
    expect(result.averageWorkingDaysToAnswer).toBeCloseTo((3 * 2 + 40) / 4);
    expect(result.rating).toEqual({ accepted: "poor", average: "good", onTime: "fair" });
  });

  it("judges acceptance within 7 days only for requests sent at least 7 days ago", () => {
    const sentToday = { count: 1, requestedCountry: "LT", sentOn: "2026-12-02", acceptedOn: null, answeredOn: null, dueOn: "2027-01-11" };
    // One request sent today: nothing to judge yet, not 0 % and "poor".
    expect(replyPerformance([sentToday], "2026-12-02")).toMatchObject({ requests: 1, acceptanceJudged: 0, acceptedWithin7Days: null, rating: { accepted: null } });
    expect(replyPerformance([sentToday], "2026-12-08")).toMatchObject({ acceptanceJudged: 0, acceptedWithin7Days: null });
    // Seven days later it has had its 7 days and was not accepted: a failure.
    expect(replyPerformance([sentToday], "2026-12-09")).toMatchObject({ acceptanceJudged: 1, acceptedWithin7Days: 0, rating: { accepted: "poor" } });
    // An older request accepted in time next to a young one: 100 % of the one that can be judged.
    const older = { count: 2, requestedCountry: "LT", sentOn: "2026-11-20", acceptedOn: "2026-11-23", answeredOn: null, dueOn: "2026-12-28" };
    const both = replyPerformance([older, sentToday], "2026-12-02");
    expect(both).toMatchObject({ requests: 3, acceptanceJudged: 2, acceptedWithin7Days: 1, rating: { accepted: "good" } });
    const metric = periodMetrics({ ...empty, replyRecords: [older, sentToday] }, "2026-12-02").find((m) => m.key === "reply_accepted_within_7_days_share");
    expect(metric).toMatchObject({ value: 1, basis: 2 });
  });

  it("has no indicators without requests", () => {
    expect(replyPerformance([], AS_OF)).toEqual({ requests: 0, acceptanceJudged: 0, acceptedWithin7Days: null, averageWorkingDaysToAnswer: null, answeredByDueDate: null, rating: { accepted: null, average: null, onTime: null } });
  });

  it("reports them as metrics and in the outcome", () => {
    const outcome = periodOutcome({ ...empty, replyRecords: [{ count: 2, requestedCountry: "NO", sentOn: "2026-11-02", acceptedOn: "2026-11-03", answeredOn: "2026-11-30", dueOn: "2026-12-07" }] }, [], AS_OF);
    expect(outcome.metrics.find((m) => m.key === "reply_accepted_within_7_days_share")).toMatchObject({ value: 1, unit: "share", basis: 2 });
    expect(outcome.metrics.find((m) => m.key === "reply_answered_by_due_date_share")?.value).toBe(1);
    expect(outcome.reply.rating.average).toBe("fair");
  });
});

describe("trends and CSV", () => {
  it("names quarters and fills the gaps", () => {
    expect(quarterOf("2018-12-31")).toBe("2018-Q4");
    expect(quarterOf("2017-05-30")).toBe("2017-Q2");
    expect(quartersBetween("2017-05-30", "2018-03-01")).toEqual(["2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1"]);
    expect(quarterlySeries(["2017-Q2", "2017-Q3", "2017-Q4"], [{ quarter: "2017-Q3", n: 4 }])).toEqual([0, 4, 0]);
  });
});
