// Crash safety (issue #8): while another process keeps writing through HTTP (new exchanges, accepts, answers,
// violations), the production server is killed with SIGKILL at a random moment. The database file it leaves must
// pass `PRAGMA integrity_check` and `foreign_key_check` and hold every write the server acknowledged with a success
// response; the server must then start again on the same file and serve the cases. At the end the server is
// stopped cleanly and every acknowledged write of every round is checked once more.
//
// `npm test` runs the small form: 2 kill rounds, each killing within 3 s of the first acknowledged write.
// A longer soak, e.g.:
//   CRASH_TEST_ROUNDS=20 CRASH_TEST_SECONDS=10 CRASH_TEST_WRITERS=6 \
//     npx vitest run --project integration tests/integration/crash-safety.test.ts
//   CRASH_TEST_ROUNDS    kill rounds (default 2)
//   CRASH_TEST_SECONDS   the kill comes at a random moment up to this many seconds after the first acknowledged
//                        write of the round (default 3)
//   CRASH_TEST_WRITERS   concurrent write streams in the writer process (default 3)
// The server runs from the existing build/ (run `flock /tmp/portal-build.lock npm run build` first if it is stale).
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, get, signInAs } from "../support/http";
import { freePort } from "../support/server";

function positiveFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${JSON.stringify(raw)}`);
  return value;
}

const ROUNDS = Math.floor(positiveFromEnv("CRASH_TEST_ROUNDS", 2));
const KILL_WINDOW_MS = positiveFromEnv("CRASH_TEST_SECONDS", 3) * 1000;
const WRITERS = Math.floor(positiveFromEnv("CRASH_TEST_WRITERS", 3));
const SERVER_START_TIMEOUT_MS = 60_000;
/** The lock builders take (`flock /tmp/portal-build.lock npm run build`); a build may take a minute or two. */
const BUILD_LOCK = "/tmp/portal-build.lock";
const BUILD_LOCK_WAIT_SECONDS = 120;
/** A round starts a server (slow on a busy machine), waits for the writer's first write and for it to stop. */
const ROUND_TIMEOUT_MS = BUILD_LOCK_WAIT_SECONDS * 1000 + SERVER_START_TIMEOUT_MS + 60_000 + KILL_WINDOW_MS;
const ROOT = resolve(import.meta.dirname, "../..");

/** A write the server answered with its success response, and what proves it is in the database. */
type Acknowledged =
  | { kind: "exchange"; ref: string; subject: string }
  | { kind: "accept"; ref: string; version: number }
  | { kind: "answer"; ref: string; questionIds: number[]; text: string; version: number }
  | { kind: "violation"; ref: string; description: string };

type WriterLine =
  | ({ type: "ack" } & Acknowledged)
  | { type: "ready" }
  | { type: "unexpected"; step: string; status: number; body: string }
  | { type: "stopped"; writer: number; reason: "server-gone" | "unexpected"; error: string }
  | { type: "fatal"; error: string };

// The writer: a separate Node process that signs in as both contact points of the Norway–Lithuania agreement and
// runs WRITERS concurrent streams of case flows until the server goes away. Each acknowledgement is one JSON line
// on stdout, written only after the whole success response has arrived. Plain JS so it needs no loader.
const WRITER_SCRIPT = String.raw`
const config = JSON.parse(process.argv[2]);
const emit = (line) => process.stdout.write(JSON.stringify(line) + "\n");
const deadline = Date.now() + config.stopAfterMs;
let stopping = false;

class ServerGone extends Error {}
class Unexpected extends Error {}

async function send(path, { cookie, form } = {}) {
  try {
    const res = await fetch(config.baseUrl + path, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: {
        Origin: config.baseUrl,
        ...(cookie ? { Cookie: cookie } : {}),
        ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    // Read the body to the end: a write counts as acknowledged only once its whole response is in.
    const body = await res.text();
    return { status: res.status, location: res.headers.get("location") ?? "", setCookie: res.headers.get("set-cookie") ?? "", body };
  } catch (error) {
    throw new ServerGone(String(error && error.cause ? error.cause.code || error.cause.message : error));
  }
}

function expectStatus(step, response, status) {
  if (response.status === status) return response;
  emit({ type: "unexpected", step, status: response.status, body: response.body.slice(0, 500) });
  throw new Unexpected(step + " answered " + response.status);
}

// A 302 is a success only if it goes where the action sends on success (a lost session also redirects: to sign-in).
function expectRedirect(step, response, location) {
  expectStatus(step, response, 302);
  if (location.test(response.location)) return response;
  emit({ type: "unexpected", step, status: 302, body: "redirected to " + response.location });
  throw new Unexpected(step + " redirected to " + response.location);
}

function must(step, value) {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    emit({ type: "unexpected", step, status: 0, body: "missing in the response" });
    throw new Unexpected(step);
  }
  return value;
}

async function signIn(email) {
  const res = expectRedirect("sign-in " + email, await send("/en/signin", { form: { email, password: config.password } }), /^\/en\/(?!signin)/);
  return res.setCookie.split(";")[0];
}

const versionOf = (html) => Number(/name="version" value="(\d+)"/.exec(html)?.[1] ?? NaN);
const questionIdsOf = (html) => [...new Set([...html.matchAll(/name="answer-(\d+)-text"/g)].map((m) => Number(m[1])))];

async function caseFlow(tag, sessions) {
  const subject = "Crash test " + tag;
  const created = expectRedirect("create exchange", await send("/en/cases/exchanges/new", {
    cookie: sessions.requester,
    form: { intent: "send", agreementId: String(config.agreementId), type: "information_request", urgency: "standard", subject, freeQuestions: "Question " + tag, language: "en" },
  }), /^\/en\/cases\/exchanges\/EX-[A-Z0-9-]+(\?done=created#done)?$/);
  const ref = created.location.split("/").pop().split("?")[0];
  emit({ type: "ack", kind: "exchange", ref, subject });

  const casePath = "/en/cases/exchanges/" + ref;
  const sent = expectStatus("view sent exchange", await send(casePath, { cookie: sessions.responder }), 200);
  const sentVersion = must("version", versionOf(sent.body) || null);
  const backToCase = new RegExp("^" + casePath + "(\\?done=(answer|violation))?(#.*)?$");
  expectRedirect("accept", await send(casePath, { cookie: sessions.responder, form: { action: "accept", version: String(sentVersion) } }), backToCase);
  emit({ type: "ack", kind: "accept", ref, version: sentVersion + 1 });

  const accepted = expectStatus("view accepted exchange", await send(casePath, { cookie: sessions.responder }), 200);
  const acceptedVersion = must("version", versionOf(accepted.body) || null);
  const questionIds = must("question ids", questionIdsOf(accepted.body));
  const text = "Answer " + tag;
  const answerForm = { action: "answer", version: String(acceptedVersion), confirmed: "yes" };
  for (const id of questionIds) answerForm["answer-" + id + "-text"] = text;
  expectRedirect("answer", await send(casePath, { cookie: sessions.responder, form: answerForm }), backToCase);
  emit({ type: "ack", kind: "answer", ref, questionIds, text, version: acceptedVersion + 1 });

  const description = "Violation " + tag;
  expectRedirect("record violation", await send("/en/cases/violations/new", {
    cookie: sessions.requester,
    form: { sourceKind: "exchange", sourceRef: ref, category: "pay", description, descriptionLanguage: "en", foundOn: new Date().toISOString().slice(0, 10), sanction: "order" },
  }), backToCase);
  emit({ type: "ack", kind: "violation", ref, description });
}

async function stream(writer, sessions) {
  for (let n = 1; !stopping && Date.now() < deadline; n++) {
    try {
      await caseFlow(config.marker + "-w" + writer + "-n" + n, sessions);
    } catch (error) {
      stopping = true;
      emit({ type: "stopped", writer, reason: error instanceof ServerGone ? "server-gone" : "unexpected", error: String(error.message) });
      return;
    }
  }
}

(async () => {
  try {
    const sessions = { requester: await signIn(config.requester), responder: await signIn(config.responder) };
    emit({ type: "ready" });
    await Promise.all(Array.from({ length: config.writers }, (_, i) => stream(i + 1, sessions)));
  } catch (error) {
    emit({ type: "fatal", error: String(error && error.stack ? error.stack : error) });
    process.exitCode = 1;
  }
})();
`;

/** Every process the test starts, so afterAll can kill what is still running even when a round failed. */
const children: ChildProcess[] = [];
function track(child: ChildProcess): ChildProcess {
  children.push(child);
  return child;
}

interface RunningWriter {
  process: ChildProcess;
  acknowledged: Acknowledged[];
  /** Anything but acknowledgements and the expected "server gone": wrong statuses, a failed sign-in. */
  problems: WriterLine[];
  firstAcknowledgement: Promise<void>;
  exited: Promise<void>;
  log: () => string;
}

function startWriter(scriptPath: string, baseUrl: string, agreementId: number, marker: string): RunningWriter {
  const config = {
    baseUrl,
    agreementId,
    requester: DEMO_USERS.contactPointNorway,
    responder: DEMO_USERS.contactPointLithuania,
    password: DEMO_PASSWORD,
    writers: WRITERS,
    marker,
    // Only a safety net: the writer normally stops when the server is killed.
    stopAfterMs: KILL_WINDOW_MS + 60_000,
  };
  const child = track(spawn(process.execPath, [scriptPath, JSON.stringify(config)], { stdio: ["ignore", "pipe", "pipe"] }));
  const acknowledged: Acknowledged[] = [];
  const problems: WriterLine[] = [];
  let log = "";
  let onFirst: () => void = () => {};
  const firstAcknowledgement = new Promise<void>((r) => (onFirst = r));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.stderr?.on("data", (chunk) => (log += chunk));
  createInterface({ input: child.stdout! }).on("line", (text) => {
    log += `${text}\n`;
    const line = JSON.parse(text) as WriterLine;
    if (line.type === "ack") {
      const { type: _type, ...write } = line;
      acknowledged.push(write);
      onFirst();
    } else if (line.type === "unexpected" || line.type === "fatal" || (line.type === "stopped" && line.reason !== "server-gone")) {
      problems.push(line);
      onFirst(); // no point waiting for writes that will not come
    }
  });
  return { process: child, acknowledged, problems, firstAcknowledgement, exited, log: () => log };
}

async function within<T>(promise: Promise<T>, ms: number, describeFailure: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(describeFailure())), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A process killed by a signal has a null exit code: both must be looked at. */
const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const howItEnded = (child: ChildProcess) => `exit code ${child.exitCode}, signal ${child.signalCode}`;

async function killHard(child: ChildProcess) {
  if (!isRunning(child) || child.pid === undefined) return;
  const exited = once(child, "exit");
  child.kill("SIGKILL");
  await exited;
}

interface Portal {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
}

/**
 * Runs `start` holding the build lock shared, so a build cannot empty build/ while a server loads it (other people
 * build in the same tree). Without flock(1), e.g. on macOS, it just runs `start`.
 */
async function withBuildReadLock<T>(start: () => Promise<T>): Promise<T> {
  const holder = track(
    spawn("flock", ["--shared", "--timeout", String(BUILD_LOCK_WAIT_SECONDS), BUILD_LOCK, "sh", "-c", "echo locked; exec cat"], { stdio: ["pipe", "pipe", "ignore"] }),
  );
  const locked = await new Promise<boolean>((resolveLocked, reject) => {
    holder.once("error", () => resolveLocked(false));
    holder.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolveLocked(true));
    holder.once("exit", (code) => reject(new Error(`could not take the build lock within ${BUILD_LOCK_WAIT_SECONDS} s (flock exit code ${code})`)));
  });
  try {
    return await start();
  } finally {
    if (locked) holder.stdin?.end(); // `cat` ends, and the lock is released
  }
}

/**
 * The production server on our database file, from the existing build. Not tests/support/server.ts's startServer:
 * a server that dies by a signal looks still running to it (it waits out its 2-minute deadline), and it leaves a
 * temporary directory that only a graceful stop() removes.
 */
function startPortal(options: { demoData: boolean }): Promise<Portal> {
  // The server loads its bundle from build/ only while starting; after that a rebuild does not disturb it.
  return withBuildReadLock(() => spawnPortal(options));
}

async function spawnPortal(options: { demoData: boolean }): Promise<Portal> {
  const port = await freePort();
  const child = track(
    spawn(process.execPath, [join(ROOT, "build/server/server.js"), ...(options.demoData ? ["--demo-data"] : [])], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        WEB_CONCURRENCY: "1",
        DATABASE_PATH: databasePath,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const portal = { baseUrl: `http://127.0.0.1:${port}`, process: child, output: () => output };
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    if (!isRunning(child)) throw new Error(`the server ended while starting (${howItEnded(child)}):\n${output}`);
    try {
      if ((await fetch(`${portal.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) })).ok) return portal;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server was not healthy within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output}`);
    await sleep(200);
  }
}

/** What is wrong with the database file: not intact, or missing an acknowledged write (all empty = fine). */
function inspectDatabase(path: string, acknowledged: Acknowledged[], options: { readonly: boolean }) {
  const sqlite = new Database(path, { readonly: options.readonly, fileMustExist: true });
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    const foreignKeys = sqlite.pragma("foreign_key_check") as unknown[];
    const exchange = sqlite.prepare("select id, subject, status, version from exchanges where ref = ?");
    const events = sqlite.prepare("select count(*) as n from case_events where exchange_id = ? and action = ?");
    const answer = sqlite.prepare("select answer_text as text from exchange_questions where id = ? and exchange_id = ?");
    const violation = sqlite.prepare("select count(*) as n from violations where exchange_id = ? and description = ?");
    const missing: string[] = [];
    for (const write of acknowledged) {
      const row = exchange.get(write.ref) as { id: number; subject: string; status: string; version: number } | undefined;
      if (!row) {
        missing.push(`${write.kind} of ${write.ref}: the exchange is gone`);
        continue;
      }
      if (write.kind === "exchange" && row.subject !== write.subject) missing.push(`exchange ${write.ref}: subject ${JSON.stringify(row.subject)}`);
      if (write.kind === "accept" || write.kind === "answer") {
        const action = write.kind;
        if ((events.get(row.id, action) as { n: number }).n !== 1) missing.push(`${action} of ${write.ref}: no case event`);
        // Later acknowledged steps may have moved the version on, never back.
        if (row.version < write.version) missing.push(`${action} of ${write.ref}: version ${row.version} < ${write.version}`);
      }
      if (write.kind === "answer") {
        if (row.status !== "answered") missing.push(`answer of ${write.ref}: status ${row.status}`);
        for (const id of write.questionIds) {
          const stored = answer.get(id, row.id) as { text: string | null } | undefined;
          if (stored?.text !== write.text) missing.push(`answer of ${write.ref}, question ${id}: ${JSON.stringify(stored?.text)}`);
        }
      }
      if (write.kind === "violation" && (violation.get(row.id, write.description) as { n: number }).n !== 1) {
        missing.push(`violation on ${write.ref}: ${JSON.stringify(write.description)} not stored once`);
      }
    }
    return { integrity, foreignKeys, missing };
  } finally {
    sqlite.close();
  }
}

let dir: string;
let databasePath: string;
let writerScript: string;
let server: Portal | undefined;
let agreementId: number;
const acknowledgedInAllRounds: Acknowledged[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "portal-crash-"));
  databasePath = join(dir, "portal.db");
  writerScript = join(dir, "writer.mjs");
  writeFileSync(writerScript, WRITER_SCRIPT);
  server = await startPortal({ demoData: true });

  // The agreement between the two demo contact points' authorities (the writer creates its exchanges under it).
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  const row = sqlite
    .prepare(
      `select a.id from agreements a
         join users norway on norway.email = ? join users lithuania on lithuania.email = ?
        where (a.party_a_id = norway.authority_id and a.party_b_id = lithuania.authority_id)
           or (a.party_a_id = lithuania.authority_id and a.party_b_id = norway.authority_id)
        order by a.status = 'active' desc, a.id limit 1`,
    )
    .get(DEMO_USERS.contactPointNorway, DEMO_USERS.contactPointLithuania) as { id: number } | undefined;
  sqlite.close();
  if (!row) throw new Error("the demo data has no Norway–Lithuania agreement");
  agreementId = row.id;
}, BUILD_LOCK_WAIT_SECONDS * 1000 + SERVER_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  for (const child of children) await killHard(child);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("crash safety under a steady stream of writes", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: a SIGKILL loses no acknowledged write and leaves an intact database`, { timeout: ROUND_TIMEOUT_MS }, async () => {
      if (!server) throw new Error("no server is running: an earlier round failed");
      const running = server;
      const writer = startWriter(writerScript, running.baseUrl, agreementId, `crash-${process.pid}-r${round}`);
      let killedByUs = false;
      // A server that ends before our kill is a failure of its own, not the crash under test: say so plainly.
      const serverState = () =>
        killedByUs || isRunning(running.process)
          ? ""
          : `the server ended BEFORE the test killed it (${howItEnded(running.process)}; exit code 0 after "shutting down" means someone sent it SIGTERM)\n`;
      const diagnostics = () => `${serverState()}writer:\n${writer.log()}\nserver:\n${running.output()}`;

      // Kill at a random moment of the write stream, not before it has begun.
      await within(writer.firstAcknowledgement, 30_000, () => `no write was acknowledged within 30 s\n${diagnostics()}`);
      expect(writer.problems, diagnostics()).toEqual([]);
      const killAfterMs = Math.round(Math.random() * KILL_WINDOW_MS);
      await sleep(killAfterMs);
      expect(serverState(), diagnostics()).toBe("");
      killedByUs = true;
      await killHard(running.process);
      server = undefined;

      // The writer notices the server is gone on its own; what it acknowledged by then is final.
      await within(writer.exited, 20_000, () => `the writer did not stop after the kill\n${diagnostics()}`);
      expect(writer.problems, diagnostics()).toEqual([]);
      const acknowledged = [...writer.acknowledged];
      acknowledgedInAllRounds.push(...acknowledged);

      // The file exactly as the crash left it (read-only, so the WAL stays for the restarted server to recover).
      const context = `killed ${killAfterMs} ms after the first of ${acknowledged.length} acknowledged writes`;
      expect(inspectDatabase(databasePath, acknowledged, { readonly: true }), context).toEqual({ integrity: "ok", foreignKeys: [], missing: [] });

      // The server starts again on the same file (without seeding: the database is not empty) and serves the cases.
      server = await startPortal({ demoData: false });
      const health = await get(server.baseUrl, "/healthz");
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok" });
      const cookie = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
      const lastCreated = acknowledged.filter((write) => write.kind === "exchange").at(-1)!;
      const page = await get(server.baseUrl, `/en/cases/exchanges/${lastCreated.ref}`, cookie);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(lastCreated.subject);
      const lastAnswered = acknowledged.filter((write) => write.kind === "answer").at(-1);
      if (lastAnswered) {
        const answered = await get(server.baseUrl, `/en/cases/exchanges/${lastAnswered.ref}`, cookie);
        expect(await answered.text()).toContain(lastAnswered.text);
      }
    });
  }

  it("keeps every acknowledged write of every round after a clean shutdown", { timeout: 30_000 }, async () => {
    expect(acknowledgedInAllRounds.length).toBeGreaterThan(0);
    // A graceful stop (SIGTERM) checkpoints and closes the database; then the file is checked read-write.
    if (server && isRunning(server.process)) {
      const { process: child } = server;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await within(exited, 20_000, () => `the server did not stop on SIGTERM:\n${server?.output()}`);
      expect(child.exitCode, server.output()).toBe(0);
      server = undefined;
    }
    expect(inspectDatabase(databasePath, acknowledgedInAllRounds, { readonly: false })).toEqual({ integrity: "ok", foreignKeys: [], missing: [] });
  });
});
