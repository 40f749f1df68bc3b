// Keeps the `data_generation` number (migration 0008) moving with every write to the data that pages and figures
// are derived from. Triggers are installed on every ordinary table after migrating, so tables added by later
// migrations are covered without anyone remembering to. Left out: logs and bookkeeping that no derived page or
// figure reads (the audit log, sessions, sign-in and rate-limit records, in-app notifications), tables derived from
// the others (the stored enterprise signals), the full-text index (its own tables follow the content tables, which
// are covered), and SQLite's and drizzle's own tables.
import type Database from "better-sqlite3";

const NOT_DERIVED_FROM = new Set([
  "audit_log",
  "sessions",
  "sign_in_attempts",
  "rate_limit_hits",
  "notifications",
  "data_generation",
  // Derived themselves (migration 0016): recomputing them on a read must not look like new data.
  "enterprise_signal_rows",
  "enterprise_signal_authorities",
  "enterprise_signal_stale",
  "__drizzle_migrations",
  "sqlite_sequence",
  "sqlite_stat1",
  "sqlite_stat4",
]);

export function installDataGenerationTriggers(sqlite: Database.Database): void {
  const tables = sqlite
    .prepare("select name, sql from sqlite_master where type = 'table'")
    .all() as { name: string; sql: string | null }[];
  const virtualTables = tables.filter((t) => /^create virtual table/i.test(t.sql ?? "")).map((t) => t.name);
  const covered = tables.filter(
    (t) =>
      !NOT_DERIVED_FROM.has(t.name) &&
      !/^create virtual table/i.test(t.sql ?? "") &&
      // An FTS5 table's shadow tables (rights_search_data, …) are written by SQLite itself.
      !virtualTables.some((v) => t.name.startsWith(`${v}_`)),
  );
  sqlite.transaction(() => {
    for (const { name } of covered) {
      for (const event of ["insert", "update", "delete"]) {
        sqlite.exec(
          `create trigger if not exists "data_generation_${name}_${event}" after ${event} on "${name}" ` +
            `begin update data_generation set value = value + 1 where id = 1; end`,
        );
      }
    }
  })();
}
