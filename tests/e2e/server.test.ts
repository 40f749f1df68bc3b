// The server itself, each case on a server of its own: daily jobs scheduled once, requests that cannot hurt it
// (bad Origin/Host/method, 150 MB chunked bodies), absolute URLs never from the Host header, X-Forwarded-* only
// with TRUST_PROXY, pages that show a write at once (through another worker, or from another process writing the
// database file), and `npm start` / `npm run start:production` run as a user would.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, get, signInAs } from "../support/http";
import { freePort, startServer, type RunningServer } from "../support/server";

const ROOT = resolve(import.meta.dirname, "../..");

/** A raw HTTP request (fetch will not send a forged Host or a TRACE). */
function rawRequest(baseUrl: string, options: { method?: string; path: string; headers?: Record<string, string> }) {
  const url = new URL(baseUrl);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: options.method ?? "GET", path: options.path, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Peak resident memory of a process so far (Linux), in bytes. */
function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}

/**
 * Sends `totalBytes` of body in 1 MB chunks with chunked transfer encoding (no Content-Length), stopping when the
 * server answers; resolves with the status and how much had been sent by then.
 */
function sendChunkedBody(baseUrl: string, path: string, contentType: string, prefix: string, totalBytes: number, cookie?: string) {
  const url = new URL(baseUrl);
  return new Promise<{ status: number; contentType?: string; body: string; sentBeforeAnswer: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      method: "POST",
      path,
      headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked", Origin: baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
    });
    req.on("response", (res) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.once("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, contentType: res.headers["content-type"], body, sentBeforeAnswer });
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(1024 * 1024, "a");
    const pump = () => {
      req.write(prefix);
      const next = () => {
        while (!answered && sent < totalBytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", next);
        }
        if (!answered) req.end();
      };
      next();
    };
    pump();
  });
}

describe("one server process (WEB_CONCURRENCY=1)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demoData: true, env: { LOG_LEVEL: "info" } });
  });
  afterAll(() => server?.stop());

  it("schedules the retention run and the daily digest", () => {
    const scheduled = server
      .output()
      .split("\n")
      .filter((line) => line.includes('"msg":"daily job scheduled"'))
      .map((line) => (JSON.parse(line) as { job: string }).job)
      .sort();
    expect(scheduled).toEqual(["daily digest", "retention run"]);
  });

  it("answers a bad Origin, a malformed Host and an unknown method with 4xx, never 500", async () => {
    const post = (headers: Record<string, string>) =>
      rawRequest(server.baseUrl, { method: "POST", path: "/en/report", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers } });
    expect((await post({ Origin: "garbage" })).status).toBe(403);
    expect((await post({ Origin: "null" })).status).toBe(403);
    expect((await post({ Origin: "null", "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    // A form posted without JavaScript from a no-referrer page (set-password) says `Origin: null` and, by Fetch
    // Metadata, same-origin: it reaches the form (400: it is empty), not a 403 nor Remix's CSRF 500.
    expect((await post({ Origin: "null", "Sec-Fetch-Site": "same-origin" })).status).toBe(400);
    // Same host and port, another scheme: another origin.
    expect((await post({ Origin: server.baseUrl.replace("http:", "https:") })).status).toBe(403);
    // Neither Origin nor Sec-Fetch-Site: not known to come from our pages.
    expect((await post({})).status).toBe(403);
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    // A browser that sends only Sec-Fetch-Site: same-origin gets through to the form (400: it is empty).
    expect((await post({ "Sec-Fetch-Site": "same-origin" })).status).toBe(400);
    // X-Forwarded-Host is not believed without TRUST_PROXY.
    expect((await post({ Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" })).status).toBe(403);

    const trace = await rawRequest(server.baseUrl, { method: "TRACE", path: "/en" });
    expect(trace.status).toBe(405);
    const badHost = await rawRequest(server.baseUrl, { path: "/en", headers: { Host: "a b" } });
    expect(badHost.status).toBe(400);
    expect(server.output()).not.toMatch(/"level":"error"/);
  });

  it("never puts a forged Host into a page, neither on its first render nor from the page cache", async () => {
    for (const path of ["/lt/contacts", "/lt/contacts", "/nb/rights", "/en/signin"]) {
      const res = await rawRequest(server.baseUrl, { path, headers: { Host: "evil.example", "X-Forwarded-Host": "evil.example" } });
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toContain("evil.example");
      expect(res.body, path).toContain(`href="${server.baseUrl}/en`);
    }
  });

  it.each([
    ["a form (urlencoded) to /en/report", "/en/report", "application/x-www-form-urlencoded", "description="],
    ["a multipart form to /en/signin", "/en/signin", "multipart/form-data; boundary=XyZ", '--XyZ\r\nContent-Disposition: form-data; name="email"\r\n\r\n'],
    ["an upload to a case's attachments", "/en/cases/exchanges/EX-NO-LT-2026-0001/attachments", "multipart/form-data; boundary=XyZ", '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'],
  ])("refuses a 150 MB chunked body (%s) as soon as it passes the limit, without holding it", async (_name, path, contentType, prefix) => {
    const pid = server.process.pid!;
    const upload = path.includes("attachments");
    const cookie = upload ? await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway) : undefined;
    const before = peakRss(pid);
    const result = await sendChunkedBody(server.baseUrl, path, contentType, prefix, 150 * 1024 * 1024, cookie);
    expect(result.status).toBe(413);
    // A page the sender can read, in the language of the address, leading back to the form (decision 0086).
    expect(result.contentType).toMatch(/^text\/html/);
    expect(result.body).toContain("<h1>What you sent was too large</h1>");
    expect(result.body).toContain(`<a href="${path}">Back to the form</a>`);
    // An upload may carry more (a 10 MB file and a few fields), so it is cut off later.
    // What the sender has written includes what still sits in the loopback socket's buffers when the answer comes:
    // up to 4 MB sent and 32 MB received here (net.ipv4.tcp_wmem/tcp_rmem maxima), more of it while the machine is busy.
    const inBuffers = 36 * 1024 * 1024;
    expect(result.sentBeforeAnswer).toBeLessThan((upload ? 40 : 4) * 1024 * 1024 + inBuffers);
    expect(peakRss(pid) - before).toBeLessThan(100 * 1024 * 1024);
    // Still serving.
    expect((await get(server.baseUrl, "/healthz")).status).toBe(200);
  });

  it("does not believe X-Forwarded-For without TRUST_PROXY", async () => {
    const email = `forwarded-${Date.now()}@example.test`;
    const res = await fetch(`${server.baseUrl}/en/signin`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, "X-Forwarded-For": "203.0.113.50" },
      body: new URLSearchParams({ email, password: "wrong-password" }),
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    const db = new Database(server.databasePath, { readonly: true });
    try {
      const row = db.prepare("select ip_address from sign_in_attempts where email = ?").get(email) as { ip_address: string } | undefined;
      expect(row?.ip_address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    } finally {
      db.close();
    }
  });

  it("shows a failed sign-in on the administrator's audit page at once", async () => {
    const admin = await signInAs(server.baseUrl, DEMO_USERS.admin);
    const before = await (await get(server.baseUrl, "/en/admin/audit", admin)).text();
    const stranger = `nobody-${Date.now()}@example.test`;
    await expect(signInAs(server.baseUrl, stranger, "wrong-password")).rejects.toThrow();
    const after = await (await get(server.baseUrl, "/en/admin/audit", admin)).text();
    expect(before).not.toContain(stranger);
    expect(after).toContain(stranger);
  });

  it("sends one Content-Security-Policy on a download and keeps a route's own Referrer-Policy", async () => {
    const res = await get(server.baseUrl, "/en/set-password/not-a-token");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")?.match(/default-src/g)).toHaveLength(1);
  });
});

describe("two workers (WEB_CONCURRENCY=2) and another process writing the database", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demoData: true, env: { LOG_LEVEL: "info", WEB_CONCURRENCY: "2" } });
  });
  afterAll(() => server?.stop());

  /** GETs on fresh connections, which the cluster hands to its workers in turn. */
  const freshGet = (path: string, cookie?: string) =>
    fetch(`${server.baseUrl}${path}`, { headers: { Connection: "close", ...(cookie ? { Cookie: cookie } : {}) }, redirect: "manual" });

  it("runs the daily jobs once, not once per worker, and serves from two workers", async () => {
    const scheduled = server.output().split("\n").filter((line) => line.includes('"msg":"daily job scheduled"'));
    expect(scheduled).toHaveLength(2);
    const pids = new Set<number>();
    // The second worker may still be starting when the first answers.
    for (let i = 0; i < 60 && pids.size < 2; i++) {
      pids.add(((await (await freshGet("/healthz")).json()) as { pid: number }).pid);
      if (pids.size < 2) await new Promise((r) => setTimeout(r, 250));
    }
    expect(pids.size).toBe(2);
  });

  it("shows a write made through one worker at once through the other", async () => {
    const admin = await signInAs(server.baseUrl, DEMO_USERS.admin);
    const stranger = `worker-${Date.now()}@example.test`;
    await expect(signInAs(server.baseUrl, stranger, "wrong-password")).rejects.toThrow();
    for (let i = 0; i < 4; i++) expect(await (await freshGet("/en/admin/audit", admin)).text()).toContain(stranger);
  });

  it("shows on the dashboard, in the CSV and on the home page a change written by another process at once", async () => {
    const coordinator = await signInAs(server.baseUrl, DEMO_USERS.coordinator);
    const csvViolations = async () => {
      const csv = await (await freshGet("/en/outcomes/no-lt/2017-18.csv", coordinator)).text();
      // Key, indicator, value, unit: the value is the third column.
      return Number(/\r\nviolations_total,(?:"[^"]*"|[^,\r\n]*),(\d+)/.exec(csv)?.[1]);
    };
    const homeFigures = async () => (await (await freshGet("/en")).text()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    const dashboard = async () => (await (await freshGet("/en/outcomes/no-lt/2017-18", coordinator)).text()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    // Warm every cache in both workers.
    const counts = [];
    for (let i = 0; i < 4; i++) {
      counts.push(await csvViolations());
      await homeFigures();
      await dashboard();
    }
    const before = counts[0]!;
    expect(before).toBeGreaterThan(1);
    expect(new Set(counts).size).toBe(1);
    expect(await homeFigures()).toContain(`${before} violations of labour law found`);
    expect(await dashboard()).toContain(`${before} Violations found`);

    // Another process (like sqlite3 or a CLI) moves one 2017–18 violation out of the period.
    const other = new Database(server.databasePath);
    other.pragma("busy_timeout = 5000");
    const moved = other
      .prepare(
        "update violations set found_on = '2031-06-01' where id = (select v.id from violations v join agreements a on a.id = v.agreement_id where a.slug = 'no-lt' and v.found_on between '2017-01-01' and '2018-12-31' order by v.id limit 1)",
      )
      .run();
    other.close();
    expect(moved.changes).toBe(1);

    for (let i = 0; i < 4; i++) {
      expect(await csvViolations()).toBe(before - 1);
      expect(await homeFigures()).toContain(`${before - 1} violations of labour law found`);
      expect(await dashboard()).toContain(`${before - 1} Violations found`);
    }
  });
});

describe("behind a proxy (TRUST_PROXY)", () => {
  it("takes the client's address from X-Forwarded-For only when the proxy is named", async () => {
    const proxied = await startServer({ demoData: true, env: { TRUST_PROXY: "loopback" } });
    try {
      const email = `proxied-${Date.now()}@example.test`;
      const res = await fetch(`${proxied.baseUrl}/en/signin`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: proxied.baseUrl, "X-Forwarded-For": "203.0.113.51" },
        body: new URLSearchParams({ email, password: "wrong-password" }),
        redirect: "manual",
      });
      expect(res.status).toBe(400);
      const db = new Database(proxied.databasePath, { readonly: true });
      try {
        expect(db.prepare("select ip_address from sign_in_attempts where email = ?").pluck().get(email)).toBe("203.0.113.51");
      } finally {
        db.close();
      }
      // The forwarded host is still never believed: the origin is PUBLIC_URL's.
      const forged = await rawRequest(proxied.baseUrl, { path: "/en/signin", headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } });
      expect(forged.body).not.toContain("evil.example");
    } finally {
      await proxied.stop();
    }
  });
});

/** Runs an npm script of the repository as a user would, in its own process group, with the given variables. */
function runScript(script: string, env: Record<string, string>) {
  // The test runner's own settings of these must not leak in: the script is to choose them itself.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(HOST|PUBLIC_URL|NODE_ENV|TRUST_PROXY|VITEST.*)$/.test(name)));
  const child = spawn("npm", ["run", "--silent", script], { cwd: ROOT, env: { ...inherited, ...env } as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  return {
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The script's whole group: npm, its shell and node.
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    },
  };
}

describe("`npm start` and `npm run start:production`", () => {
  it("`npm start` runs node on the built server, with demo data on 127.0.0.1 when HOST is not set", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portal-npm-start-"));
    const port = await freePort();
    // Two workers, as on this machine by default: each must read the same settings as the primary.
    const run = runScript("start", { PORT: String(port), DATABASE_PATH: join(dir, "portal.db"), WEB_CONCURRENCY: "2", LOG_LEVEL: "info" });
    try {
      const deadline = Date.now() + 120_000;
      let listening: { url: string; pid: number } | undefined;
      while (!listening) {
        if (Date.now() > deadline) throw new Error(`npm start did not listen:\n${run.output()}`);
        const line = run.output().split("\n").find((l) => l.includes('"msg":"listening"'));
        if (line) listening = JSON.parse(line) as { url: string; pid: number };
        else await new Promise((r) => setTimeout(r, 250));
      }
      expect(listening.url).toBe(`http://127.0.0.1:${port}`);
      // The serving process is plain node on JavaScript: no TypeScript loader in its command line or options.
      const commandLine = readFileSync(`/proc/${listening.pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      // With the heap sized for the machine (docs/decisions/0097); cluster workers inherit the flag (and name the
      // script by its absolute path).
      expect(commandLine.slice(1)).toEqual(["--max-old-space-size=288", expect.stringMatching(/(^|\/)server\/start\.mjs$/), "--demo-data"]);
      expect(readFileSync(`/proc/${listening.pid}/environ`, "utf8")).not.toMatch(/NODE_OPTIONS=[^\0]*tsx/);
      const res = await get(`http://127.0.0.1:${port}`, "/en");
      expect(await res.text()).toContain('<aside class="demo-banner"');
      // A form posts from the address the log prints as from localhost (the default PUBLIC_URL); nothing else is ours.
      expect(await signInAs(`http://127.0.0.1:${port}`, DEMO_USERS.contactPointNorway)).toMatch(/=/);
      expect(await signInAs(`http://localhost:${port}`, DEMO_USERS.contactPointNorway)).toMatch(/=/);
      const foreign = await fetch(`http://127.0.0.1:${port}/en/signin`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: `http://127.0.0.2:${port}` },
        body: new URLSearchParams({ email: DEMO_USERS.contactPointNorway, password: "demo-password" }),
        redirect: "manual",
      });
      expect(foreign.status).toBe(403);
    } finally {
      await run.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("`npm run start:production` refuses to start without PUBLIC_URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portal-npm-start-"));
    const run = runScript("start:production", { PORT: String(await freePort()), DATABASE_PATH: join(dir, "portal.db"), WEB_CONCURRENCY: "1" });
    try {
      expect(await Promise.race([run.exited, new Promise((r) => setTimeout(() => r("still running"), 60_000))])).toBe(1);
      expect(run.output()).toMatch(/the server cannot start: invalid settings.*PUBLIC_URL/);
    } finally {
      await run.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("demo data", () => {
  it("shows a translated demo banner on every page of `npm start`, and none without demo data", async () => {
    const demo = await startServer({ demoData: true });
    const production = await startServer({ demoData: false });
    try {
      for (const [path, text] of [
        ["/nb", "Demodata:"],
        ["/lt/contacts", "Demonstraciniai duomenys:"],
        ["/en/signin", "Demo data:"],
        ["/en/no-such-page", "Demo data:"],
      ] as const) {
        expect(await (await get(demo.baseUrl, path)).text(), path).toContain(`<aside class="demo-banner" aria-label="${text.slice(0, -1)}"><p>${text}`);
        expect(await (await get(production.baseUrl, path)).text(), path).not.toContain("demo-banner");
      }
    } finally {
      await demo.stop();
      await production.stop();
    }
  });
});
