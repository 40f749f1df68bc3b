// The server's settings (one module, zod), the same-origin rule for writes, body limits and the daily-job timers.
import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, publicOrigin, readServerEnv } from "~/.server/env";
import { MAX_ATTACHMENT_REQUEST_BYTES } from "~/lib/schemas/attachments";
import { bodyLimitFor, isSameOriginWrite } from "../../server/request-rules";
import { scheduleDailyJobs } from "../../server/jobs";

describe("server settings", () => {
  it("refuses to start in production without PUBLIC_URL, but not for the demo on this machine", () => {
    expect(() => readServerEnv({ NODE_ENV: "production" }, [])).toThrow(EnvError);
    const demo = readServerEnv({ NODE_ENV: "production", PORT: "3100" }, ["node", "server.js", "--demo-data"]);
    expect(demo.PUBLIC_URL).toBe("http://localhost:3100");
    // The demo listens on this machine only unless HOST says otherwise.
    expect(demo.HOST).toBe("127.0.0.1");
    // Its forms post from either loopback name (the log prints 127.0.0.1); a given PUBLIC_URL is the only origin.
    expect(demo.writeOrigins).toEqual(["http://localhost:3100", "http://127.0.0.1:3100"]);
    expect(readServerEnv({ NODE_ENV: "production", PUBLIC_URL: "https://portal.example/" }, []).writeOrigins).toEqual(["https://portal.example"]);
    expect(readServerEnv({ NODE_ENV: "production", HOST: "0.0.0.0" }, ["--demo-data"]).HOST).toBe("0.0.0.0");
    expect(readServerEnv({ NODE_ENV: "production", PUBLIC_URL: "https://portal.example/" }, []).HOST).toBe("0.0.0.0");
  });

  it("names every invalid variable", () => {
    const error = (() => {
      try {
        readServerEnv({ PUBLIC_URL: "portal.example", PORT: "http", WEB_CONCURRENCY: "0", DIGEST_HOUR: "25", PORTAL_TODAY: "tomorrow" }, []);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(EnvError);
    for (const name of ["PUBLIC_URL", "PORT", "WEB_CONCURRENCY", "DIGEST_HOUR", "PORTAL_TODAY"]) expect(error.message).toContain(name);
  });

  it("reads the workers, daily hours and origin", () => {
    const env = readServerEnv({ PUBLIC_URL: "https://portal.example:8443/", WEB_CONCURRENCY: "3", DIGEST_HOUR: "off", RETENTION_HOUR: "4" }, []);
    expect(env).toMatchObject({ PUBLIC_URL: "https://portal.example:8443", workers: 3, DIGEST_HOUR: null, RETENTION_HOUR: 4, NODE_ENV: "production" });
    expect(readServerEnv({ PUBLIC_URL: "https://portal.example" }, []).workers).toBeGreaterThanOrEqual(1);
    expect(() => readServerEnv({ PUBLIC_URL: "https://portal.example/some/path" }, [])).toThrow(/PUBLIC_URL/);
    expect(publicOrigin({ PUBLIC_URL: "https://portal.example/" })).toBe("https://portal.example");
    expect(publicOrigin({ PORT: "4000" })).toBe("http://localhost:4000");
  });
});

describe("same-origin writes", () => {
  const ours = "https://portal.example";
  it.each([
    [ours, undefined, true],
    ["https://portal.example:443", undefined, true],
    ["http://portal.example", undefined, false],
    ["https://portal.example:8443", undefined, false],
    ["https://evil.example", "same-origin", false],
    ["garbage", undefined, false],
    ["null", undefined, false],
    // A form posted without JavaScript from a no-referrer page (set-password): the browser's own word decides.
    ["null", "same-origin", true],
    ["null", "same-site", false],
    ["null", "cross-site", false],
    [undefined, "same-origin", true],
    [undefined, "same-site", false],
    [undefined, "cross-site", false],
    [undefined, undefined, false],
  ])("Origin %j with Sec-Fetch-Site %j → %s", (origin, fetchSite, allowed) => {
    expect(isSameOriginWrite(origin, fetchSite, [ours])).toBe(allowed);
  });

  it("allows uploads more body than text forms", () => {
    expect(bodyLimitFor("/en/report")).toBe(4 * 1024 * 1024);
    // The same limit the upload reader counts the parts against, so the server refuses first (decision 0086).
    expect(bodyLimitFor("/nb/cases/exchanges/EX-NO-LT-2026-0001/attachments")).toBe(MAX_ATTACHMENT_REQUEST_BYTES);
    // Remix's client posts a form with JavaScript to the same address with `.data` appended.
    expect(bodyLimitFor("/nb/cases/inspections/JI-2026-0001/attachments.data")).toBe(MAX_ATTACHMENT_REQUEST_BYTES);
    expect(bodyLimitFor("/nb/cases/exchanges/EX-NO-LT-2026-0001/attachments/x")).toBe(4 * 1024 * 1024);
    expect(bodyLimitFor("/nb/cases/exchanges/EX-NO-LT-2026-0001/attachments.json")).toBe(4 * 1024 * 1024);
  });
});

describe("daily jobs", () => {
  afterEach(() => vi.useRealTimers());

  it("runs each job at its hour in Norway and again the next day", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-02T12:00:00Z"));
    const runs: string[] = [];
    const jobs = scheduleDailyJobs([
      { name: "daily digest", hour: 6, run: () => void runs.push(`digest ${new Date().toISOString()}`) },
      { name: "retention run", hour: 3, run: () => void runs.push(`retention ${new Date().toISOString()}`) },
      { name: "switched off", hour: null, run: () => void runs.push("never") },
    ]);
    expect(jobs.scheduled().map((job) => [job.name, job.next.toISOString()])).toEqual([
      ["daily digest", "2026-12-03T05:00:00.000Z"],
      ["retention run", "2026-12-03T02:00:00.000Z"],
    ]);
    await vi.advanceTimersByTimeAsync(48 * 3600_000);
    expect(runs).toEqual([
      "retention 2026-12-03T02:00:00.000Z",
      "digest 2026-12-03T05:00:00.000Z",
      "retention 2026-12-04T02:00:00.000Z",
      "digest 2026-12-04T05:00:00.000Z",
    ]);
    jobs.stop();
    expect(jobs.scheduled()).toEqual([]);
  });
});
