// npm run bench:profile — the server's CPU time per request for the benched pages, and (with --cpu-prof)
// where that time goes. Throughput on a shared machine says little; the CPU time the server process itself spent
// per request (from /proc, user + system) is steady under other load, so before/after figures are comparable.
//
//   npm run bench:profile -- [--db file] [--exchanges N] [--requests N] [--rounds R] [--cpu-prof dir] [--only text]
//
//   --db file        database to use; seeded (synthetic data, like the bench) when the file does not exist, kept after
//   --exchanges N    exchanges to seed into a new database (default 200,000)
//   --requests N     sequential requests measured per page after 30 warm-up requests (default 300)
//   --rounds R       measure every page R times, interleaved, and keep each page's lowest figure: other load on
//                    the machine only ever adds CPU time (cache misses, slower cores), so the minimum is the steadiest
//   --cpu-prof dir   also run the server with `node --cpu-prof` (one server per page) and print, per page, the
//                    functions and packages with the most self time; the .cpuprofile files stay in dir
//   --only text      measure only the pages whose path contains text
//   --build dir      the server build to run (default build/; e.g. a copy of an older build, to compare)
//
// Requests are sent like autocannon sends them (no Accept-Encoding), one at a time on one kept-alive connection,
// to the built server (build/server/server.js, one process) on 127.0.0.1. Needs `npm run build` first.
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { hashPassword } from "../../app/.server/password";
import { openDatabase } from "../../db/connection";
import { applyMigrations } from "../../db/migrate";
import {
  DEFAULT_SYNTHETIC_SIZES,
  SYNTHETIC_COORDINATOR_EMAIL,
  SYNTHETIC_PASSWORD,
  seedSyntheticData,
  syntheticContactPointEmail,
} from "../../db/seed/synthetic";

const ROOT = resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";
const WARM_UP = 30;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
const exchanges = Number(option("--exchanges") ?? DEFAULT_SYNTHETIC_SIZES.exchanges);
const requests = Number(option("--requests") ?? 300);
const rounds = Number(option("--rounds") ?? 1);
const profileDir = option("--cpu-prof") ? resolve(option("--cpu-prof")!) : undefined;
const only = option("--only");
const serverEntry = join(option("--build") ?? "build", "server/server.js");
const ownDb = !option("--db");
const dbPath = resolve(option("--db") ?? join(tmpdir(), `portal-profile-${process.pid}.db`));

const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
  if (ownDb) for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
});

async function seed() {
  if (existsSync(dbPath)) return;
  console.log(`seeding ${exchanges.toLocaleString("en")} exchanges into ${dbPath}`);
  const { sqlite, db } = openDatabase(dbPath);
  applyMigrations(db);
  const { seedDemoData } = await import("../../db/seed/demo");
  await seedDemoData(db);
  seedSyntheticData(
    sqlite,
    { ...DEFAULT_SYNTHETIC_SIZES, exchanges, violations: Math.floor(exchanges / 2), inspections: Math.floor(exchanges / 10) },
    { passwordHash: await hashPassword(SYNTHETIC_PASSWORD) },
  );
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}

/** The benched pages (as tests/bench/bench.ts picks them) with the user each is fetched as. */
function pages(): Array<{ path: string; as?: string }> {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    const authority = sqlite.prepare("select authority_id from users where email = ?").pluck().get(syntheticContactPointEmail(0));
    const ref = sqlite.prepare("select ref from exchanges where requesting_authority_id = ? and status <> 'draft' order by id desc limit 1").pluck().get(authority);
    const period = sqlite
      .prepare(
        `select a.slug || '/' || p.slug from agreements a join project_periods p on p.agreement_id = a.id
          where a.slug like 'syn-%' order by (julianday(p.ends_on) - julianday(p.starts_on)) desc, a.id limit 1`,
      )
      .pluck()
      .get();
    // The enterprise with the most exchanges of the contact point's authority (as tests/bench/bench.ts picks it).
    const enterprise = sqlite
      .prepare(
        `select e.country || '-' || e.registration_number from exchanges x join enterprises e on e.id = x.enterprise_id
          where x.requesting_authority_id = ? group by e.id order by count(*) desc limit 1`,
      )
      .pluck()
      .get(authority);
    const contactPoint = syntheticContactPointEmail(0);
    return [
      { path: "/en" },
      { path: "/lt/rights/to-norway/hse-card" },
      { path: "/en/cases", as: contactPoint },
      { path: "/en/cases?status=accepted&direction=incoming", as: contactPoint },
      { path: `/en/cases/exchanges/${String(ref)}`, as: contactPoint },
      { path: `/en/outcomes/${String(period)}`, as: SYNTHETIC_COORDINATOR_EMAIL },
      // Benched too (issue 17's pages, not issue 14's): the signals list and the heaviest enterprise page.
      { path: "/en/enterprises/signals", as: contactPoint },
      { path: `/en/enterprises/${String(enterprise)}`, as: contactPoint },
    ].filter((page) => !only || page.path.includes(only));
  } finally {
    sqlite.close();
  }
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

async function startServer(cpuProf: boolean): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const args = cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, serverEntry] : [serverEntry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST, PUBLIC_URL: `http://${HOST}:${port}`, WEB_CONCURRENCY: "1", DATABASE_PATH: dbPath, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://${HOST}:${port}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) return { child, port };
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error("the server did not become healthy within 60 s");
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
  children.delete(child);
}

async function signIn(port: number, email: string): Promise<string> {
  const origin = `http://${HOST}:${port}`;
  const response = await fetch(`${origin}/en/signin`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams({ email, password: SYNTHETIC_PASSWORD }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie) throw new Error(`sign-in as ${email} gave no cookie (${response.status})`);
  return cookie;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(port: number, path: string, cookie?: string): Promise<{ status: number; bytes: number }> {
  return new Promise((done, fail) => {
    const req = request({ host: HOST, port, path, agent, headers: cookie ? { cookie } : {} }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => done({ status: res.statusCode ?? 0, bytes }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** user + system CPU of a process in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function measure(port: number, pid: number, path: string, cookie?: string) {
  for (let i = 0; i < WARM_UP; i++) {
    const { status } = await get(port, path, cookie);
    if (status !== 200) throw new Error(`${path} answered ${status}`);
  }
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  let bytes = 0;
  for (let i = 0; i < requests; i++) bytes = (await get(port, path, cookie)).bytes;
  // The profile's sample times are on the same monotonic clock (microseconds): only the measured window counts.
  const window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
  return { cpu: (cpuMs(pid) - cpuBefore) / requests, wall: (performance.now() - started) / requests, bytes, window };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time by function and by package/file area, from one .cpuprofile. */
function summarise(file: string, window: { fromUs: number; toUs: number }, top = 25) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= window.fromUs && at <= window.toUs) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const area = (url: string) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1]!;
    if (url.includes("build/server")) return "(app build)";
    if (url.startsWith("node:")) return url;
    return url ? url.replace(/^.*\//, "") : "(native/vm)";
  };
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  // Inclusive: each sample counts once for every distinct function on its stack.
  const inclusive = new Map<string, number>();
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || "(anonymous)"} ${area(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url } = node.callFrame;
    if (functionName === "(idle)") continue;
    total += us;
    byFunction.set(keyOf(node), (byFunction.get(keyOf(node)) ?? 0) + us);
    const a = functionName.startsWith("(") ? functionName : area(url);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`  ${title}`);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`    ${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
    }
  };
  console.log(`  busy ${(total / 1000).toFixed(0)} ms in the measured window, ${(total / 1000 / requests).toFixed(2)} ms per request (idle excluded)`);
  print("by area", byArea);
  print("by function (self)", byFunction);
  // The app's own functions (loaders, services, components) with what they call.
  print("app functions (inclusive)", new Map([...inclusive].filter(([key]) => key.includes("(app build)"))));
}

await seed();
const list = pages();
console.log(`${requests} sequential requests per page after ${WARM_UP} warm-up ones; server CPU (user+system) per request`);
{
  const { child, port } = await startServer(false);
  const cookies = new Map<string, string>();
  const best = new Map<string, { cpu: number; wall: number; bytes: number }>();
  for (let round = 0; round < rounds; round++) {
    for (const page of list) {
      let cookie: string | undefined;
      if (page.as) {
        if (!cookies.has(page.as)) cookies.set(page.as, await signIn(port, page.as));
        cookie = cookies.get(page.as);
      }
      const m = await measure(port, child.pid!, page.path, cookie);
      const previous = best.get(page.path);
      best.set(page.path, { cpu: Math.min(m.cpu, previous?.cpu ?? Infinity), wall: Math.min(m.wall, previous?.wall ?? Infinity), bytes: m.bytes });
    }
  }
  for (const page of list) {
    const m = best.get(page.path)!;
    console.log(`${m.cpu.toFixed(2).padStart(7)} ms CPU  ${m.wall.toFixed(2).padStart(7)} ms wall  ${String(m.bytes).padStart(7)} B  ${page.path}`);
  }
  const peak = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
  if (peak) console.log(`server peak RSS (VmHWM): ${(Number(peak) / 1024).toFixed(0)} MiB`);
  await stopServer(child);
}
if (profileDir) {
  mkdirSync(profileDir, { recursive: true });
  for (const page of list) {
    const before = new Set(readdirSync(profileDir));
    const { child, port } = await startServer(true);
    const cookie = page.as ? await signIn(port, page.as) : undefined;
    const { window } = await measure(port, child.pid!, page.path, cookie);
    await stopServer(child);
    const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile") && !before.has(name));
    console.log(`\n${page.path}  (${file})`);
    if (file) summarise(join(profileDir, file), window);
  }
}
process.exit(0);
