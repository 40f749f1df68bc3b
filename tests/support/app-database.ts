// Points the app's database module at a fresh, migrated (optionally demo-seeded) copy, for service tests.
import { vi } from "vitest";
import { openDatabase } from "../../db/connection";
import { seedDemoData } from "../../db/seed/demo";
import { freshDatabaseFile } from "./database";

export async function useAppDatabase(options: { seed?: boolean } = {}) {
  const file = freshDatabaseFile();
  if (options.seed) {
    const connection = openDatabase(file.path);
    await seedDemoData(connection.db);
    connection.sqlite.close();
  }
  globalThis.__portalDatabase?.sqlite.close();
  globalThis.__portalDatabase = undefined;
  process.env.DATABASE_PATH = file.path;
  vi.resetModules();
  return {
    path: file.path,
    cleanup: () => {
      globalThis.__portalDatabase?.sqlite.close();
      globalThis.__portalDatabase = undefined;
      file.cleanup();
    },
  };
}
