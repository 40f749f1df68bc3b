// Folders the database code reads at run time (migrations, the rights content), found from the project root so
// they resolve the same from the TypeScript sources and from the compiled server in build/server/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "db/migrations/meta/_journal.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root (db/migrations) above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, "db/migrations");
export const RIGHTS_CONTENT_FOLDER = join(PROJECT_ROOT, "db/content/rights");
