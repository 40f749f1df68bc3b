// The portal's HTTP server: `npm start` (with --demo-data) and production.
// Order at start: build if the sources are newer than the build → migrate → seed demo data into an empty
// database (only with --demo-data) → serve. SIGTERM/SIGINT finish in-flight requests and close the database.
process.env.NODE_ENV ??= "production";

import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createRemixFetchHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { databasePathFromEnv, openDatabase } from "../db/connection";
import { applyMigrations, MIGRATIONS_FOLDER } from "../db/migrate";
import { logger } from "./.server/logger";
import { dailyHour, nextDailyRun } from "./domain/daily-schedule";
import type { RetentionSummary } from "./.server/retention-run";
import { createPublicPageCache, isCacheablePage, type CachedPage, type PublicPageCache } from "./.server/public-page-cache";
import type { CachedSignedInPage, SignedInPageCache } from "./.server/signed-in-page-cache";
import { localeOfPath, type Locale } from "./lib/i18n";
import { localeCookieHeader, localeCookiePair, readLocaleCookie } from "./lib/locale-cookie";

const ROOT = resolve(import.meta.dirname, "..");
const BUILD_ENTRY = join(ROOT, "build/server/index.js");
const isProduction = process.env.NODE_ENV === "production";
const withDemoData = process.argv.includes("--demo-data");

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Builds the app when there is no build or a source file changed after it. */
function ensureBuild() {
  const built = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
  const sources = ["app", "locales", "public", "vite.config.ts", "package.json"].map((p) => join(ROOT, p));
  if (built > Math.max(...sources.map(newestModification))) return;
  logger.info("building the portal", { reason: built ? "sources changed" : "no build yet" });
  const result = spawnSync("npx", ["remix", "vite:build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("the build failed");
}

function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function prepareDatabase() {
  const path = databasePathFromEnv();
  const connection = openDatabase(path);
  applyMigrations(connection.db);
  // The public rights content and the register of legal figures are part of the product, demo or not: changes in
  // the repository arrive as releases (db/seed/figures.ts, db/seed/content.ts); editors' own changes are kept.
  const { releaseRepositoryContent } = await import("../db/seed/release");
  const release = releaseRepositoryContent(connection);
  if (release.figures.inserted.length || release.figures.updated.length || release.content.versions) logger.info("repository content released", { ...release });
  if (release.content.conflicts.length) logger.warn("content releases wait for editors: pages edited since the last release", { pages: release.content.conflicts });
  if (withDemoData) {
    const { isDatabaseEmpty, seedDemoData } = await import("../db/seed/demo");
    if (isDatabaseEmpty(connection.db)) {
      logger.info("empty database: loading demo data", { database: path });
      await seedDemoData(connection.db);
    }
  }
  return connection;
}

/** The hour of a daily job from DIGEST_HOUR / RETENTION_HOUR (see dailyHour); a value that is no hour is logged. */
function dailyHourFromEnv(name: string, fallback: number): number | null {
  const parsed = dailyHour(process.env[name], fallback);
  if (parsed.invalid) logger.warn(`${name} is not an hour from 0 to 23; using ${fallback}`, { value: process.env[name] });
  return parsed.hour;
}

/** The Content-Security-Policy, given the sources scripts may come from (a nonce, or hashes of cached pages). */
function contentSecurityPolicy(scriptSources: string): string {
  return [
      "default-src 'self'",
      `script-src ${scriptSources}${isProduction ? "" : " 'unsafe-eval'"}`,
      `style-src 'self'${isProduction ? "" : " 'unsafe-inline'"}`,
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self'${isProduction ? "" : " ws: wss:"}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; ");
}

/** Headers every response carries besides its Content-Security-Policy (see securityHeaders). */
const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  ...(isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
};

/** Security headers on every response; a fresh nonce per request for the scripts the page may run. */
function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(`'self' 'nonce-${nonce}'`));
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(name, value);
  // Nothing is stored by browsers or proxies unless the response says otherwise (redirects and errors included):
  // decided when the headers go out, so a route's own Cache-Control wins.
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
    const given = args.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg)) as Record<string, unknown> | undefined;
    const hasOwn = this.hasHeader("Cache-Control") || Object.keys(given ?? {}).some((name) => name.toLowerCase() === "cache-control");
    if (!hasOwn) this.setHeader("Cache-Control", "no-store");
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
}

/** More than any upload we accept: a sender still going after this is cut off. */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/**
 * A route may answer before it reads the body (a redirect to sign in, a 404, a refused content type). Whatever the
 * client still sends is then read and dropped: closing a socket with unread data resets the connection, and the
 * client would get that instead of the answer.
 */
function drainUnreadBody(req: Request, res: Response, next: NextFunction) {
  res.once("finish", () => {
    if (req.readableEnded || req.destroyed) return;
    // Remix's body stream (which paused the request) is not read any more: its listener goes.
    req.removeAllListeners("data");
    let drained = 0;
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > MAX_DRAINED_BYTES) req.destroy();
    });
    req.resume();
  });
  next();
}

/** Refuses state-changing requests from other sites (the Origin must be ours). */
function sameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  const fetchSite = req.get("sec-fetch-site");
  const host = req.get("x-forwarded-host") ?? req.get("host");
  const crossSite = origin ? origin === "null" || new URL(origin).host !== host : fetchSite === "cross-site";
  if (crossSite) {
    res.status(403).type("text/plain").send("Forbidden");
    return;
  }
  next();
}

/** Writes a page from the public cache: 304 for a matching ETag, gzip when accepted. */
function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage, locale: Locale, requestId: string) {
  const headers: Record<string, string | number> = {
    ...STATIC_SECURITY_HEADERS,
    "X-Request-Id": requestId,
    "Content-Security-Policy": page.contentSecurityPolicy,
    ETag: page.etag,
    Vary: "Accept-Encoding",
  };
  if (readLocaleCookie(req.headers.cookie) === locale) {
    headers["Cache-Control"] = "public, max-age=60, stale-while-revalidate=300";
  } else {
    // The first visit in a language also remembers it; such a response is for this reader only.
    headers["Cache-Control"] = "private, no-cache";
    headers["Set-Cookie"] = localeCookieHeader(locale);
  }
  if (req.headers["if-none-match"] === page.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = gzip ? page.gzipped : page.body;
  headers["Content-Type"] = "text/html; charset=utf-8";
  headers["Content-Length"] = body.length;
  if (gzip) headers["Content-Encoding"] = "gzip";
  res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
}

/**
 * Cache hits are answered straight from node:http, before Express and its middleware (the point of the cache is
 * to make these pages nearly free); returns false when Express should handle the request.
 */
function servePublicPageFromCache(cache: PublicPageCache, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!isCacheablePage(req.method ?? "GET", path, queryAt !== -1, req.headers.cookie)) return false;
  const locale = localeOfPath(path);
  const page = locale && cache.get(path);
  if (!locale || !page) return false;
  sendCachedPage(req, res, page, locale, randomUUID());
  return true;
}

/** Renders a public page that is not in the cache yet, stores it, and serves it like a hit. */
function publicPageCacheMiddleware(cache: PublicPageCache, render: ReturnType<typeof createRemixFetchHandler>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!isCacheablePage(req.method, req.path, req.originalUrl.includes("?"), req.get("cookie"))) return next();
    const locale = localeOfPath(req.path);
    if (!locale) return next();
    try {
      let page = cache.get(req.path);
      if (!page) {
        // Render as a reader who already has this language remembered, so the page carries no Set-Cookie.
        const response = await render(
          new Request(`${req.protocol}://${req.get("host")}${req.path}`, {
            headers: { host: req.get("host") ?? "localhost", cookie: localeCookiePair(locale), "user-agent": "portal-page-cache" },
          }),
          { cspNonce: "", requestId: res.locals.requestId as string, clientAddress: req.ip ?? "unknown" },
        );
        if (response.status !== 200 || response.headers.has("set-cookie")) return next();
        page = cache.store(req.path, await response.text(), contentSecurityPolicy);
      }
      sendCachedPage(req, res, page, locale, res.locals.requestId as string);
    } catch (error) {
      next(error);
    }
  };
}

/** Signed-in page requests the per-session page cache may answer: GET documents under a locale, not files. */
function isSignedInPageRequest(method: string, url: string, cookieHeader: string | undefined): boolean {
  if (method !== "GET" || !cookieHeader || !/(?:^|;\s*)portal_session=/.test(cookieHeader)) return false;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  return /^\/(nb|lt|en)(\/|$)/.test(path) && !/^\/(nb|lt|en)\/(signin|signout|set-password|cases\/attachments)(\/|$)|\.(data|csv)$|\/csv$/.test(path);
}

function sendSignedInPage(req: Request, res: Response, page: CachedSignedInPage) {
  const gzip = /\bgzip\b/.test(req.get("accept-encoding") ?? "");
  const body = gzip ? page.gzipped : page.body;
  res.status(200);
  res.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("Content-Length", body.length);
  // Already compressed: the compression middleware lets an encoded body through as it is.
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  const locale = localeOfPath(req.path);
  if (locale && readLocaleCookie(req.get("cookie")) !== locale) res.setHeader("Set-Cookie", localeCookieHeader(locale));
  res.end(body);
}

/** Answers signed-in pages from the per-session cache, or renders them, keeps what may be kept, and sends it. */
function signedInPageCacheMiddleware(cache: SignedInPageCache, render: ReturnType<typeof createRemixFetchHandler>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!isSignedInPageRequest(req.method, req.originalUrl, req.get("cookie"))) return next();
    const clientAddress = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const pageRequest = { url: req.originalUrl, cookieHeader: req.get("cookie"), clientAddress };
    try {
      const hit = cache.lookup(pageRequest);
      if (hit) return sendSignedInPage(req, res, hit);
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const fetchRequest = new Request(`${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`, { headers });
      const context = { cspNonce: res.locals.cspNonce as string, requestId: res.locals.requestId as string, clientAddress };
      const rendered = await cache.render(pageRequest, () => render(fetchRequest, context), contentSecurityPolicy);
      // Sent as rendered, under this request's nonce (a redirect, an error page or a download alike); only
      // later visits get the kept copy, under the hashes of its scripts.
      res.status(rendered.status);
      for (const [name, value] of rendered.headers) if (name !== "set-cookie") res.setHeader(name, value);
      const cookies = rendered.headers.getSetCookie();
      if (cookies.length) res.setHeader("Set-Cookie", cookies);
      res.end(rendered.body);
    } catch (error) {
      next(error);
    }
  };
}

async function main() {
  // The test runner builds once before starting servers; PORTAL_SKIP_BUILD keeps each server from rebuilding.
  if (isProduction && process.env.PORTAL_SKIP_BUILD !== "1") ensureBuild();
  const connection = await prepareDatabase();
  const migrationsExpected = expectedMigrationCount();
  const build = (await import(pathToFileURL(BUILD_ENTRY).href)) as ServerBuild & {
    entry: {
      module: {
        closeDatabase?: () => void;
        runDailyDigest?: () => Promise<unknown>;
        runRetention?: () => RetentionSummary;
        formatRetentionSummary?: (summary: RetentionSummary) => string;
        signedInPages?: SignedInPageCache;
      };
    };
  };

  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

  const logRequests = (process.env.LOG_LEVEL ?? "info") !== "warn";
  app.use((req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    if (logRequests) {
      const started = process.hrtime.bigint();
      res.on("finish", () =>
        logger.info("request", {
          requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }),
      );
    }
    next();
  });
  app.use(securityHeaders);
  app.use(drainUnreadBody);
  app.use(compression());
  const renderPage = createRemixFetchHandler(build, process.env.NODE_ENV);
  const signedInPages = build.entry.module.signedInPages;
  if (signedInPages) app.use(signedInPageCacheMiddleware(signedInPages, renderPage));

  app.get("/healthz", (_req, res) => {
    try {
      const applied = connection.sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
      const current = applied.n === migrationsExpected;
      res.status(current ? 200 : 503).setHeader("Cache-Control", "no-store");
      res.json({ status: current ? "ok" : "migrations pending", database: "reachable", migrations: applied.n });
    } catch {
      res.status(503).setHeader("Cache-Control", "no-store").json({ status: "database unreachable" });
    }
  });

  // Hashed build assets never change; other public files may.
  app.use("/assets", express.static(join(ROOT, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(join(ROOT, "build/client"), { maxAge: "1h" }));

  app.use(sameOriginWrites);
  // `/:lang/outcomes/:agreement/:period.csv` is served by the `…/:period/csv` resource route (a route segment
  // cannot mix a parameter with a fixed suffix).
  app.use((req, _res, next) => {
    if (/^\/(nb|lt|en)\/outcomes\/[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}\.csv$/.test(req.path)) {
      // The Remix adapter builds the request URL from originalUrl.
      req.url = req.url.replace(/\.csv(?=\?|$)/, "/csv");
      req.originalUrl = req.originalUrl.replace(/\.csv(?=\?|$)/, "/csv");
    }
    next();
  });
  const pageCache = createPublicPageCache();
  app.use(publicPageCacheMiddleware(pageCache, renderPage));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce,
        requestId: res.locals.requestId,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "0.0.0.0";
  const server = createServer((req, res) => {
    if (!servePublicPageFromCache(pageCache, req, res)) app(req, res);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    logger.info("listening", { url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}`, port: actualPort });
  });

  // Daily jobs at an hour in Norway; their timers do not keep the process alive, and a failed run is logged and
  // tried again the next day.
  const dailyTimers = new Map<string, NodeJS.Timeout>();
  let dailyJobsStopped = false;
  const scheduleDaily = (name: string, hour: number | null, run: () => unknown, after = new Date()) => {
    if (hour === null || dailyJobsStopped) return;
    const at = nextDailyRun(after, hour);
    const timer = setTimeout(() => {
      void Promise.resolve()
        .then(run)
        .catch((error: unknown) => logger.error(`the ${name} failed`, { error }))
        // A minute on, so a timer that fires a little early cannot run the same day twice.
        .finally(() => scheduleDaily(name, hour, run, new Date(Date.now() + 60_000)));
    }, at.getTime() - Date.now());
    timer.unref();
    dailyTimers.set(name, timer);
  };
  // The digest of deadlines (DIGEST_HOUR, default 6).
  scheduleDaily("daily digest", dailyHourFromEnv("DIGEST_HOUR", 6), async () => {
    const summary = await build.entry.module.runDailyDigest?.();
    logger.info("daily digest", { summary });
  });
  // The retention rule for personal data (RETENTION_HOUR, default 3; README, "Retention of personal data").
  scheduleDaily("retention run", dailyHourFromEnv("RETENTION_HOUR", 3), () => {
    const summary = build.entry.module.runRetention?.();
    if (summary) logger.info(build.entry.module.formatRetentionSummary?.(summary) ?? "retention", { summary });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    dailyJobsStopped = true;
    for (const timer of dailyTimers.values()) clearTimeout(timer);
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    server.close(() => {
      build.entry.module.closeDatabase?.();
      connection.sqlite.close();
      logger.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger.error("the server could not start", { error });
  process.exit(1);
});
