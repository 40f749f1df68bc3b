// An activity dated outside every project period of its agreement is refused (it would count in no period's
// outcome); one inside a period is recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let activities: typeof import("~/.server/activities");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  activities = await import("~/.server/activities");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

describe("recording an activity", () => {
  it("refuses a date outside every project period and records nothing", () => {
    const coordinator = sqlite.prepare("select id, authority_id from users where email = 'koordinator@arbeidstilsynet.demo'").get() as { id: number; authority_id: number };
    const agreement = sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number };
    const count = () => (sqlite.prepare("select count(*) as n from activities").get() as { n: number }).n;
    const activity = (startsOn: string) => ({ agreementId: agreement.id, kind: "learning_seminar" as const, title: "Seminar", startsOn, endsOn: null, place: "Oslo", country: "NO", summary: "Seminar.", summaryLanguage: "en" as const, participants: [] });
    const actor = { userId: coordinator.id, authorityId: coordinator.authority_id, ipAddress: "10.6.0.1" };
    const before = count();
    expect(activities.recordActivity(activity("2010-01-01"), actor)).toEqual({ ok: false, error: "outside_periods" });
    expect(count()).toBe(before);
    // The first day of the pilot period (2016-09-01) is inside it.
    expect(activities.recordActivity(activity("2016-09-01"), actor).ok).toBe(true);
    expect(count()).toBe(before + 1);
  });
});
