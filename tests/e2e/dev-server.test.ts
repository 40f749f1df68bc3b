// `npm run dev` is the same Express app as production with Vite as middleware: the same security headers, the
// same refusal of a cross-site POST, the same /healthz.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/server";

const ROOT = resolve(import.meta.dirname, "../..");
let child: ChildProcess;
let baseUrl: string;
let dir: string;
let output = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "portal-dev-"));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server/dev.ts")], {
    cwd: ROOT,
    // Without Vitest's own variables: vite.config.ts leaves the Remix plugin out under Vitest.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST"))), NODE_ENV: "development", PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: baseUrl, DATABASE_PATH: join(dir, "dev.db"), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the dev server ended:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the dev server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the development server", () => {
  it("renders pages with the production security headers and a nonce CSP", async () => {
    const res = await fetch(`${baseUrl}/en/signin`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(await res.text()).toContain("<html lang=\"en\"");
  });

  it("refuses a cross-site POST, and a POST that does not say where it comes from", async () => {
    const crossSite = await fetch(`${baseUrl}/en/report`, { method: "POST", headers: { Origin: "https://attacker.example" }, body: "x=1", redirect: "manual" });
    expect(crossSite.status).toBe(403);
    const noOrigin = await fetch(`${baseUrl}/en/report`, { method: "POST", body: "x=1", redirect: "manual" });
    expect(noOrigin.status).toBe(403);
  });

  it("answers /healthz", async () => {
    expect(await (await fetch(`${baseUrl}/healthz`)).json()).toMatchObject({ status: "ok", database: "reachable" });
  });
});
