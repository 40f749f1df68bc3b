// The process's one database connection. Migrations are applied by the server launcher before this opens.
import { databasePathFromEnv, openDatabase, type Connection } from "../../db/connection";

declare global {
  // Survives module reloads in the dev server, so reloading code does not leak connections.
  var __portalDatabase: Connection | undefined;
}

function connection(): Connection {
  globalThis.__portalDatabase ??= openDatabase(databasePathFromEnv());
  return globalThis.__portalDatabase;
}

export const { db, sqlite } = connection();

/** Closes the connection (graceful shutdown); the WAL is checkpointed into the main file. */
export function closeDatabase(): void {
  const open = globalThis.__portalDatabase;
  if (!open) return;
  globalThis.__portalDatabase = undefined;
  open.sqlite.close();
}
