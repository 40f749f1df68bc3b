// Server-side sessions: a random id in an HttpOnly cookie; only its SHA-256 is stored.
// A session ends after 8 hours without use, 7 days after sign-in at the latest, or when revoked.
import { and, eq, isNull, sql } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { authorities, sessions, userRoles, users } from "../../db/schema";
import type { RoleGrant } from "~/domain/permissions";
import { db } from "./db";

export const SESSION_COOKIE = "portal_session";
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Avoids a write per request: last-seen moves on at most once a minute. */
const TOUCH_AFTER_MS = 60 * 1000;

const secureCookies = () => process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1";

const hashId = (id: string) => createHash("sha256").update(id).digest("hex");

export interface SessionUser {
  id: number;
  email: string;
  displayName: string;
  authorityId: number | null;
  authorityNames: { nb: string; lt: string; en: string } | null;
  authorityCountry: string | null;
  roles: RoleGrant[];
  sessionIdHash: string;
}

const sessionQuery = db
  .select({
    idHash: sessions.idHash,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: sessions.expiresAt,
    revokedAt: sessions.revokedAt,
    userId: users.id,
    email: users.email,
    displayName: users.displayName,
    status: users.status,
    authorityId: users.authorityId,
    authorityNb: authorities.nameNb,
    authorityLt: authorities.nameLt,
    authorityEn: authorities.nameEn,
    authorityCountry: authorities.country,
  })
  .from(sessions)
  .innerJoin(users, eq(users.id, sessions.userId))
  .leftJoin(authorities, eq(authorities.id, users.authorityId))
  .where(eq(sessions.idHash, sql.placeholder("idHash")))
  .prepare();

const rolesQuery = db
  .select({ role: userRoles.role, agreementId: userRoles.agreementId })
  .from(userRoles)
  .where(eq(userRoles.userId, sql.placeholder("userId")))
  .prepare();

export function rolesOf(userId: number): RoleGrant[] {
  return rolesQuery.all({ userId });
}

const touchSession = db
  .update(sessions)
  .set({ lastSeenAt: sql`${sql.placeholder("now")}` })
  .where(eq(sessions.idHash, sql.placeholder("idHash")))
  .prepare();

export function readSessionId(request: Request): string | null {
  return sessionIdFromCookieHeader(request.headers.get("Cookie"));
}

export function sessionIdFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) {
      const value = rest.join("=");
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

const resolved = new WeakMap<Request, SessionUser | null>();

/** The signed-in user of a request, or null; looked up once per request. */
export function getSessionUser(request: Request, now = new Date()): SessionUser | null {
  if (resolved.has(request)) return resolved.get(request) ?? null;
  const user = lookUp(request, now);
  resolved.set(request, user);
  return user;
}

function lookUp(request: Request, now: Date): SessionUser | null {
  return sessionUserFromCookieHeader(request.headers.get("Cookie"), now);
}

/** The signed-in user for a Cookie header, checked like every request (revoked, expired, idle, deactivated). */
export function sessionUserFromCookieHeader(header: string | null | undefined, now = new Date()): SessionUser | null {
  const id = sessionIdFromCookieHeader(header);
  if (!id) return null;
  const idHash = hashId(id);
  const row = sessionQuery.get({ idHash });
  if (!row || row.revokedAt || row.status !== "active") return null;
  const nowMs = now.getTime();
  if (Date.parse(row.expiresAt) <= nowMs || Date.parse(row.lastSeenAt) + SESSION_IDLE_MS <= nowMs) return null;
  if (nowMs - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) touchSession.run({ idHash, now: now.toISOString() });
  return {
    id: row.userId,
    email: row.email,
    displayName: row.displayName,
    authorityId: row.authorityId,
    authorityNames:
      row.authorityNb && row.authorityLt && row.authorityEn
        ? { nb: row.authorityNb, lt: row.authorityLt, en: row.authorityEn }
        : null,
    authorityCountry: row.authorityCountry,
    roles: rolesOf(row.userId),
    sessionIdHash: idHash,
  };
}

/** Starts a new session (always a new id, so a session id planted before sign-in is worthless). */
export function createSession(userId: number, meta: { ipAddress: string; userAgent: string | null }, now = new Date()): string {
  const id = randomBytes(32).toString("base64url");
  db.insert(sessions)
    .values({
      idHash: hashId(id),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return sessionCookie(id, SESSION_MAX_MS / 1000);
}

export function revokeSession(idHash: string, now = new Date()): void {
  db.update(sessions).set({ revokedAt: now.toISOString() }).where(and(eq(sessions.idHash, idHash), isNull(sessions.revokedAt))).run();
}

export function revokeAllSessionsOf(userId: number, now = new Date()): void {
  db.update(sessions).set({ revokedAt: now.toISOString() }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))).run();
}

function sessionCookie(value: string, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
    ...(secureCookies() ? ["Secure"] : []),
  ].join("; ");
}

export function clearSessionCookie(): string {
  return sessionCookie("", 0);
}
