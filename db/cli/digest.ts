// npm run digest — runs the contact points' daily digest once, now (the server also runs it every day at
// DIGEST_HOUR): one in-app notification per contact point with cases overdue or falling due within 2 working
// days, and an e-mail when the SMTP_* settings are present. Prints one JSON summary line. A second run on the
// same day adds nothing. Exits 1 if the digest could not run.
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";

// Migrate first with a connection of our own, then let the app's service do the rest.
const migration = openDatabase(databasePathFromEnv());
applyMigrations(migration.db);
migration.sqlite.close();

const { runDailyDigest } = await import("../../app/.server/notifications");
const { closeDatabase } = await import("../../app/.server/db");
let failed = false;
try {
  const summary = await runDailyDigest();
  console.log(JSON.stringify({ digest: "done", ...summary }));
} catch (error) {
  failed = true;
  console.error(JSON.stringify({ digest: "failed", error: error instanceof Error ? error.message : String(error) }));
} finally {
  closeDatabase();
}
process.exitCode = failed ? 1 : 0;
