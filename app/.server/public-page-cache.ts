// Rendered public pages kept in memory per URL (the locale is part of the URL), so anonymous readers and a CDN
// get them cheaply: an ETag, 304 for a matching If-None-Match, and a pre-compressed copy.
// A cached page cannot carry a per-request nonce, so its Content-Security-Policy allows exactly its own inline
// scripts by their SHA-256 instead. Publishing content bumps a generation number that empties the cache.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

declare global {
  // Shared by the server bundle (which publishes content) and the HTTP layer (which caches pages).
  var __portalContentGeneration: number | undefined;
}

export function contentGeneration(): number {
  return globalThis.__portalContentGeneration ?? 0;
}

/** Call after anything that changes public pages (an editor publishing or restoring a version). */
export function invalidatePublicPages(): void {
  globalThis.__portalContentGeneration = contentGeneration() + 1;
}

/** Pages that look the same to every anonymous reader (no query, no form state). */
const CACHEABLE = [
  /^\/(nb|lt|en)$/,
  /^\/(nb|lt|en)\/rights(\/(to-norway|to-lithuania)(\/[a-z0-9-]{1,80})?)?$/,
  /^\/(nb|lt|en)\/(contacts|accessibility|checker|report|figures)$/,
];

export function isCacheablePage(method: string, path: string, hasQuery: boolean, cookieHeader: string | undefined): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (hasQuery) return false;
  // Signed-in readers see their own header; they always get a fresh page.
  if (cookieHeader && /(?:^|;\s*)portal_session=/.test(cookieHeader)) return false;
  return CACHEABLE.some((pattern) => pattern.test(path));
}

export interface CachedPage {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  contentSecurityPolicy: string;
  generation: number;
  storedAt: number;
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function scriptHashPolicy(html: string, basePolicy: (scriptSources: string) => string): string {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`'sha256-${createHash("sha256").update(match[1] ?? "").digest("base64")}'`);
  }
  return basePolicy(["'self'", ...hashes].join(" "));
}

export type PublicPageCache = ReturnType<typeof createPublicPageCache>;

export function createPublicPageCache(options: { maxEntries?: number; maxAgeMs?: number } = {}) {
  const maxEntries = options.maxEntries ?? 2_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const entries = new Map<string, CachedPage>();

  return {
    get(key: string, now = Date.now()): CachedPage | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.generation !== contentGeneration() || now - entry.storedAt > maxAgeMs) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    store(key: string, html: string, basePolicy: (scriptSources: string) => string, now = Date.now()): CachedPage {
      const body = Buffer.from(html, "utf8");
      const entry: CachedPage = {
        body,
        gzipped: gzipSync(body),
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
        contentSecurityPolicy: scriptHashPolicy(html, basePolicy),
        generation: contentGeneration(),
        storedAt: now,
      };
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },
    size: () => entries.size,
  };
}
