import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const appDir = fileURLToPath(new URL("./app", import.meta.url));
const REMIX_SERVER_BUILD = "virtual:remix/server-build";

/**
 * Builds the portal's server (server/main.ts → build/server/server.js) in the same SSR build as the Remix app, so
 * the server and the app share one copy of every module (one database connection, one i18next instance).
 */
function portalServerEntry(): Plugin {
  let ssrBuild = false;
  return {
    name: "portal-server-entry",
    apply: "build",
    configResolved(config) {
      ssrBuild = Boolean(config.build.ssr);
    },
    options(options) {
      if (!ssrBuild || options.input !== REMIX_SERVER_BUILD) return null;
      return { ...options, input: { index: REMIX_SERVER_BUILD, server: fileURLToPath(new URL("./server/main.ts", import.meta.url)) } };
    },
    outputOptions(output) {
      if (!ssrBuild) return null;
      return { ...output, entryFileNames: (chunk) => (chunk.name === "server" ? "server.js" : "index.js") };
    },
  };
}

export default defineConfig({
  resolve: { alias: { "~": appDir } },
  server: { port: 3000 },
  build: { target: "es2022" },
  plugins: [
    // Vitest runs the code under test directly; the Remix plugin is only for the app build and dev server.
    !process.env.VITEST &&
      remix({
        ignoredRouteFiles: ["**/*.test.*"],
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
    !process.env.VITEST && portalServerEntry(),
  ],
  test: {
    reporters: process.env.VITEST_JSON_REPORT ? ["default", "json"] : ["default"],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One server for the whole run; browser files run one after another to keep timings steady.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
