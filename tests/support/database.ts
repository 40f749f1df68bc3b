// A fresh, migrated SQLite database per test: a copy of the template the integration setup migrated once.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openDatabase, type Connection } from "../../db/connection";

export interface TestDatabase extends Connection {
  path: string;
  cleanup: () => void;
}

/** Copies the migrated template to a new file; for app services that read DATABASE_PATH, see `useFreshDatabaseFile`. */
export function freshDatabaseFile(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "portal-test-"));
  const path = join(dir, "portal.db");
  copyFileSync(inject("templateDatabasePath"), path);
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function freshDatabase(): TestDatabase {
  const file = freshDatabaseFile();
  const connection = openDatabase(file.path);
  return {
    ...connection,
    path: file.path,
    cleanup: () => {
      connection.sqlite.close();
      file.cleanup();
    },
  };
}
