// Applies the committed drizzle-kit migrations. Used by the server launcher, the CLI and the tests.
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./connection";
import { installDataGenerationTriggers } from "./data-generation";
import { MIGRATIONS_FOLDER } from "./paths";

export { MIGRATIONS_FOLDER };

export function applyMigrations(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  installDataGenerationTriggers(db.$client);
}
