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
  process.env.DATABASE_PATH = file.path;
  // The app's modules are loaded afresh after this, so their connection opens on the new file.
  vi.resetModules();
  return {
    path: file.path,
    cleanup: async () => {
      // The test has loaded the app's database module by now: this is that module, and its one connection.
      (await import("~/.server/db")).closeDatabase();
      file.cleanup();
    },
  };
}
