// The portal's Express app, the same in production and development: request ids and logs, request checks
// (method, Host, body limits, same-origin writes), security headers (helmet, with a nonce CSP), /healthz, static
// files, the public page cache and the Remix request handler.
import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import helmet from "helmet";
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { dataGeneration } from "~/.server/data-generation";
import { getFixedT } from "~/.server/i18n";
import { logger } from "~/.server/logger";
import { createPublicPageCache, isCacheablePage, PUBLIC_PAGE_CACHE_CONTROL, type CachedPage } from "~/.server/public-page-cache";
import { FALLBACK_LOCALE, localeOfPath } from "~/lib/i18n";
import { localeCookiePair } from "~/lib/locale-cookie";
import { ALLOWED_METHODS, bodyLimitFor, isSameOriginWrite, MAX_DRAINED_BYTES, SAFE_METHODS, WELL_FORMED_HOST } from "./request-rules";

export interface PortalAppOptions {
  /** The Remix build, or (in development) a function that loads the current one. */
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: "production" | "development" | "test";
  /** The portal's origin (PUBLIC_URL): absolute URLs and the same-origin check use it, never the Host header. */
  publicOrigin: string;
  /** Origins whose unsafe requests are the portal's own (ServerEnv.writeOrigins). */
  writeOrigins: readonly string[];
  trustProxy?: string;
  logRequests: boolean;
  /** Folder of the built client files (production); development serves them through Vite. */
  clientBuildFolder?: string;
  /** Vite's middleware in development (modules, HMR), mounted after the request checks. */
  devMiddleware?: RequestHandler;
  /** Answers /healthz: true when the database is reachable and migrated. */
  health: () => { ok: boolean; detail: Record<string, unknown> };
}

function plainError(res: Response, status: number, text: string) {
  if (res.headersSent) return;
  res.status(status).setHeader("Cache-Control", "no-store");
  res.type("text/plain").send(text);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * 413 for a body over its limit, answered by the server itself (the app has not read it, or is cut off from it).
 * A browser gets a short page in the language of the address, with a link back to the form: a GET of the same
 * address shows the form (an upload's address leads back to its case). See docs/decisions/0086.
 */
function payloadTooLarge(req: Request, res: Response) {
  // No `Connection: close`: a socket closed while the sender still writes is reset, and the answer is lost with it;
  // what follows is read and dropped instead (drainAndDrop), up to a bound.
  if (res.headersSent) return;
  if (req.accepts(["html", "text"]) !== "html") return plainError(res, 413, "Payload Too Large");
  const locale = localeOfPath(req.path) ?? FALLBACK_LOCALE;
  const t = getFixedT(locale);
  const title = escapeHtml(t("errors.tooLarge.title"));
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} – ${escapeHtml(t("app.name"))}</title></head><body><main>` +
    `<p>${escapeHtml(t("errors.status", { status: 413 }))}</p><h1>${title}</h1><p>${escapeHtml(t("errors.tooLarge.body"))}</p>` +
    `<p><a href="${escapeHtml(req.path.replace(/\.data$/, ""))}">${escapeHtml(t("errors.tooLarge.back"))}</a></p>` +
    `<p><a href="/${locale}">${escapeHtml(t("errors.notFound.home"))}</a></p></main></body></html>`;
  res.status(413).setHeader("Cache-Control", "no-store");
  res.type("html").send(html);
}

/** Reads what the client still sends after our answer and drops it; a sender going on too long is cut off. */
function drainAndDrop(req: Request) {
  if (req.readableEnded || req.destroyed) return;
  req.removeAllListeners("data");
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAINED_BYTES) req.destroy();
  });
  req.resume();
}

/**
 * The request body as a web stream that stops at `limit` bytes, whatever the content type or transfer encoding:
 * past the limit `onTooLarge` answers 413 at once and the stream fails, so nothing more is kept in memory.
 */
function limitedBody(req: Request, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let received = 0;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (done) return;
          received += chunk.length;
          if (received > limit) {
            done = true;
            controller.error(new RangeError("request body too large"));
            onTooLarge();
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (done) return;
          done = true;
          controller.close();
        });
        req.once("error", (error) => {
          if (done) return;
          done = true;
          controller.error(error);
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        done = true;
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
}

/** Writes a web Response through Express; headers the response sets replace the defaults instead of doubling them. */
async function sendResponse(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers) {
    if (name === "set-cookie") continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

export function createPortalApp(options: PortalAppOptions) {
  const isProduction = options.mode === "production";
  const handle = createRequestHandler(options.build, options.mode);
  const publicHost = new URL(options.publicOrigin).host;
  const app = express();
  app.disable("x-powered-by");
  // X-Forwarded-* are believed only behind a proxy the operator names.
  if (options.trustProxy) app.set("trust proxy", options.trustProxy);

  app.use((req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.setHeader("X-Request-Id", requestId);
    if (options.logRequests) {
      const started = process.hrtime.bigint();
      res.on("finish", () =>
        logger.info("request", { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
      );
    }
    next();
  });

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as unknown as Response).locals.cspNonce as string}'`, ...(isProduction ? [] : ["'unsafe-eval'"])],
          styleSrc: ["'self'", ...(isProduction ? [] : ["'unsafe-inline'"])],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'", ...(isProduction ? [] : ["ws:", "wss:"])],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: isProduction ? { maxAge: 63072000, includeSubDomains: true } : false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      xFrameOptions: { action: "deny" },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
    // Nothing is stored by browsers or proxies unless the response says otherwise (it replaces this).
    res.setHeader("Cache-Control", "no-store");
    next();
  });

  // Requests we do not understand are the sender's mistake (4xx), never a server error.
  app.use((req, res, next) => {
    if (!ALLOWED_METHODS.has(req.method)) {
      res.setHeader("Allow", [...ALLOWED_METHODS].join(", "));
      return plainError(res, 405, "Method Not Allowed");
    }
    const host = req.headers.host;
    if (!host || !WELL_FORMED_HOST.test(host)) return plainError(res, 400, "Bad Request");
    if (!SAFE_METHODS.has(req.method) && !isSameOriginWrite(req.get("origin"), req.get("sec-fetch-site"), options.writeOrigins)) {
      return plainError(res, 403, "Forbidden");
    }
    // A route may answer before it reads the body (a redirect, a 404, a refused type): what the client still
    // sends is read and dropped, because closing a socket with unread data resets it and loses our answer.
    res.once("finish", () => drainAndDrop(req));
    // A body declared larger than the route takes is refused before any of it is read.
    const declared = Number(req.get("content-length") ?? 0);
    if (declared > bodyLimitFor(req.path)) return payloadTooLarge(req, res);
    next();
  });

  app.get("/healthz", (_req, res) => {
    const health = options.health();
    res.status(health.ok ? 200 : 503).json(health.detail);
  });

  // Gzip at a low level: most of the saving for a fraction of the CPU of the default.
  app.use(compression({ level: 1 }));
  if (options.devMiddleware) app.use(options.devMiddleware);
  if (options.clientBuildFolder) {
    // Hashed build assets never change; other public files may.
    app.use("/assets", express.static(join(options.clientBuildFolder, "assets"), { immutable: true, maxAge: "1y" }));
    // The other public files (favicon.ico, …) all have an extension: pages never reach the file system.
    const publicFiles = express.static(options.clientBuildFolder, { maxAge: "1h" });
    app.use((req, res, next) => (/\.[^/]*$/.test(req.path) ? publicFiles(req, res, next) : next()));
  }

  // `/:lang/outcomes/:agreement/:period.csv` is served by the `…/:period/csv` resource route (a route segment
  // cannot mix a parameter with a fixed suffix).
  app.use((req, _res, next) => {
    if (/^\/(nb|lt|en)\/outcomes\/[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}\.csv$/.test(req.path)) {
      req.url = req.url.replace(/\.csv(?=\?|$)/, "/csv");
    }
    next();
  });

  const contextOf = (req: Request, res: Response) => ({
    cspNonce: res.locals.cspNonce as string,
    requestId: res.locals.requestId as string,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
  });

  // Anonymous public pages: rendered once per generation of the data and kept, served with an ETag.
  const publicPages = createPublicPageCache();
  // The response headers of each kept page as the full pipeline set them (see answerKeptPage).
  const keptHeaders = new WeakMap<CachedPage, Array<[string, string | number | string[]]>>();
  app.use(async (req, res, next) => {
    const hasQuery = req.url.includes("?");
    if (!isCacheablePage(req.method, req.path, hasQuery, req.get("cookie"))) return next();
    const locale = localeOfPath(req.path);
    if (!locale) return next();
    try {
      let page = publicPages.get(req.path);
      if (!page) {
        const generation = dataGeneration();
        // The page as every anonymous reader sees it: no cookies, no Accept-Language, our own origin.
        const response = await handle(
          new Request(`${options.publicOrigin}${req.path}`, { headers: { cookie: localeCookiePair(locale), "user-agent": "portal-page-cache" } }),
          { ...contextOf(req, res), cspNonce: "" },
        );
        if (response.status !== 200 || response.headers.has("set-cookie")) return next();
        page = publicPages.store(req.path, await response.text(), (scriptSources) => cspWithScripts(res, scriptSources), generation);
      }
      sendPublicPage(req, res, page);
    } catch (error) {
      next(error);
    }
  });

  app.all("*", async (req, res, next) => {
    const controller = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    let tooLarge = false;
    const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: requestHeaders(req, options.publicOrigin, publicHost), signal: controller.signal };
    if (req.method !== "GET" && req.method !== "HEAD") {
      init.body = limitedBody(req, bodyLimitFor(req.path), () => {
        tooLarge = true;
        payloadTooLarge(req, res);
        controller.abort();
        drainAndDrop(req);
      });
      init.duplex = "half";
    }
    try {
      const response = await handle(new Request(`${options.publicOrigin}${req.url}`, init), contextOf(req, res));
      if (tooLarge || res.headersSent) {
        await response.body?.cancel();
        return;
      }
      await sendResponse(res, response);
    } catch (error) {
      if (tooLarge || controller.signal.aborted) return;
      next(error);
    }
  });

  // The last resort: a short plain answer, logged, instead of Express's HTML page.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof (error as { status?: unknown }).status === "number" ? (error as { status: number }).status : 500;
    if (status >= 500) logger.error("request failed", { requestId: res.locals.requestId, path: req.path, error });
    if (res.headersSent) return res.destroy();
    plainError(res, status >= 400 && status < 600 ? status : 500, status < 500 ? "Bad Request" : "Internal Server Error");
  });

  /** The response's CSP for a kept page: its own inline scripts by hash instead of a per-request nonce. */
  function cspWithScripts(res: Response, scriptSources: string): string {
    const current = String(res.getHeader("Content-Security-Policy") ?? "");
    return current.replace(/script-src [^;]*/, `script-src ${scriptSources}${isProduction ? "" : " 'unsafe-eval'"}`);
  }

  function sendPublicPage(req: Request, res: Response, page: CachedPage) {
    res.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
    res.setHeader("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
    // Only the encoding varies: the language is in the URL and nothing depends on cookies.
    res.setHeader("Vary", "Accept-Encoding");
    const gzip = req.acceptsEncodings("gzip", "identity") === "gzip";
    // A strong validator per representation: the gzipped bytes are another representation.
    const etag = gzip ? page.gzipEtag : page.etag;
    res.setHeader("ETag", etag);
    const ifNoneMatch = req.get("if-none-match");
    if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === page.etag || tag === page.gzipEtag || tag === "*")) {
      res.status(304).end();
      return;
    }
    const body = gzip ? page.gzipped : page.body;
    res.status(200).setHeader("Content-Type", "text/html; charset=utf-8");
    if (!keptHeaders.has(page)) keptHeaders.set(page, headersToReplay(res));
    res.setHeader("Content-Length", body.length);
    // Already compressed: the compression middleware lets an encoded body through as it is.
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * A kept page for a plain anonymous GET/HEAD, answered before Express with the headers the whole pipeline gave
   * that page the first time (helmet's, the page's CSP, caching): the same answer for a fraction of the CPU.
   * Anything unusual (a query, a body, a session cookie, an encoding other than gzip or none) takes the full
   * pipeline.
   */
  function answerKeptPage(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    const url = req.url;
    if ((method !== "GET" && method !== "HEAD") || !url || url.includes("?")) return false;
    const headers = req.headers;
    if (headers["content-length"] || headers["transfer-encoding"] || !headers.host || !WELL_FORMED_HOST.test(headers.host)) return false;
    const acceptEncoding = headers["accept-encoding"];
    const gzip = acceptEncoding !== undefined;
    if (gzip && (!/\bgzip\b/i.test(acceptEncoding) || /q=0(?:\.0*)?(?![.\d])/.test(acceptEncoding))) return false;
    if (!isCacheablePage(method, url, false, headers.cookie) || !localeOfPath(url)) return false;
    const page = publicPages.get(url);
    const replay = page && keptHeaders.get(page);
    if (!page || !replay) return false;
    const given = headers["x-request-id"];
    const requestId = typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    if (options.logRequests) {
      const started = process.hrtime.bigint();
      res.on("finish", () => logger.info("request", { requestId, method, path: url, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    }
    for (const [name, value] of replay) res.setHeader(name, value);
    const etag = gzip ? page.gzipEtag : page.etag;
    res.setHeader("ETag", etag);
    const ifNoneMatch = headers["if-none-match"];
    if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === page.etag || tag === page.gzipEtag || tag === "*")) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    const body = gzip ? page.gzipped : page.body;
    res.setHeader("Content-Length", body.length);
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.statusCode = 200;
    res.end(method === "HEAD" ? undefined : body);
    return true;
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    if (!answerKeptPage(req, res)) app(req, res);
  };
}

/**
 * The request's headers for the app, with Host set to the portal's own (PUBLIC_URL) and X-Forwarded-Host dropped:
 * the same-origin check has been made here already, and nothing in the app may depend on what a client claims.
 */
function requestHeaders(req: Request, publicOrigin: string, publicHost: string): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch's Headers refuses (control characters) is dropped rather than failing the request.
    }
  }
  headers.set("host", publicHost);
  headers.delete("x-forwarded-host");
  // An unsafe request got here only by passing the same-origin check, so the app sees the portal's own origin
  // (Remix compares Origin with Host). `Origin: null` (a form posted from a no-referrer page) passed on
  // Sec-Fetch-Site; Remix would take "null" for a foreign host and answer 500, so the app gets no Origin instead.
  const origin = headers.get("origin");
  if (origin === "null") headers.delete("origin");
  else if (origin !== null && !SAFE_METHODS.has(req.method)) headers.set("origin", publicOrigin);
  return headers;
}

/** The headers a kept page's response carries whatever the request: all but the request id and the representation's. */
function headersToReplay(res: Response): Array<[string, string | number | string[]]> {
  const perRequest = new Set(["x-request-id", "etag", "content-length", "content-encoding"]);
  // The names as they were set (node has kept them since 15.7; @types/node 20 does not declare it).
  return (res as unknown as { getRawHeaderNames(): string[] })
    .getRawHeaderNames()
    .filter((name) => !perRequest.has(name.toLowerCase()))
    .map((name) => [name, res.getHeader(name)!]);
}
