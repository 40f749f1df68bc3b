// Rendered pages of signed-in users, kept per session and address, so a contact point reloading the inbox or a
// coordinator going back to a dashboard gets the page without running every loader and React again.
//
// A copy is only ever served to the session that rendered it, and only while nothing it could show has changed:
// - any write to the records through this process's connection moves a write generation (temporary triggers on
//   every table; not relying on callers to remember), except the audit log, sessions and rate-limit counters;
// - a write by another process (a CLI on the same database) moves SQLite's `data_version`;
// - publishing content moves the content generation; due dates move with the date;
// - the session is checked on every hit like on every request (revoked, expired, idle, deactivated user).
// A page is only stored when rendering it wrote nothing but read audits (`total_changes()` tells), and each hit
// records those same read audits again, so the audit log shows every view as before.
import { gzipSync } from "node:zlib";
import { localeOfPath } from "~/lib/i18n";
import { localeCookieHeader } from "~/lib/locale-cookie";
import { captureAuditEntries, recordAudit, type AuditEntry } from "./audit";
import { today } from "./clock";
import { sqlite } from "./db";
import { contentGeneration, scriptHashPolicy } from "./public-page-cache";
import { recordsGeneration } from "./records-generation";
import { sessionUserFromCookieHeader } from "./session";

export interface CachedSignedInPage {
  body: Buffer;
  gzipped: Buffer;
  contentSecurityPolicy: string;
  bytes: number;
  stamp: string;
  storedAt: number;
  /** The read audits rendering made, recorded again (with the reader's current address) on every hit. */
  audits: AuditEntry[];
}

export interface PageRequest {
  /** Path and query, e.g. `/en/cases?status=open`. */
  url: string;
  cookieHeader: string | undefined;
  clientAddress: string;
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;
/** Long enough for reloads and back-and-forth; short enough that nothing lingers after a session goes idle. */
const MAX_AGE_MS = 10 * 60 * 1000;

const dataVersion = sqlite.prepare("pragma data_version").pluck();
const totalChanges = sqlite.prepare("select total_changes()").pluck();

/**
 * Tables whose writes never change what a page shows (views are audited; sessions are checked per hit). Failed
 * sign-ins are not among them: the administration page lists the accounts under attack.
 */
const IGNORED_TABLES = new Set(["audit_log", "sessions", "rate_limit_hits", "__drizzle_migrations"]);

let writeGeneration = 0;

/** Temporary triggers (this connection only, never stored in the file) that count every write to the records. */
function watchWrites(): void {
  sqlite.function("portal_page_cache_write", { deterministic: false }, () => {
    writeGeneration++;
    return null;
  });
  const tables = sqlite
    .prepare("select name, sql from sqlite_schema where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string; sql: string | null }[];
  const virtualTables = tables.filter((t) => /^create virtual table/i.test(t.sql ?? "")).map((t) => t.name);
  for (const { name } of tables) {
    // Virtual tables and their shadow tables change together with the records they index.
    if (IGNORED_TABLES.has(name) || virtualTables.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    for (const event of ["insert", "update", "delete"]) {
      const trigger = `portal_page_cache_${event}_${name}`.replace(/[^A-Za-z0-9_]/g, "_");
      sqlite.exec(`create temp trigger if not exists "${trigger}" after ${event} on main."${name}" begin select portal_page_cache_write(); end`);
    }
  }
}
watchWrites();

/** Everything a page may depend on besides its session and address. */
function currentStamp(now: Date): string {
  return `${writeGeneration}:${recordsGeneration()}:${contentGeneration()}:${dataVersion.get() as number}:${today(now)}`;
}

/**
 * A page may set the cookie that remembers its language (the server adds it again when a reader lacks it), but
 * nothing else: any other cookie belongs to one response.
 */
function setsOnlyTheLocaleCookie(headers: Headers, url: string): boolean {
  const locale = localeOfPath(url.split("?")[0] ?? "");
  return headers.getSetCookie().every((cookie) => locale !== undefined && cookie === localeCookieHeader(locale));
}

export function createSignedInPageCache() {
  const entries = new Map<string, CachedSignedInPage>();
  let totalBytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.bytes;
    entries.delete(key);
  };

  const keyOf = (sessionIdHash: string, url: string) => `${sessionIdHash} ${url}`;

  return {
    /** The cached page for this session and address if it is still current; records its view audits again. */
    lookup(request: PageRequest, now = new Date()): CachedSignedInPage | undefined {
      if (entries.size === 0) return undefined;
      const user = sessionUserFromCookieHeader(request.cookieHeader, now);
      if (!user) return undefined;
      const key = keyOf(user.sessionIdHash, request.url);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.stamp !== currentStamp(now) || now.getTime() - entry.storedAt > MAX_AGE_MS) {
        remove(key);
        return undefined;
      }
      // Most recently used last, so the oldest is dropped first when the cache is full.
      entries.delete(key);
      entries.set(key, entry);
      for (const audit of entry.audits) recordAudit({ ...audit, ipAddress: request.clientAddress });
      return entry;
    },

    /**
     * Renders the page and keeps it when it may be served again: a 200 HTML page of a signed-in session, no cookie
     * set but the language one, and nothing written while rendering but read audits. Returns the rendered response,
     * to be sent as it is either way.
     */
    async render(
      request: PageRequest,
      renderPage: () => Promise<Response>,
      basePolicy: (scriptSources: string) => string,
      now = new Date(),
    ): Promise<{ status: number; headers: Headers; body: Buffer }> {
      const user = sessionUserFromCookieHeader(request.cookieHeader, now);
      // Taken before rendering: a write that lands while the page renders makes the copy stale at once.
      const stamp = currentStamp(now);
      const changesBefore = totalChanges.get() as number;
      const { result: response, entries: audits } = await captureAuditEntries(async () => {
        const rendered = await renderPage();
        return { status: rendered.status, headers: rendered.headers, body: Buffer.from(await rendered.arrayBuffer()) };
      });
      const wroteOnlyReadAudits = (totalChanges.get() as number) - changesBefore === audits.length;
      const cacheable =
        user !== null &&
        response.status === 200 &&
        (response.headers.get("content-type") ?? "").startsWith("text/html") &&
        setsOnlyTheLocaleCookie(response.headers, request.url) &&
        wroteOnlyReadAudits &&
        response.body.length <= MAX_BYTES / 16;
      if (!cacheable) return response;

      const key = keyOf(user.sessionIdHash, request.url);
      remove(key);
      const html = response.body.toString("utf8");
      const gzipped = gzipSync(response.body);
      const entry: CachedSignedInPage = {
        body: response.body,
        gzipped,
        contentSecurityPolicy: scriptHashPolicy(html, basePolicy),
        bytes: response.body.length + gzipped.length,
        stamp,
        storedAt: now.getTime(),
        audits: audits.map(({ ipAddress: _address, ...rest }) => rest),
      };
      while (entries.size >= MAX_ENTRIES || (entries.size > 0 && totalBytes + entry.bytes > MAX_BYTES)) {
        remove(entries.keys().next().value as string);
      }
      entries.set(key, entry);
      totalBytes += entry.bytes;
      return response;
    },
  };
}

export type SignedInPageCache = ReturnType<typeof createSignedInPageCache>;
