// The enterprise page's timeline over real HTTP, on a server of its own (it adds violations): a long history shows
// its latest entries, newest first, with a link to all of them, and `?timeline=all` shows every entry with a link
// back; an unknown value is the default view, never an error.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, get, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const KEY = "LT-304120014";
/** Old violations added to the demo enterprise, so that its timeline is longer than the latest entries shown. */
const ADDED = 30;

let server: RunningServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer({ demoData: true });
  const db = new Database(server.databasePath);
  db.pragma("busy_timeout = 5000");
  try {
    // Copies of one of Norway's violations of the enterprise, found one a month in 2005 and 2007.
    const source = db
      .prepare(
        `select v.id from violations v join enterprises e on e.id = v.enterprise_id join authorities a on a.id = v.recorded_by_authority_id
          where e.country = 'LT' and e.registration_number = '304120014' and a.slug = 'nlia' order by v.id limit 1`,
      )
      .pluck()
      .get() as number;
    const columns = (db.prepare("pragma table_info(violations)").all() as { name: string }[]).map((c) => c.name).filter((c) => c !== "id" && c !== "found_on");
    const copy = db.prepare(`insert into violations (${columns.join(", ")}, found_on) select ${columns.join(", ")}, ? from violations where id = ?`);
    for (let i = 0; i < ADDED; i++) copy.run(`${2005 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`, source);
  } finally {
    db.close();
  }
  cookie = await signInAs(server.baseUrl, DEMO_USERS.contactPointNorway);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** The timeline section's body rows (one per entry) and the rest of the section. */
async function timelineOf(path: string) {
  const res = await get(server.baseUrl, path, cookie);
  expect(res.status).toBe(200);
  const html = await res.text();
  const section = /<section aria-labelledby="enterprise-timeline">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(section)?.[1] ?? "";
  const dates = [...body.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]!);
  return { section, dates };
}

const isoOf = (enGb: string) => enGb.split("/").reverse().join("-");

describe("the enterprise page's timeline", () => {
  it("shows the latest 25 entries, newest first, and links to all of them", async () => {
    const { section, dates } = await timelineOf(`/en/enterprises/${KEY}`);
    expect(dates).toHaveLength(25);
    expect(dates.map(isoOf)).toEqual([...dates.map(isoOf)].sort().reverse());
    // The added violations are the oldest entries: the earliest of them is not among the latest.
    expect(dates).not.toContain("15/01/2005");
    const total = Number(/Showing the latest 25 of (\d+) entries/.exec(section)?.[1]);
    expect(total).toBeGreaterThanOrEqual(ADDED + 10);
    expect(section).toContain(`href="/en/enterprises/${KEY}?timeline=all#enterprise-timeline"`);
    expect(section).toContain(`Show all ${total}`);
  });

  it("shows every entry with ?timeline=all, keeping the rest of the address, and links back to the latest", async () => {
    const { section, dates } = await timelineOf(`/en/enterprises/${KEY}?case=EX-NO-LT-2026-0001&timeline=all`);
    const total = Number(/Showing all (\d+) entries/.exec(section)?.[1]);
    expect(dates).toHaveLength(total);
    expect(dates.length).toBeGreaterThan(25);
    expect(dates.at(-1)).toBe("15/01/2005");
    expect(section).toContain(`href="/en/enterprises/${KEY}?case=EX-NO-LT-2026-0001#enterprise-timeline"`);
    expect(section).toContain("Show only the latest 25");
  });

  it("treats an unknown timeline value as the default view", async () => {
    const { dates } = await timelineOf(`/en/enterprises/${KEY}?timeline=everything`);
    expect(dates).toHaveLength(25);
  });
});
