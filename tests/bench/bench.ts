// npm run bench — seeds a large synthetic data set into a throw-away database, starts the production server
// on it (once with one process, once with WEB_CONCURRENCY=2 workers) and measures the key pages under load, next
// to a bare node:http server answering the same bytes; it ends with the peak RSS of every serving process.
//
//   npm run bench -- [--exchanges N] [--duration S] [--connections C] [--only text] [--json file]
//
//   --exchanges N    information exchanges to seed (violations N/2, inspections N/10); default sizes otherwise
//   --duration S     seconds of load per route (and per reference run), default 5
//   --connections C  concurrent connections for public pages, default 50 (signed-in routes use their own)
//   --only text      bench only the routes whose path (as written in ROUTES, e.g. `/en/enterprises/:key`)
//                    contains this text; may be given more than once
//   --json file      also write [{route, requestsPerSecond, p50Ms, p99Ms, ratioToReference}] to the file
//
// Everything listens on 127.0.0.1 only, every step is bounded in time, and the children (server, reference
// server) and the temporary directory are removed on exit, on failure and on Ctrl-C.
import Database from "better-sqlite3";
import { fork, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { hashPassword } from "../../app/.server/password";
import { openDatabase, type Db } from "../../db/connection";
import { applyMigrations } from "../../db/migrate";
import {
  DEFAULT_SYNTHETIC_SIZES,
  SYNTHETIC_COORDINATOR_EMAIL,
  SYNTHETIC_PASSWORD,
  seedSyntheticData,
  syntheticContactPointEmail,
  type SyntheticSizes,
} from "../../db/seed/synthetic";

const ROOT = resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";

// ---------------------------------------------------------------------------------------------------------
// The routes. Later issues add rows here; a row with `as` is fetched with the session cookie of that user.

/** Who a signed-in route is fetched as (the synthetic users all share SYNTHETIC_PASSWORD). */
const USERS = {
  /** Contact point of the first synthetic labour inspectorate. */
  contactPoint: { email: syntheticContactPointEmail(0), password: SYNTHETIC_PASSWORD },
  /** Coordinator of every synthetic agreement. */
  coordinator: { email: SYNTHETIC_COORDINATOR_EMAIL, password: SYNTHETIC_PASSWORD },
} as const;
type BenchUser = keyof typeof USERS;

interface BenchRoute {
  /** Path and query, e.g. `/en` or `/en/search?q=pay`. */
  path: string;
  /** For pages whose address depends on the seeded data (a case, a period): finds it in the database. */
  resolve?: (sqlite: Database.Database) => string | null;
  /** Concurrent connections; public pages take --connections. */
  connections?: number;
  /** Signed-in route: fetched with this user's session cookie (skipped while sign-in does not exist). */
  as?: BenchUser;
}

/** The authority of the benched contact point, and one of its cases and agreements. */
const contactPointAuthority = (sqlite: Database.Database) =>
  (sqlite.prepare("select authority_id as id from users where email = ?").get(USERS.contactPoint.email) as { id: number } | undefined)?.id;

const ROUTES: BenchRoute[] = [
  { path: "/en" },
  { path: "/nb" },
  { path: "/lt" },
  { path: "/lt/rights/to-norway/hse-card" },
  // Signed-in pages (10 connections): skipped with a note until sign-in and the page exist.
  { path: "/en/cases", connections: 10, as: "contactPoint" },
  { path: "/en/cases?status=accepted&direction=incoming", connections: 10, as: "contactPoint" },
  {
    path: "/en/cases/exchanges/:ref",
    connections: 10,
    as: "contactPoint",
    resolve: (sqlite) => {
      const row = sqlite.prepare("select ref from exchanges where requesting_authority_id = ? and status <> 'draft' order by id desc limit 1").get(contactPointAuthority(sqlite)) as { ref: string } | undefined;
      return row ? `/en/cases/exchanges/${row.ref}` : null;
    },
  },
  {
    // The enterprise with the most exchanges of the benched contact point: the heaviest enterprise page.
    path: "/en/enterprises/:key",
    connections: 10,
    as: "contactPoint",
    resolve: (sqlite) => {
      const row = sqlite
        .prepare(
          `select e.country, e.registration_number as number from exchanges x join enterprises e on e.id = x.enterprise_id
            where x.requesting_authority_id = ? group by e.id order by count(*) desc limit 1`,
        )
        .get(contactPointAuthority(sqlite)) as { country: string; number: string } | undefined;
      return row ? `/en/enterprises/${row.country}-${row.number}` : null;
    },
  },
  { path: "/en/enterprises/signals", connections: 10, as: "contactPoint" },
  {
    path: "/en/outcomes/:agreement/:period",
    connections: 10,
    as: "coordinator",
    resolve: (sqlite) => {
      const row = sqlite
        .prepare(
          `select a.slug as agreement, p.slug as period from agreements a join project_periods p on p.agreement_id = a.id
            where a.slug like 'syn-%' order by (julianday(p.ends_on) - julianday(p.starts_on)) desc, a.id limit 1`,
        )
        .get() as { agreement: string; period: string } | undefined;
      return row ? `/en/outcomes/${row.agreement}/${row.period}` : null;
    },
  },
];

// Signed-in pages are rendered fresh on every request (nothing caches them), so one row each shows that cost.
const label = (route: BenchRoute, workers: number) => `${route.path} [${workers} worker${workers === 1 ? "" : "s"}]`;

/** Each row is measured with one server process and with WEB_CONCURRENCY=2 workers. */
const WORKER_COUNTS = [1, 2];

// ---------------------------------------------------------------------------------------------------------
// Command line.

interface Options {
  exchanges?: number;
  duration: number;
  connections: number;
  only: string[];
  json?: string;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { duration: 5, connections: 50, only: [] };
  const positive = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!value || !Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    switch (flag) {
      case "--exchanges":
        options.exchanges = Math.floor(positive(flag, value));
        i++;
        break;
      case "--duration":
        options.duration = positive(flag, value);
        i++;
        break;
      case "--connections":
        options.connections = Math.floor(positive(flag, value));
        i++;
        break;
      case "--only":
        if (!value) throw new Error("--only needs part of a route's path");
        options.only.push(value);
        i++;
        break;
      case "--json":
        if (!value) throw new Error("--json needs a file name");
        options.json = resolve(value);
        i++;
        break;
      case "--help":
      case "-h":
        console.log(
          readFileSync(new URL(import.meta.url), "utf8")
            .split("\n")
            .slice(0, 14)
            .join("\n"),
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${flag} (try --help)`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------
// Children and clean-up: synchronous, so it also runs from the 'exit' handler.

const children = new Set<ChildProcess>();
let tempDir: string | undefined;
let cleanedUp = false;

function stopChild(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    try {
      process.kill(child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  children.delete(child);
}

function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of [...children]) stopChild(child);
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench`);
    cleanUp();
    process.exit(130);
  });
}

/** Asks the server to stop (SIGTERM finishes in-flight requests), then kills it if it does not. */
async function stopGracefully(child: ChildProcess, waitMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return void children.delete(child);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(waitMs)]);
  stopChild(child);
}

function sleep(ms: number) {
  return new Promise<void>((done) => setTimeout(done, ms));
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Step 1: the database.

async function seedDatabase(path: string, sizes: SyntheticSizes): Promise<void> {
  const { sqlite, db } = openDatabase(path);
  try {
    applyMigrations(db);
    const demoFile = join(ROOT, "db/seed/demo.ts");
    if (existsSync(demoFile)) {
      const started = performance.now();
      // Imported by file URL so the bench type-checks (and runs) before the demo seed exists.
      const demo = (await import(pathToFileURL(demoFile).href)) as { seedDemoData: (db: Db) => unknown };
      await demo.seedDemoData(db);
      console.log(`demo data: ${seconds(performance.now() - started)}`);
    } else {
      console.log("demo data: skipped (db/seed/demo.ts does not exist yet)");
    }

    const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
    console.log(
      `synthetic data: ${sizes.exchanges.toLocaleString("en")} exchanges, ${sizes.inspections.toLocaleString("en")} ` +
        `inspections, ${sizes.violations.toLocaleString("en")} violations, ${sizes.topics} rights topics`,
    );
    const started = performance.now();
    seedSyntheticData(sqlite, sizes, {
      passwordHash,
      onPhase: (phase, ms) => console.log(`  ${phase}: ${seconds(ms)}`),
    });
    console.log(`seed time: ${seconds(performance.now() - started)}`);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    console.log(`database: ${(statSync(path).size / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    sqlite.close();
  }
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------------------
// Step 2: the production build.

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

function ensureBuild() {
  const entry = join(ROOT, "build/server/server.js");
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const sources = ["app", "server", "db", "locales", "public", "vite.config.ts"].map((p) => newestModification(join(ROOT, p)));
  if (built > Math.max(...sources)) {
    console.log("build: up to date");
    return;
  }
  console.log(`build: ${built ? "sources changed" : "no build yet"}, running npm run build`);
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", timeout: 10 * 60_000 });
  if (result.status !== 0) throw new Error("the production build failed");
  console.log(`build: ${seconds(performance.now() - started)}`);
}

// ---------------------------------------------------------------------------------------------------------
// Step 3: the server under test.

interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
}

/** The node options `npm run start:production` runs the server with (its heap size, docs/decisions/0097). */
function productionNodeOptions(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["start:production"] ?? "";
  return script.split(/\s+/).filter((word) => word.startsWith("--max-"));
}

async function startServer(databasePath: string, workers: number): Promise<RunningServer> {
  const port = await freePort();
  // The compiled server run by node itself: the pid is the server's own (with workers: the primary's), so peak
  // memory can be read from /proc.
  const child = spawn(process.execPath, [...productionNodeOptions(), "build/server/server.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST,
      PUBLIC_URL: `http://${HOST}:${port}`,
      WEB_CONCURRENCY: String(workers),
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const baseUrl = `http://${HOST}:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${stderr}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer /healthz with 200 within 180 s:\n${stderr}`);
}

/** The processes serving requests: the server itself, or its cluster workers (its child processes). */
function servingProcesses(pid: number | undefined): number[] {
  if (!pid) return [];
  try {
    const children = readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return new RegExp(`^PPid:\\s+${pid}$`, "m").test(readFileSync(`/proc/${entry}/status`, "utf8"));
        } catch {
          return false;
        }
      })
      .map(Number);
    return children.length > 0 ? children : [pid];
  } catch {
    return [pid];
  }
}

function peakMemory(pid: number | undefined): { peakMiB: number; currentMiB: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { peakMiB: kib("VmHWM") / 1024, currentMiB: kib("VmRSS") / 1024 };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Signing in (the hook for signed-in routes).

/**
 * Signs in through the real form and returns the session cookie (`name=value; name2=value2`) to send,
 * or null when sign-in is not there yet (404) or refused. POSTs `email` and `password` to `/en/signin`.
 */
async function signIn(baseUrl: string, email: string, password: string): Promise<string | null> {
  const response = await fetch(`${baseUrl}/en/signin`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl },
    body: new URLSearchParams({ email, password }).toString(),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  if (response.status === 404) return null;
  const cookies = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!.trim())
    .filter((pair) => pair.includes("=") && !pair.endsWith("="));
  return cookies.length > 0 ? cookies.join("; ") : null;
}

// ---------------------------------------------------------------------------------------------------------
// Step 4: the reference server, a bare node:http answering the recorded bytes from memory.

const REFERENCE_SERVER = `
const http = require("node:http");
const { readFileSync } = require("node:fs");
const recorded = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bodies = new Map(Object.entries(recorded).map(([path, body]) => [path, Buffer.from(body, "base64")]));
const server = http.createServer((req, res) => {
  const body = bodies.get(req.url);
  if (!body) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
`;

async function startReference(dir: string, bodies: Map<string, Buffer>): Promise<RunningServer> {
  const script = join(dir, "reference-server.cjs");
  const data = join(dir, "reference-bodies.json");
  writeFileSync(script, REFERENCE_SERVER);
  writeFileSync(
    data,
    JSON.stringify(Object.fromEntries([...bodies].map(([path, body]) => [path, body.toString("base64")]))),
  );
  const child = fork(script, [data], { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.add(child);
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error("the reference server did not start within 10 s")), 10_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      done((message as { port: number }).port);
    });
    child.once("exit", (code) => fail(new Error(`the reference server exited (${code})`)));
  });
  return { child, baseUrl: `http://${HOST}:${port}` };
}

// ---------------------------------------------------------------------------------------------------------
// Step 5: load with autocannon (no type declarations ship with it: the part used is typed here).

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
  requests?: Array<{ setupRequest: (request: { path: string }) => { path: string } }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

async function load(url: string, connections: number, duration: number, headers?: Record<string, string>) {
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  } satisfies Measurement;
}

// ---------------------------------------------------------------------------------------------------------

interface Row {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ratioToReference: number;
}

/** Replaces the placeholder paths with real ones from the seeded data; routes that find nothing are dropped. */
function resolveRoutePaths(databasePath: string) {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    for (const route of [...ROUTES]) {
      if (!route.resolve) continue;
      const path = route.resolve(sqlite);
      if (path) route.path = path;
      else {
        console.log(`skip ${route.path}: nothing to bench in this data set`);
        ROUTES.splice(ROUTES.indexOf(route), 1);
      }
    }
  } finally {
    sqlite.close();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.only.length > 0) {
    // Filtered before the placeholders are resolved, so `--only :key` matches the row as written.
    const kept = ROUTES.filter((route) => options.only.some((text) => route.path.includes(text)));
    if (kept.length === 0) throw new Error(`no route matches --only ${options.only.join(", ")}`);
    ROUTES.splice(0, ROUTES.length, ...kept);
    console.log(`routes: ${kept.map((route) => route.path).join(", ")}`);
  }
  const sizes: SyntheticSizes =
    options.exchanges === undefined
      ? { ...DEFAULT_SYNTHETIC_SIZES }
      : {
          ...DEFAULT_SYNTHETIC_SIZES,
          exchanges: options.exchanges,
          violations: Math.floor(options.exchanges / 2),
          inspections: Math.floor(options.exchanges / 10),
        };

  // A hard stop, whatever hangs: seed and build allowance plus the load runs.
  const loadSeconds = ROUTES.length * (WORKER_COUNTS.length + 1) * (options.duration + 15);
  const seedSeconds = 600 + Math.ceil(sizes.exchanges / 5000);
  setTimeout(() => {
    console.error("the bench ran past its time limit: stopping");
    cleanUp();
    process.exit(2);
  }, (seedSeconds + 900 + loadSeconds) * 1000).unref();

  // (1) database
  tempDir = mkdtempSync(join(tmpdir(), "portal-bench-"));
  const databasePath = join(tempDir, "bench.db");
  console.log(`database: ${databasePath}`);
  await seedDatabase(databasePath, sizes);
  resolveRoutePaths(databasePath);

  // (2) build
  ensureBuild();
  const loadRows: Row[] = [];
  const referenceRows: Array<Measurement & { route: string }> = [];
  const memoryLines: string[] = [];
  let reference: RunningServer | undefined;
  for (const workers of WORKER_COUNTS) {
    // (3) the server, with this many workers
    const server = await startServer(databasePath, workers);
    console.log(`server: ${server.baseUrl} (pid ${server.child.pid}, WEB_CONCURRENCY=${workers})`);

    // (4) one fetch per route: the bytes for the reference, the ETag for the conditional request
    const cookies = new Map<BenchUser, string | null>();
    const benched: Array<{ route: BenchRoute; headers: Record<string, string> }> = [];
    const bodies = new Map<string, Buffer>();
    for (const route of ROUTES) {
      const headers: Record<string, string> = {};
      if (route.as) {
        if (!cookies.has(route.as)) {
          const user = USERS[route.as];
          cookies.set(route.as, await signIn(server.baseUrl, user.email, user.password));
        }
        const cookie = cookies.get(route.as);
        if (!cookie) {
          console.log(`skip ${route.path}: cannot sign in as ${route.as} yet (no session cookie from /en/signin)`);
          continue;
        }
        headers.cookie = cookie;
      }
      // The first answer also shows one-off work (the signals list computes its stored rows on its first view).
      const started = performance.now();
      const response = await fetch(server.baseUrl + route.path, { headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
      const body = Buffer.from(await response.arrayBuffer());
      const firstMs = performance.now() - started;
      if (response.status !== 200) {
        console.log(`skip ${route.path}: answered ${response.status}, not 200`);
        continue;
      }
      bodies.set(route.path, body);
      benched.push({ route, headers });
      const etag = response.headers.get("etag");
      let conditional = "no ETag";
      if (!route.as && etag) {
        const again = await fetch(server.baseUrl + route.path, { headers: { "if-none-match": etag }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
        await again.arrayBuffer();
        conditional = again.status === 304 ? "If-None-Match → 304" : `If-None-Match → ${again.status} (not 304)`;
      }
      console.log(
        `${route.path}: ${body.length.toLocaleString("en")} bytes, ${response.headers.get("content-type")}, first answer ${Math.round(firstMs)} ms` +
          (route.as ? ` (signed in as ${route.as})` : `, ${conditional}`),
      );
    }
    if (benched.length === 0) throw new Error("no route answered 200: nothing to measure");
    reference ??= await startReference(tempDir, bodies);

    // (5) load: each route, then (once) the reference answering the same bytes
    for (const { route, headers } of benched) {
      const connections = route.connections ?? options.connections;
      process.stdout.write(`load ${label(route, workers)} (${connections} connections, ${options.duration} s) … `);
      const measured = await load(server.baseUrl + route.path, connections, options.duration, headers);
      let refRate = referenceRows.find((r) => r.route === route.path)?.requestsPerSecond;
      if (refRate === undefined) {
        const ref = await load(reference.baseUrl + route.path, connections, options.duration);
        referenceRows.push({ route: route.path, ...ref });
        refRate = ref.requestsPerSecond;
      }
      console.log(`${measured.requestsPerSecond.toFixed(0)} req/s (reference ${refRate.toFixed(0)})`);
      if (measured.failures > 0) console.log(`  warning: ${measured.failures} errors, timeouts or non-2xx answers`);
      loadRows.push({
        route: label(route, workers),
        requestsPerSecond: round(measured.requestsPerSecond, 1),
        p50Ms: measured.p50Ms,
        p99Ms: measured.p99Ms,
        ratioToReference: refRate > 0 ? round(measured.requestsPerSecond / refRate, 4) : 0,
      });
    }
    // Peak memory of each process that served (the workers; the primary only migrates and runs the daily jobs).
    for (const pid of servingProcesses(server.child.pid)) {
      const memory = peakMemory(pid);
      memoryLines.push(
        memory
          ? `WEB_CONCURRENCY=${workers}: pid ${pid} peak RSS (VmHWM) ${memory.peakMiB.toFixed(0)} MiB (now ${memory.currentMiB.toFixed(0)} MiB)`
          : `WEB_CONCURRENCY=${workers}: peak RSS unavailable (no /proc)`,
      );
    }
    await stopGracefully(server.child);
  }

  // (6) report
  console.log("");
  printTable(
    ["route", "req/s", "p50 ms", "p99 ms", "ratio to reference"],
    [
      ...loadRows.map((r) => [r.route, r.requestsPerSecond.toFixed(0), fmt(r.p50Ms), fmt(r.p99Ms), r.ratioToReference.toFixed(3)]),
      ...referenceRows.map((r) => [`(reference ${r.route})`, r.requestsPerSecond.toFixed(0), fmt(r.p50Ms), fmt(r.p99Ms), "1.000"]),
    ],
  );
  for (const line of memoryLines) console.log(line);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify(loadRows, null, 2) + "\n");
    console.log(`wrote ${options.json}`);
  }

  // (7) stop
  if (reference) await stopGracefully(reference.child, 1000);
}

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function fmt(ms: number) {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

main().then(
  () => {
    cleanUp();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    cleanUp();
    process.exit(1);
  },
);
