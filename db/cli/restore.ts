// npm run db:restore -- <file>   puts a backup in place of DATABASE_PATH. Stop the server first: the restore
// refuses while another process holds the database open for writing.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { databasePathFromEnv } from "../connection";

const source = process.argv[2] ? resolve(process.argv[2]) : "";
if (!source || !existsSync(source)) {
  console.error("usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const target = databasePathFromEnv();

const backup = new Database(source, { readonly: true, fileMustExist: true });
const integrity = backup.pragma("integrity_check", { simple: true });
backup.close();
if (integrity !== "ok") {
  console.error(JSON.stringify({ level: "error", msg: "the backup is damaged; nothing was restored", integrity }));
  process.exit(1);
}

if (existsSync(target)) {
  // An exclusive lock succeeds only when no server has the database open.
  const current = new Database(target);
  try {
    current.pragma("busy_timeout = 0");
    current.exec("BEGIN EXCLUSIVE; COMMIT;");
    current.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    current.close();
    console.error(JSON.stringify({ level: "error", msg: "the database is in use: stop the server before restoring", database: target }));
    process.exit(1);
  }
  current.close();
}

mkdirSync(dirname(target), { recursive: true });
const staging = `${target}.restoring`;
copyFileSync(source, staging);
for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
renameSync(staging, target);
console.log(JSON.stringify({ level: "info", msg: "backup restored", backup: source, database: target }));
