// npm run content:release — applies pending migrations to DATABASE_PATH, then releases the repository's register
// of legal figures and rights pages into it (what the server also does at every start). Pages an editor changed
// since the last release are not overwritten: the repository's text waits as a draft, flagged to editors.
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";
import { releaseRepositoryContent } from "../seed/release";

const path = databasePathFromEnv();
const connection = openDatabase(path);
try {
  applyMigrations(connection.db);
  const { figures, content } = releaseRepositoryContent(connection);
  console.log(
    JSON.stringify({
      level: "info",
      msg: "content released",
      database: path,
      figuresInserted: figures.inserted.length,
      figuresUpdated: figures.updated.length,
      figuresKeptAsEdited: figures.keptEditorChanges,
      versionsAdded: content.versions,
      released: content.released,
      conflicts: content.conflicts,
    }),
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: "error", msg: "content release failed", database: path, error: message }));
  process.exitCode = 1;
} finally {
  connection.sqlite.close();
}
