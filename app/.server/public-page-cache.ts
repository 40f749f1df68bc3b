// Rendered public pages kept in memory per URL (the locale is part of the URL), so anonymous readers get them
// cheaply: a strong ETag per representation, 304 for a matching If-None-Match, and a pre-compressed copy.
// A kept page is valid while nothing it depends on has changed: the data (the generation moves with every write
// by any process, see data-generation.ts), the day (deadlines and periods depend on it) and its age.
// A kept page cannot carry a per-request nonce, so its Content-Security-Policy allows exactly its own inline
// scripts by their SHA-256 instead.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { today } from "./clock";
import { dataGeneration } from "./data-generation";

/** For browsers a minute; shared caches (a CDN, a reverse proxy) five, and they may serve a stale copy while refreshing. */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

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
  gzipEtag: string;
  contentSecurityPolicy: string;
  generation: number;
  day: string;
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
      if (entry.generation !== dataGeneration() || entry.day !== today(new Date(now)) || now - entry.storedAt > maxAgeMs) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    /** Keeps a page rendered under `generation` (read before rendering, so a write during the render is not missed). */
    store(key: string, html: string, basePolicy: (scriptSources: string) => string, generation: number, now = Date.now()): CachedPage {
      const body = Buffer.from(html, "utf8");
      const hash = createHash("sha256").update(body).digest("base64url").slice(0, 27);
      const entry: CachedPage = {
        body,
        gzipped: gzipSync(body),
        etag: `"${hash}"`,
        gzipEtag: `"${hash}-gzip"`,
        contentSecurityPolicy: scriptHashPolicy(html, basePolicy),
        generation,
        day: today(new Date(now)),
        storedAt: now,
      };
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },
    size: () => entries.size,
  };
}
