// npm run db:seed — applies pending migrations to DATABASE_PATH, then adds the rights content and demo data
// that are missing.
// Safe to run again: the seed only inserts rows whose natural keys are not there yet.
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";
import { isDatabaseEmpty, seedDemoData } from "../seed/demo";
import { releaseRepositoryContent } from "../seed/release";

const path = databasePathFromEnv();
const { sqlite, db } = openDatabase(path);
try {
  applyMigrations(db);
  const wasEmpty = isDatabaseEmpty(db);
  const startedAt = performance.now();
  const { content } = releaseRepositoryContent({ db, sqlite });
  await seedDemoData(db);
  const durationMs = Math.round(performance.now() - startedAt);
  console.log(JSON.stringify({ level: "info", msg: "demo data seeded", database: path, wasEmpty, durationMs, contentVersionsAdded: content.versions }));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: "error", msg: "demo seed failed", database: path, error: message }));
  process.exitCode = 1;
} finally {
  sqlite.close();
}
