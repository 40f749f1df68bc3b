// The signals list from stored rows (app/.server/enterprise-signal-rows.ts, migration 0016) over the demo data:
// complete (every enterprise the authority knows that has signals, exactly as its page computes them), fresh after
// writes made straight in SQL (the triggers mark them, whoever writes), fresh when time alone changes a signal,
// paged and sorted by the indexes, and recomputing rows never looks like new data to the page caches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let enterprises: typeof import("~/.server/enterprises");
let signalRows: typeof import("~/.server/enterprise-signal-rows");

const KEY = "LT-304120014";
const SUCCESSOR_KEY = "LT-304120060";
const TODAY = "2026-12-01";

const idOf = (table: string, where: string, ...params: unknown[]) => (sqlite.prepare(`select id from ${table} where ${where}`).get(...params) as { id: number }).id;
const viewerOf = (email: string, slug: string, mayReadTips = false) => ({
  userId: idOf("users", "email = ?", email),
  authorityId: idOf("authorities", "slug = ?", slug),
  ipAddress: "10.9.0.2",
  mayReadTips,
});
const enterpriseId = (key: string) => idOf("enterprises", "country || '-' || registration_number = ?", key);
const generation = () => sqlite.prepare("select value from data_generation").pluck().get() as number;

let norway: ReturnType<typeof viewerOf>;
let poland: ReturnType<typeof viewerOf>;

/** Every row of the list, over all its pages (of one row, so that the demo data's short list has several). */
function wholeList(viewer: typeof norway, today = TODAY, sort: "signals" | "name" | "latest" = "signals") {
  const rows: ReturnType<typeof signalRows.listEnterpriseSignals>["rows"] = [];
  for (let page = 1; ; page++) {
    const list = signalRows.listEnterpriseSignals(viewer, { sort, page, pageSize: 1 }, today);
    rows.push(...list.rows);
    if (!list.hasNext) return rows;
    expect(list.rows).toHaveLength(1);
  }
}

/** What the enterprise pages say, computed one by one for every enterprise in the database. */
function computedOneByOne(viewer: typeof norway, today = TODAY) {
  const ids = sqlite.prepare("select id from enterprises order by id").pluck().all() as number[];
  return ids
    .map((id) => enterprises.enterpriseSignalsFor(id, viewer.authorityId, viewer.mayReadTips, today))
    .filter((found) => found !== null && found.signals.length > 0)
    .map((found) => ({ key: `${found!.enterprise.country}-${found!.enterprise.registrationNumber}`, signals: found!.signals }));
}

const byKey = (rows: { key: string; signals: unknown[] }[]) => Object.fromEntries(rows.map((r) => [r.key, r.signals]));
const kindsOf = (rows: { key: string; signals: { kind: string }[] }[], key: string) => rows.find((r) => r.key === key)?.signals.map((s) => s.kind) ?? [];

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ sqlite } = await import("~/.server/db"));
  enterprises = await import("~/.server/enterprises");
  signalRows = await import("~/.server/enterprise-signal-rows");
  norway = viewerOf("kontakt@arbeidstilsynet.demo", "nlia");
  poland = viewerOf("kontakt@pip.demo", "pip");
});

afterAll(() => database?.cleanup());

describe("the stored signals list", () => {
  it("lists exactly the enterprises whose page shows signals, with the same signals, and nothing of NO–LT for Poland", () => {
    const listed = wholeList(norway);
    expect(listed.length).toBeGreaterThan(1);
    expect(new Set(listed.map((r) => r.key)).size).toBe(listed.length);
    expect(byKey(listed)).toEqual(byKey(computedOneByOne(norway)));
    expect(listed.map((r) => r.key)).toContain(KEY);
    expect(wholeList(poland)).toEqual([]);
    expect(computedOneByOne(poland)).toEqual([]);
  });

  it("is ordered by the indexes: most signals first, by name, by the latest violation", () => {
    const bySignals = wholeList(norway, TODAY, "signals");
    const counts = bySignals.map((r) => r.signals.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const names = wholeList(norway, TODAY, "name").map((r) => r.name);
    expect(names).toEqual([...names].sort());
    const latest = wholeList(norway, TODAY, "latest").map((r) => r.latestViolation ?? "");
    expect(latest).toEqual([...latest].sort().reverse());
  });

  it("follows writes made straight in SQL, also to related enterprises, without moving the data generation", () => {
    wholeList(norway);
    expect(kindsOf(wholeList(norway), SUCCESSOR_KEY)).toContain("related_with_violations");
    const id = enterpriseId(KEY);
    const saved = sqlite.prepare("select id from violations where enterprise_id = ?").pluck().all(id) as number[];
    expect(saved.length).toBeGreaterThan(1);
    // As sqlite3 or another process would: no app code runs, only the triggers of migration 0016.
    sqlite.prepare("update violations set enterprise_id = null where enterprise_id = ?").run(id);
    const before = generation();
    const after = wholeList(norway);
    expect(generation()).toBe(before);
    expect(kindsOf(after, KEY)).not.toContain("repeat_violations");
    // The successor's signal came from its predecessor's violations: recomputed through the link.
    expect(kindsOf(after, SUCCESSOR_KEY)).not.toContain("related_with_violations");
    expect(byKey(after)).toEqual(byKey(computedOneByOne(norway)));

    const restore = sqlite.prepare("update violations set enterprise_id = ? where id = ?");
    for (const violation of saved) restore.run(id, violation);
    const restored = wholeList(norway);
    expect(kindsOf(restored, KEY)).toContain("repeat_violations");
    expect(kindsOf(restored, SUCCESSOR_KEY)).toContain("related_with_violations");
  });

  it("recomputes a row on the day a waiting request becomes overdue, with nothing written in between", () => {
    // LT 304120014 with one request of Norway's still waiting, due on 10 December, and the others closed.
    const id = enterpriseId(KEY);
    const exchanges = sqlite.prepare("select id from exchanges where enterprise_id = ? and type <> 'alert' and requesting_authority_id = ? order by id").pluck().all(id, norway.authorityId) as number[];
    expect(exchanges.length).toBeGreaterThan(0);
    sqlite.prepare("update exchanges set status = 'closed' where enterprise_id = ? and type <> 'alert'").run(id);
    sqlite.prepare("update exchanges set status = 'sent', due_on = '2026-12-10' where id = ?").run(exchanges[0]);
    expect(kindsOf(wholeList(norway, "2026-12-01"), KEY)).not.toContain("requests_overdue");
    expect(kindsOf(wholeList(norway, "2026-12-10"), KEY)).not.toContain("requests_overdue");
    expect(sqlite.prepare("select count(*) from enterprise_signal_stale").pluck().get()).toBe(0);
    expect(kindsOf(wholeList(norway, "2026-12-11"), KEY)).toContain("requests_overdue");
    expect(byKey(wholeList(norway, "2026-12-11"))).toEqual(byKey(computedOneByOne(norway, "2026-12-11")));
  });

  it("marks enterprises also under a statement's own conflict clause (an upsert overrides the triggers' OR IGNORE)", () => {
    const [predecessor, successor] = [enterpriseId(KEY), enterpriseId(SUCCESSOR_KEY)];
    const authority = norway.authorityId;
    const upsert = sqlite.prepare(
      `insert into enterprise_successions (predecessor_id, successor_id, since_on, set_by_authority_id) values (?, ?, ?, ?)
       on conflict (predecessor_id, successor_id) do update set since_on = excluded.since_on`,
    );
    // Twice, while both enterprises are already marked: neither the insert nor the update may conflict.
    upsert.run(predecessor, successor, "2026-04-02", authority);
    upsert.run(predecessor, successor, "2026-04-01", authority);
    expect(sqlite.prepare("select enterprise_id from enterprise_signal_stale order by enterprise_id").pluck().all()).toEqual([predecessor, successor].sort((a, b) => a - b));
    expect(byKey(wholeList(norway))).toEqual(byKey(computedOneByOne(norway)));
  });

  it("shows tips from the public only to those who may read them, and follows them in time and in SQL", () => {
    const tipReader = { ...norway, mayReadTips: true };
    const withTips = wholeList(tipReader);
    expect(byKey(withTips)).toEqual(byKey(computedOneByOne(tipReader)));
    const tipped = withTips.filter((r) => r.signals.some((s) => s.kind === "recent_tips"));
    expect(tipped.length).toBeGreaterThan(0);
    expect(wholeList(norway).flatMap((r) => r.signals.map((s) => s.kind))).not.toContain("recent_tips");
    // The demo tip was received on 14 September 2026: recent until the same day a year later, with nothing written.
    expect(kindsOf(wholeList(tipReader, "2027-09-13"), tipped[0]!.key)).toContain("recent_tips");
    expect(kindsOf(wholeList(tipReader, "2027-09-14"), tipped[0]!.key)).not.toContain("recent_tips");
    // Unlinked in SQL: the trigger on tips marks the enterprise.
    const tipIds = sqlite.prepare("select id from tips where enterprise_id = ?").pluck().all(enterpriseId(tipped[0]!.key)) as number[];
    sqlite.prepare("update tips set enterprise_id = null where enterprise_id = ?").run(enterpriseId(tipped[0]!.key));
    expect(kindsOf(wholeList(tipReader), tipped[0]!.key)).not.toContain("recent_tips");
    const relink = sqlite.prepare("update tips set enterprise_id = ? where id = ?");
    for (const tip of tipIds) relink.run(enterpriseId(tipped[0]!.key), tip);
    expect(kindsOf(wholeList(tipReader), tipped[0]!.key)).toContain("recent_tips");
  });

  it("audits each list view with the page read", () => {
    const before = sqlite.prepare("select count(*) from audit_log where action = 'enterprise_signals.viewed' and user_id = ?").pluck().get(norway.userId) as number;
    signalRows.listEnterpriseSignals(norway, { page: 1 }, TODAY);
    const audit = sqlite.prepare("select detail from audit_log where action = 'enterprise_signals.viewed' and user_id = ? order by id desc limit 1").get(norway.userId) as { detail: string };
    expect(sqlite.prepare("select count(*) from audit_log where action = 'enterprise_signals.viewed' and user_id = ?").pluck().get(norway.userId)).toBe(before + 1);
    expect(JSON.parse(audit.detail)).toMatchObject({ page: 1 });
  });
});
