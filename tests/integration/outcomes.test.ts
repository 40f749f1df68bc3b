// The outcome dashboard computed from the demo records: the published 2017–18 figures, and isolation of periods.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let outcomes: typeof import("~/.server/outcomes");
let activities: typeof import("~/.server/activities");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  outcomes = await import("~/.server/outcomes");
  activities = await import("~/.server/activities");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

const metric = (dashboard: ReturnType<typeof outcomes.periodDashboard>, key: string) => dashboard?.outcome.metrics.find((m) => m.key === key)?.value;

describe("outcome dashboard", () => {
  it("shows exactly the published 2017–18 outcome: 4 joint inspections, 10 exchanges, 4 joint meetings, 10 violations", () => {
    const dashboard = outcomes.periodDashboard("no-lt", "2017-18", "en");
    expect(metric(dashboard, "joint_inspections_conducted")).toBe(4);
    expect(metric(dashboard, "information_exchanges_sent")).toBe(10);
    expect(metric(dashboard, "joint_meetings")).toBe(4);
    expect(metric(dashboard, "violations_total")).toBe(10);
    expect(dashboard?.period.budgetCents).toBe(2_000_000);
    expect(dashboard?.funding.map((f) => f.shareBasisPoints)).toEqual([5000, 5000]);
    // Results, not a plan: the fiche gives no targets, so none are compared ("100 % achieved" would be invented).
    expect(dashboard?.outcome.targets).toEqual([]);
    expect(dashboard?.trends.quarters[0]).toBe("2017-Q2");
    expect(dashboard?.trends.exchanges.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("changes one period's figures when a joint meeting is recorded in it, and no other period", () => {
    const before = { p1718: outcomes.periodDashboard("no-lt", "2017-18", "en"), p1922: outcomes.periodDashboard("no-lt", "2019-22", "en") };
    const coordinator = sqlite.prepare("select id, authority_id from users where email = 'koordinator@arbeidstilsynet.demo'").get() as { id: number; authority_id: number };
    const agreement = sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number };
    const result = activities.recordActivity(
      { agreementId: agreement.id, kind: "joint_meeting", title: "Joint meeting in Vilnius", startsOn: "2021-03-10", endsOn: null, place: "Vilnius", country: "LT", summary: "Planning of joint inspections.", summaryLanguage: "en", participants: [{ organisation: "VDI", count: 4 }] },
      { userId: coordinator.id, authorityId: coordinator.authority_id, ipAddress: "10.6.0.1" },
    );
    expect(result.ok).toBe(true);
    const after = { p1718: outcomes.periodDashboard("no-lt", "2017-18", "en"), p1922: outcomes.periodDashboard("no-lt", "2019-22", "en") };
    expect(metric(after.p1922, "joint_meetings")).toBe((metric(before.p1922, "joint_meetings") ?? 0) + 1);
    expect(after.p1718?.outcome.metrics).toEqual(before.p1718?.outcome.metrics);
    const otherKeys = after.p1922!.outcome.metrics.filter((m) => m.key !== "joint_meetings");
    expect(otherKeys).toEqual(before.p1922!.outcome.metrics.filter((m) => m.key !== "joint_meetings"));
  });

  it("returns nothing for an unknown agreement or period", () => {
    expect(outcomes.periodDashboard("no-xx", "2017-18", "en")).toBeNull();
    expect(outcomes.periodDashboard("no-lt", "1999-00", "en")).toBeNull();
  });
});
