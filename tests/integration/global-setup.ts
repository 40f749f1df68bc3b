// Migrates one template database for the whole run; each test copies it (much faster than migrating anew).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/connection";
import { applyMigrations } from "../../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabasePath: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "portal-template-"));
  const path = join(dir, "template.db");
  const { sqlite, db } = openDatabase(path);
  applyMigrations(db);
  // Fold the WAL into the main file so a plain file copy is complete.
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  project.provide("templateDatabasePath", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
