// The database as the server opens it: pragmas, the whole schema, constraints and the append-only audit log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
beforeEach(() => {
  database = freshDatabase();
});
afterEach(() => database.cleanup());

const tableNames = () =>
  (database.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe("database", () => {
  it("opens with WAL, foreign keys, a busy timeout and NORMAL sync", () => {
    expect(database.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(database.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(database.sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(database.sqlite.pragma("synchronous", { simple: true })).toBe(1);
  });

  it("has the tables of the whole design", () => {
    const expected = [
      "authorities", "agreements", "project_periods", "period_funding_sources", "period_targets", "activities",
      "activity_participants", "enterprises", "exchanges", "exchange_questions", "penalty_instruments",
      "inspections", "inspection_enterprises", "inspection_agencies", "inspection_risk_indicators",
      "inspection_date_proposals", "inspection_plans", "inspection_team_members", "inspection_reports",
      "inspection_findings", "inspection_worker_counts", "follow_up_actions", "case_events", "case_messages",
      "attachments", "violations", "tips", "rights_topics", "rights_topic_versions", "rights_search", "users",
      "user_roles", "sessions", "sign_in_attempts", "rate_limit_hits", "notifications", "audit_log",
      "reference_counters",
    ];
    expect(tableNames()).toEqual(expect.arrayContaining(expected));
  });

  it("indexes every foreign key column", () => {
    const unindexed: string[] = [];
    for (const table of tableNames().filter((t) => !t.startsWith("sqlite_") && !t.startsWith("rights_search") && t !== "__drizzle_migrations")) {
      const foreignKeys = database.sqlite.pragma(`foreign_key_list(${table})`) as { from: string }[];
      const indexes = database.sqlite.pragma(`index_list(${table})`) as { name: string }[];
      const leadingColumns = new Set(
        indexes.map((i) => (database.sqlite.pragma(`index_info(${i.name})`) as { name: string }[])[0]?.name),
      );
      const primaryKey = (database.sqlite.pragma(`table_info(${table})`) as { name: string; pk: number }[])
        .filter((c) => c.pk === 1)
        .map((c) => c.name);
      for (const fk of foreignKeys) {
        if (!leadingColumns.has(fk.from) && !primaryKey.includes(fk.from)) unindexed.push(`${table}.${fk.from}`);
      }
    }
    expect(unindexed).toEqual([]);
  });

  it("refuses rows that break a foreign key", () => {
    expect(() =>
      database.sqlite
        .prepare("insert into agreements (slug, party_a_id, party_b_id, title_nb, title_lt, title_en) values ('x', 998, 999, 'a', 'b', 'c')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keeps the audit log append-only inside SQLite", () => {
    const insert = database.sqlite.prepare("insert into audit_log (action, entity, entity_id) values (?, ?, ?)");
    insert.run("sign_in", "user", "1");
    expect(() => database.sqlite.prepare("update audit_log set action = 'tampered'").run()).toThrow(/append-only/);
    expect(() => database.sqlite.prepare("delete from audit_log").run()).toThrow(/append-only/);
    expect(database.sqlite.prepare("select action from audit_log").all()).toEqual([{ action: "sign_in" }]);
  });

  it("allows a role once per user and agreement, a null agreement included", () => {
    database.sqlite.prepare("insert into users (email, display_name) values ('a@example.test', 'A')").run();
    const grant = database.sqlite.prepare("insert into user_roles (user_id, role, agreement_id) values (1, ?, null)");
    grant.run("admin");
    expect(() => grant.run("admin")).toThrow(/UNIQUE/);
  });
});
