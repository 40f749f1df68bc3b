// `npm run dev`: the portal's own server (server/portal.ts, the same as in production: headers, CSP, the Origin
// check, /healthz) with Vite as middleware for hot reload. Every app module, the server's included, is loaded
// through Vite, so there is one copy of each.
import type { ServerBuild } from "@remix-run/node";
import { createServer } from "vite";

process.env.NODE_ENV ??= "development";
const vite = await createServer({ server: { middlewareMode: true }, appType: "custom" });
const portal = (await vite.ssrLoadModule("/server/portal.ts")) as typeof import("./portal");
await portal.runPortal({
  loadBuild: async () => (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild,
  devMiddleware: vite.middlewares as unknown as import("express").RequestHandler,
});
