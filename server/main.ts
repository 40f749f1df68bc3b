// The compiled server's entry (built by `npm run build` into build/server/server.js, run with node). It is part of
// the same Vite build as the Remix app, so the app's modules (database connection, i18next, jobs) exist once.
import type { ServerBuild } from "@remix-run/node";
import { runPortal } from "./portal";

await runPortal({ loadBuild: async () => (await import("virtual:remix/server-build")) as ServerBuild });
