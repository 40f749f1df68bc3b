// `npm test`: typecheck, lint, production build, then every Vitest project (unit, integration, browser) in one run.
// Writes the JSON report to reports/vitest.json (or VITEST_JSON_REPORT) for CI to count.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const report = resolve(ROOT, process.env.VITEST_JSON_REPORT ?? "reports/vitest.json");
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

let status = step("Typecheck", "npx", ["tsc"]);
if (status === 0) status = step("Lint (hooks rules, import boundaries)", "npx", ["eslint", "."]);
if (status === 0) status = step("Production build (the app and its server)", "npm", ["run", "build"]);
if (status === 0) status = step("Tests (unit, integration, browser)", "npx", ["vitest", "run"], { VITEST_JSON_REPORT: report });

if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
  console.log(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
}
process.exit(status);
