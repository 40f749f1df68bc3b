// npm run retention — applies the retention rule for personal data once, now (the server also runs it every day
// at RETENTION_HOUR): hides the personal data of cases closed more than RETENTION_HIDE_AFTER_MONTHS ago from
// everyone but administrators, anonymises it RETENTION_ANONYMISE_AFTER_YEARS after closing, and erases tips'
// reporter details RETENTION_TIP_REPORTER_MONTHS after receipt (see README, "Retention of personal data").
// Prints one summary line, e.g. "retention: 3 cases hidden, 2 anonymised, 1 tip reporter erased". A second run
// on the same day changes nothing. Exits 1 (changing nothing) when the settings are invalid or the run fails.
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";

// Migrate first with a connection of our own, then let the app's service do the rest.
const migration = openDatabase(databasePathFromEnv());
applyMigrations(migration.db);
migration.sqlite.close();

const { formatRetentionSummary, runRetention } = await import("../../app/.server/retention-run");
const { closeDatabase } = await import("../../app/.server/db");
let failed = false;
try {
  console.log(formatRetentionSummary(runRetention()));
} catch (error) {
  failed = true;
  console.error(`retention: failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  closeDatabase();
}
process.exitCode = failed ? 1 : 0;
