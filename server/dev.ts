// `npm run dev`: the portal's own server (server/portal.ts, the same as in production: headers, CSP, the Origin
// check, /healthz) with Vite as middleware for hot reload. Every app module, the server's included, is loaded
// through Vite, so there is one copy of each.
import type { ServerBuild } from "@remix-run/node";
import { createServer } from "vite";

process.env.NODE_ENV ??= "development";
// Hot reload's WebSocket listens next to the portal (PORT + 1), so several dev servers can run side by side.
const hmrPort = Number(process.env.PORT ?? 3000) + 1;
const vite = await createServer({ server: { middlewareMode: true, hmr: { port: hmrPort } }, appType: "custom" });
const portal = (await vite.ssrLoadModule("/server/portal.ts")) as typeof import("./portal");
await portal.runPortal({
  loadBuild: async () => (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild,
  devMiddleware: vite.middlewares as unknown as import("express").RequestHandler,
});
