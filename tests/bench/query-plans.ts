// npm run bench:plans — the query plans of whole signed-in requests (every statement the request runs, not only
// the list): seeds a synthetic data set, renders the inbox, the filtered inbox, a case page and a dashboard
// through the built app, an enterprise page, the enterprise search by name and by number and the signals list, and prints each statement they ran whose plan scans a table instead of searching an
// index. A scan on a table that grows with the data is a page that slows as the data grows.
//
//   npx tsx tests/bench/query-plans.ts [--exchanges N]   (default 20,000; the plans are those of any size)
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { hashPassword } from "../../app/.server/password";
import { openDatabase } from "../../db/connection";
import { applyMigrations } from "../../db/migrate";
import { DEFAULT_SYNTHETIC_SIZES, SYNTHETIC_COORDINATOR_EMAIL, SYNTHETIC_PASSWORD, seedSyntheticData, syntheticContactPointEmail } from "../../db/seed/synthetic";

const ROOT = resolve(import.meta.dirname, "../..");
const exchangesArg = process.argv.indexOf("--exchanges");
const exchanges = exchangesArg === -1 ? 20_000 : Number(process.argv[exchangesArg + 1]);

const dir = mkdtempSync(join(tmpdir(), "portal-plans-"));
try {
  const path = join(dir, "plans.db");
  const seeded = openDatabase(path);
  applyMigrations(seeded.db);
  seedSyntheticData(
    seeded.sqlite,
    { ...DEFAULT_SYNTHETIC_SIZES, exchanges, violations: Math.floor(exchanges / 2), inspections: Math.floor(exchanges / 10) },
    { passwordHash: await hashPassword(SYNTHETIC_PASSWORD) },
  );
  seeded.sqlite.exec("analyze");
  seeded.sqlite.close();

  // Every statement any connection runs is recorded (the app's statements are prepared when its modules load).
  const ran = new Set<string>();
  const statement = Object.getPrototypeOf(new Database(":memory:").prepare("select 1")) as Record<string, unknown>;
  for (const method of ["get", "all", "run", "iterate"]) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      ran.add(this.source);
      return original.apply(this, args);
    };
  }
  process.env.DATABASE_PATH = path;
  process.env.PUBLIC_URL = "http://127.0.0.1:1";
  process.env.NODE_ENV = "production";
  const { createRequestHandler } = await import("@remix-run/node");
  const build = await import(pathToFileURL(join(ROOT, "build/server/index.js")).href);
  const handle = createRequestHandler(build, "production");
  const context = { cspNonce: "", requestId: "plans", clientAddress: "127.0.0.1" };
  const signIn = async (email: string) => {
    const response = await handle(
      new Request("http://127.0.0.1:1/en/signin", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://127.0.0.1:1", host: "127.0.0.1:1" },
        body: new URLSearchParams({ email, password: SYNTHETIC_PASSWORD }),
      }),
      context,
    );
    return response.headers.get("set-cookie")?.split(";")[0] ?? "";
  };
  const reader = new Database(path, { readonly: true });
  const contactPoint = await signIn(syntheticContactPointEmail(0));
  const coordinator = await signIn(SYNTHETIC_COORDINATOR_EMAIL);
  const authority = (reader.prepare("select authority_id from users where email = ?").pluck().get(syntheticContactPointEmail(0)) as number) ?? 0;
  const caseRef = reader.prepare("select ref from exchanges where requesting_authority_id = ? and status <> 'draft' order by id desc limit 1").pluck().get(authority) as string;
  const period = reader
    .prepare("select a.slug || '/' || p.slug from agreements a join project_periods p on p.agreement_id = a.id where a.slug like 'syn-%' order by a.id limit 1")
    .pluck()
    .get() as string;
  // The enterprise with the most exchanges of the contact point's authority (as tests/bench/bench.ts picks it).
  const enterpriseKey = reader
    .prepare(
      `select e.country || '-' || e.registration_number from exchanges x join enterprises e on e.id = x.enterprise_id
        where x.requesting_authority_id = ? group by e.id order by count(*) desc limit 1`,
    )
    .pluck()
    .get(authority) as string;
  // The first view of the signals list computes the authority's stored rows (app/.server/enterprise-signal-rows.ts);
  // the plans that matter are those of every view after it, so it is viewed once before the statements are recorded.
  await (await handle(new Request("http://127.0.0.1:1/en/enterprises/signals", { headers: { cookie: contactPoint } }), context)).text();
  // A part of that enterprise's name (its second word and the next), for the search by name. The searches' sorts
  // (TEMP B-TREE) are over the matches only. Plans here are explained with null parameters: the number search then
  // shows SCAN e, while with a number it searches the unique (country, number) index (tests/integration/enterprises.test.ts).
  const namePart = (reader.prepare("select name from enterprises where country || '-' || registration_number = ?").pluck().get(enterpriseKey) as string).split(" ").slice(1, 3).join(" ");
  const pages: [string, string][] = [
    [`/en/enterprises/${enterpriseKey}`, contactPoint],
    [`/en/enterprises?q=${encodeURIComponent(namePart)}`, contactPoint],
    [`/en/enterprises?q=${enterpriseKey.slice(3, 8)}`, contactPoint],
    ["/en/enterprises/signals", contactPoint],
    ["/en/enterprises/signals?sort=name&page=2", contactPoint],
    ["/en/enterprises/signals?sort=latest", contactPoint],
    ["/en/cases", contactPoint],
    ["/en/cases?status=accepted&direction=incoming", contactPoint],
    [`/en/cases/exchanges/${caseRef}`, contactPoint],
    [`/en/outcomes/${period}`, coordinator],
  ];
  let scans = 0;
  for (const [page, cookie] of pages) {
    ran.clear();
    const response = await handle(new Request(`http://127.0.0.1:1${page}`, { headers: { cookie } }), context);
    await response.text();
    console.log(`\n${page}: ${response.status}, ${ran.size} statements`);
    for (const sql of ran) {
      if (!/^\s*(select|with)/i.test(sql)) continue;
      let plan: { detail: string }[];
      try {
        const explained = reader.prepare(`explain query plan ${sql}`);
        const names = [...sql.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]!);
        const positional = (sql.match(/\?/g) ?? []).length;
        const parameters = Object.fromEntries(names.map((name) => [name, null]));
        plan = (positional ? explained.all(...Array(positional).fill(null)) : names.length ? explained.all(parameters) : explained.all()) as { detail: string }[];
      } catch (error) {
        console.log(`  (no plan: ${(error as Error).message}) ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
        continue;
      }
      // A table read whole, or every matching row sorted to find one page: both grow with the data. Scans of
      // the small reference tables (authorities, agreements, periods) and of subquery results are not reported.
      const scanning = plan.filter(
        (row) =>
          (/^SCAN (?!CONSTANT|\(subquery|authorities|agreements|project_periods|json_each)/.test(row.detail) &&
            !/USING (COVERING )?INDEX/.test(row.detail) &&
            // A full-text lookup (MATCH, the M of FTS5's index string) reads the index, not the table.
            !/VIRTUAL TABLE INDEX \d+:.*M/.test(row.detail)) ||
          /TEMP B-TREE/.test(row.detail),
      );
      if (scanning.length === 0) continue;
      scans += 1;
      console.log(`  SCAN ${scanning.map((row) => row.detail).join("; ")}\n    ${sql.replace(/\s+/g, " ").slice(0, 300)}`);
    }
  }
  reader.close();
  console.log(`\n${scans} statements scan a table`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
