// The process's one database connection. Migrations are applied by the server launcher before this opens.
// One module graph (the compiled server, or Vite's in development) loads this module once, so a module-level
// connection is the only one (docs/decisions/0004-the-server.md) — except in development, see devConnection.
import type Database from "better-sqlite3";
import { databasePathFromEnv, openDatabase, withSchema, type Connection } from "../../db/connection";

declare global {
  // Development only: see devConnection.
  var __portalDevSqlite: Database.Database | undefined;
}

/**
 * Vite re-runs this module when it or the schema is edited, while the server's own modules (health, daily jobs)
 * keep the first copy: a module-level connection would open one more connection per edit and never close them.
 * So in development the SQLite handle is kept across those re-runs, wrapped afresh with the edited schema.
 */
function devConnection(path: string): Connection {
  const kept = globalThis.__portalDevSqlite;
  if (kept?.open) return withSchema(kept);
  const opened = openDatabase(path);
  globalThis.__portalDevSqlite = opened.sqlite;
  return opened;
}

const path = databasePathFromEnv();
const connection = process.env.NODE_ENV === "development" ? devConnection(path) : openDatabase(path);

export const { db, sqlite } = connection;

/** A statement prepared once on the driver, with named parameters (`@name`) and the row shape it returns. */
export function preparedQuery<P extends object, R>(text: string) {
  const statement = sqlite.prepare(text);
  return { all: (params: P) => statement.all(params) as R[], get: (params: P) => statement.get(params) as R | undefined };
}

/** Closes the connection (graceful shutdown, tests); the WAL is checkpointed into the main file. */
export function closeDatabase(): void {
  if (!connection.sqlite.open) return;
  connection.sqlite.close();
}
