// `npm start` / `npm run start:production`: runs the compiled server, building it first only when there is no
// build at all (`npm run build` rebuilds). Plain JavaScript, so starting needs nothing but node.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const serverEntry = join(root, "build/server/server.js");
process.env.NODE_ENV ??= "production";
if (!existsSync(serverEntry)) {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "no build yet: building the portal" }));
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(pathToFileURL(serverEntry).href);
