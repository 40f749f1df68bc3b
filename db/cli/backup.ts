// npm run db:backup -- <file>   a consistent copy of DATABASE_PATH, taken while the server keeps running
// (SQLite's online backup API copies page by page and restarts if a write lands in between).
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { databasePathFromEnv } from "../connection";

const target = process.argv[2];
if (!target) {
  console.error("usage: npm run db:backup -- <backup file>");
  process.exit(2);
}
const source = databasePathFromEnv();
if (!existsSync(source)) {
  console.error(`no database at ${source}`);
  process.exit(2);
}
const destination = resolve(target);
const partial = `${destination}.partial`;
rmSync(partial, { force: true });

const started = performance.now();
const database = new Database(source, { readonly: true, fileMustExist: true });
database.pragma("busy_timeout = 5000");
try {
  await database.backup(partial);
} finally {
  database.close();
}
// Check the copy before it replaces an older backup of the same name.
const copy = new Database(partial, { readonly: true });
const integrity = copy.pragma("integrity_check", { simple: true });
copy.close();
if (integrity !== "ok") {
  rmSync(partial, { force: true });
  console.error(JSON.stringify({ level: "error", msg: "backup failed its integrity check", integrity }));
  process.exit(1);
}
renameSync(partial, destination);
console.log(JSON.stringify({ level: "info", msg: "backup written", source, backup: destination, bytes: statSync(destination).size, ms: Math.round(performance.now() - started) }));
