// Opening the one SQLite file, the same way for the server, the scripts and the tests.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = BetterSQLite3Database<Schema> & { $client: Database.Database };
export interface Connection {
  sqlite: Database.Database;
  db: Db;
}

export const DEFAULT_DATABASE_PATH = "data/portal.db";

export function databasePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDatabase(path: string): Connection {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers run beside the one writer; NORMAL sync is durable across process crashes in WAL mode.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  return withSchema(sqlite);
}

/** drizzle over an open SQLite handle, with the schema as this module graph has it. */
export function withSchema(sqlite: Database.Database): Connection {
  return { sqlite, db: drizzle(sqlite, { schema }) };
}
