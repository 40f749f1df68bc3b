// Backups taken while another process keeps writing are consistent, and restore puts them back.
import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabaseFile } from "../support/database";

const ROOT = resolve(import.meta.dirname, "../..");
const tsx = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });

let dir: string;
let database: { path: string; cleanup: () => void };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "portal-backup-"));
  database = freshDatabaseFile();
});
afterAll(() => {
  database.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const count = (path: string) => {
  const db = new Database(path, { readonly: true });
  const n = (db.prepare("select count(*) as n from audit_log").get() as { n: number }).n;
  const integrity = db.pragma("integrity_check", { simple: true });
  const foreignKeys = db.pragma("foreign_key_check") as unknown[];
  db.close();
  return { n, integrity, foreignKeys };
};

describe("backup and restore", () => {
  it("copies the database consistently while another process writes, and restores it", { timeout: 60_000 }, async () => {
    // A writer in another process: small transactions, as the server makes them, for a few seconds.
    const writerScript = join(dir, "writer.cjs");
    writeFileSync(
      writerScript,
      `const D = require(${JSON.stringify(require.resolve("better-sqlite3", { paths: [ROOT] }))});
       const db = new D(process.argv[2]); db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
       const insert = db.prepare("insert into audit_log (action, entity, entity_id) values ('test.write', 'load', ?)");
       const batch = db.transaction((i) => { for (let j = 0; j < 20; j++) insert.run(String(i * 20 + j)); });
       const end = Date.now() + 3000; let i = 0;
       const tick = () => { if (Date.now() > end) { db.close(); process.exit(0); } batch(i++); setImmediate(tick); };
       tick();`,
    );
    const writer = spawn(process.execPath, [writerScript, database.path], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 500));
    const backupFile = join(dir, "backup.db");
    const backup = tsx("db/cli/backup.ts", [backupFile], { DATABASE_PATH: database.path });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("backup written");
    await new Promise((r) => writer.once("exit", r));

    const copied = count(backupFile);
    const live = count(database.path);
    expect(copied.integrity).toBe("ok");
    expect(copied.foreignKeys).toEqual([]);
    // A whole number of writer transactions made it into the copy, never half of one.
    expect(copied.n % 20).toBe(0);
    expect(copied.n).toBeGreaterThan(0);
    expect(copied.n).toBeLessThanOrEqual(live.n);

    const restoredPath = join(dir, "restored", "portal.db");
    const restore = tsx("db/cli/restore.ts", [backupFile], { DATABASE_PATH: restoredPath });
    expect(restore.status, restore.stderr).toBe(0);
    expect(count(restoredPath)).toEqual(copied);
  });

  it("refuses to restore a damaged backup", () => {
    const damaged = join(dir, "damaged.db");
    writeFileSync(damaged, "SQLite format 3\u0000 this is not a database");
    const result = tsx("db/cli/restore.ts", [damaged], { DATABASE_PATH: join(dir, "untouched.db") });
    expect(result.status).not.toBe(0);
  });
});
