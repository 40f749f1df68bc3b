// Starting the portal: read the settings → migrate → release the repository's rights content and legal figures → seed demo data into an empty
// database (only with --demo-data) → serve with WEB_CONCURRENCY workers (node:cluster) → run the daily jobs in one
// process only. SIGTERM/SIGINT finish in-flight requests and close the database.
// The same code runs the compiled server (server/main.ts) and the development server (server/dev.ts), so both
// have the same headers, checks and /healthz.
import type { ServerBuild } from "@remix-run/node";
import type { RequestHandler } from "express";
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { applyMigrations, MIGRATIONS_FOLDER } from "../db/migrate";
import { PROJECT_ROOT } from "../db/paths";
import { releaseRepositoryContent } from "../db/seed/release";
import { closeDatabase, db, sqlite } from "~/.server/db";
import { EnvError, readServerEnv, type ServerEnv } from "~/.server/env";
import { logger } from "~/.server/logger";
import { scheduleDailyJobs, type DailyJobs } from "./jobs";

export interface PortalRuntime {
  loadBuild: () => Promise<ServerBuild>;
  /** Development: Vite's middleware, and the build is loaded afresh on every request. */
  devMiddleware?: RequestHandler;
}

function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

async function prepareDatabase(env: ServerEnv) {
  applyMigrations(db);
  // The public rights content and the register of legal figures are part of the product, demo or not: changes in
  // the repository arrive as releases (db/seed/release.ts); editors' own changes are kept.
  const release = releaseRepositoryContent({ db, sqlite });
  if (release.figures.inserted.length || release.figures.updated.length || release.content.versions) logger.info("repository content released", { ...release });
  if (release.content.conflicts.length) logger.warn("content releases wait for editors: pages edited since the last release", { pages: release.content.conflicts });
  if (env.demoData) {
    const { isDatabaseEmpty, seedDemoData } = await import("../db/seed/demo");
    if (isDatabaseEmpty(db)) {
      logger.info("empty database: loading demo data");
      await seedDemoData(db);
    }
  }
}

/** The digest of deadlines and the retention run, each at its hour in Norway; one process per database runs them. */
async function startDailyJobs(env: ServerEnv): Promise<DailyJobs> {
  const { runDailyDigest } = await import("~/.server/notifications");
  const { formatRetentionSummary, runRetention } = await import("~/.server/retention-run");
  return scheduleDailyJobs([
    {
      name: "daily digest",
      hour: env.DIGEST_HOUR,
      run: async () => logger.info("daily digest", { summary: await runDailyDigest() }),
    },
    {
      name: "retention run",
      hour: env.RETENTION_HOUR,
      run: () => {
        const summary = runRetention();
        logger.info(formatRetentionSummary(summary), { summary });
      },
    },
  ]);
}

async function serve(env: ServerEnv, runtime: PortalRuntime, onStop: () => void) {
  // Imported once the schema is current: these modules prepare their statements when loaded.
  const { createPortalApp } = await import("./http-app");
  const migrationsExpected = expectedMigrationCount();
  const countMigrations = sqlite.prepare("select count(*) from __drizzle_migrations").pluck();
  const app = createPortalApp({
    build: runtime.devMiddleware ? runtime.loadBuild : await runtime.loadBuild(),
    mode: env.NODE_ENV,
    publicOrigin: env.PUBLIC_URL,
    writeOrigins: env.writeOrigins,
    trustProxy: env.TRUST_PROXY,
    logRequests: env.LOG_LEVEL !== "warn",
    clientBuildFolder: runtime.devMiddleware ? undefined : join(PROJECT_ROOT, "build/client"),
    devMiddleware: runtime.devMiddleware,
    health: () => {
      try {
        const applied = countMigrations.get() as number;
        const current = applied === migrationsExpected;
        return { ok: current, detail: { status: current ? "ok" : "migrations pending", database: "reachable", migrations: applied, pid: process.pid } };
      } catch {
        return { ok: false, detail: { status: "database unreachable" } };
      }
    },
  });
  const server = createServer(app);
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    logger.info("listening", { url: `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}`, port, pid: process.pid });
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    onStop();
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    server.close(() => {
      closeDatabase();
      logger.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** Forks the workers and keeps them running; stops them all on SIGTERM/SIGINT. */
function superviseWorkers(count: number, jobs: DailyJobs) {
  let stopping = false;
  for (let i = 0; i < count; i += 1) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        closeDatabase();
        logger.info("stopped");
        process.exit(0);
      }
      return;
    }
    logger.error("a worker stopped; starting another", { pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal, workers: count });
    jobs.stop();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(1), 12_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

export async function runPortal(runtime: PortalRuntime): Promise<void> {
  let env: ServerEnv;
  try {
    env = readServerEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      logger.error("the server cannot start: invalid settings", { errors: error.message });
      process.exit(1);
    }
    throw error;
  }
  // PUBLIC_URL is not written back into the environment: workers read the same settings as this process, and
  // app code's publicOrigin (env.ts) falls back to the same localhost default. Written back, a worker would take the
  // default for a given address and refuse form posts from 127.0.0.1, the address the demo's log prints.
  if (env.PORTAL_TODAY) logger.warn("PORTAL_TODAY pins today's date; never set it in production", { today: env.PORTAL_TODAY });

  if (cluster.isWorker) {
    await serve(env, runtime, () => {});
    return;
  }
  await prepareDatabase(env);
  const jobs = await startDailyJobs(env);
  // Development reloads code in one process; several workers are for production.
  const workers = runtime.devMiddleware ? 1 : env.workers;
  if (workers <= 1) {
    await serve(env, runtime, () => jobs.stop());
    return;
  }
  logger.info("starting workers", { workers });
  superviseWorkers(workers, jobs);
}
