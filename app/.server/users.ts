// User administration: accounts, their roles, one-time set-password links, disabling.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { agreements, authorities, userRoles, users } from "../../db/schema";
import type { Role } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { db } from "./db";
import { logger } from "./logger";
import { hashPassword } from "./password";
import { contains } from "./sql";
import { revokeAllSessionsOf } from "./session";

const SET_PASSWORD_LINK_MS = 72 * 60 * 60 * 1000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface Actor {
  userId: number | null;
  authorityId: number | null;
  ipAddress: string | null;
}

export interface UserRoleInput {
  authorityId: number | null;
  roles: Role[];
  agreementIds: number[];
}

export type UserWriteResult<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

const nameColumn = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn } as const;

export function listUsers(locale: Locale, filter: { q?: string; role?: Role; status?: "active" | "disabled" } = {}) {
  const conditions = [];
  if (filter.q) {
    conditions.push(or(contains(users.email, filter.q), contains(users.displayName, filter.q)));
  }
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.role) {
    conditions.push(inArray(users.id, db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, filter.role))));
  }
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      status: users.status,
      lastSignInAt: users.lastSignInAt,
      authorityName: nameColumn[locale],
    })
    .from(users)
    .leftJoin(authorities, eq(authorities.id, users.authorityId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.email))
    .limit(500)
    .all();
  const roles = rows.length
    ? db.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).where(inArray(userRoles.userId, rows.map((r) => r.id))).all()
    : [];
  return rows.map((row) => ({ ...row, roles: [...new Set(roles.filter((r) => r.userId === row.id).map((r) => r.role))] }));
}

export function getUserForAdmin(id: number) {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) return null;
  const roles = db.select({ role: userRoles.role, agreementId: userRoles.agreementId }).from(userRoles).where(eq(userRoles.userId, id)).all();
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    authorityId: user.authorityId,
    hasPassword: user.passwordHash !== null,
    lastSignInAt: user.lastSignInAt,
    roles: [...new Set(roles.map((r) => r.role))],
    agreementIds: roles.filter((r) => r.role === "coordinator" && r.agreementId !== null).map((r) => r.agreementId as number),
  };
}

export function authorityOptions(locale: Locale) {
  return db
    .select({ id: authorities.id, name: nameColumn[locale], country: authorities.country })
    .from(authorities)
    .orderBy(asc(authorities.country), asc(nameColumn[locale]))
    .all();
}

export function agreementOptions(locale: Locale) {
  const title = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn }[locale];
  return db.select({ id: agreements.id, slug: agreements.slug, title }).from(agreements).orderBy(asc(agreements.slug)).all();
}

/** Rules a set of roles must meet before it is stored: who needs an authority, who an agreement. */
function checkRoles(input: UserRoleInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.roles.length === 0) errors.roles = "admin.users.errors.roleRequired";
  if (input.roles.includes("contact_point") && input.authorityId === null) errors.authorityId = "admin.users.errors.authorityRequired";
  if (input.roles.includes("coordinator") && input.agreementIds.length === 0) errors.agreementIds = "admin.users.errors.agreementRequired";
  if (input.authorityId !== null && !db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, input.authorityId)).get()) {
    errors.authorityId = "admin.users.errors.invalidChoice";
  }
  if (input.agreementIds.length) {
    const found = db.select({ id: agreements.id }).from(agreements).where(inArray(agreements.id, input.agreementIds)).all();
    if (found.length !== new Set(input.agreementIds).size) errors.agreementIds = "admin.users.errors.invalidChoice";
  }
  return errors;
}

function writeRoles(userId: number, input: UserRoleInput) {
  db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
  for (const role of new Set(input.roles)) {
    if (role === "coordinator") {
      for (const agreementId of new Set(input.agreementIds)) db.insert(userRoles).values({ userId, role, agreementId }).run();
    } else {
      db.insert(userRoles).values({ userId, role, agreementId: null }).run();
    }
  }
}

function newSetPasswordToken(userId: number, now: Date): string {
  const token = randomBytes(32).toString("base64url");
  db.update(users)
    .set({
      passwordSetTokenHash: hashToken(token),
      passwordSetExpiresAt: new Date(now.getTime() + SET_PASSWORD_LINK_MS).toISOString(),
      updatedAt: now.toISOString(),
    })
    .where(eq(users.id, userId))
    .run();
  return token;
}

export function setPasswordPath(locale: Locale, token: string) {
  return `/${locale}/set-password/${token}`;
}

function announceLink(email: string, token: string, locale: Locale) {
  // The administrator sees the link on screen; in development it is also printed, as no e-mail is sent.
  if (process.env.NODE_ENV !== "production") {
    logger.info("set-password link", { email, path: setPasswordPath(locale, token) });
  }
}

export function createUser(
  input: { email: string; displayName: string } & UserRoleInput,
  actor: Actor,
  locale: Locale,
  now = new Date(),
): UserWriteResult<{ userId: number; token: string }> {
  const email = input.email.trim().toLowerCase();
  const errors = checkRoles(input);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) errors.email = "admin.users.errors.emailTaken";
  if (Object.keys(errors).length) return { ok: false, errors };

  const { userId, token } = db.transaction(() => {
    const created = db
      .insert(users)
      .values({ email, displayName: input.displayName.trim(), authorityId: input.authorityId, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .returning({ id: users.id })
      .get();
    writeRoles(created.id, input);
    const token = newSetPasswordToken(created.id, now);
    recordAudit({
      ...actorFields(actor),
      action: "user.created",
      entity: "user",
      entityId: created.id,
      detail: { email, roles: input.roles, authorityId: input.authorityId, agreementIds: input.agreementIds },
    });
    return { userId: created.id, token };
  });
  announceLink(email, token, locale);
  return { ok: true, userId, token };
}

export function updateUserRoles(userId: number, input: UserRoleInput, actor: Actor, now = new Date()): UserWriteResult {
  if (!getUserForAdmin(userId)) return { ok: false, errors: { form: "admin.users.errors.notFound" } };
  const errors = checkRoles(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  db.transaction(() => {
    db.update(users).set({ authorityId: input.authorityId, updatedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    writeRoles(userId, input);
    recordAudit({ ...actorFields(actor), action: "user.roles_changed", entity: "user", entityId: userId, detail: { ...input } });
  });
  return { ok: true };
}

export function setUserStatus(userId: number, status: "active" | "disabled", actor: Actor, now = new Date()): UserWriteResult {
  if (actor.userId === userId && status === "disabled") return { ok: false, errors: { form: "admin.users.errors.cannotDisableSelf" } };
  if (!getUserForAdmin(userId)) return { ok: false, errors: { form: "admin.users.errors.notFound" } };
  db.transaction(() => {
    db.update(users).set({ status, updatedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    // Disabling ends every open session at once.
    if (status === "disabled") revokeAllSessionsOf(userId, now);
    recordAudit({ ...actorFields(actor), action: status === "disabled" ? "user.disabled" : "user.enabled", entity: "user", entityId: userId });
  });
  return { ok: true };
}

export function issueSetPasswordLink(userId: number, actor: Actor, locale: Locale, now = new Date()): UserWriteResult<{ token: string }> {
  const user = getUserForAdmin(userId);
  if (!user) return { ok: false, errors: { form: "admin.users.errors.notFound" } };
  const token = db.transaction(() => {
    const token = newSetPasswordToken(userId, now);
    recordAudit({ ...actorFields(actor), action: "user.password_link_issued", entity: "user", entityId: userId });
    return token;
  });
  announceLink(user.email, token, locale);
  return { ok: true, token };
}

const userByToken = db
  .select({ id: users.id, email: users.email, expiresAt: users.passwordSetExpiresAt, status: users.status })
  .from(users)
  .where(eq(users.passwordSetTokenHash, sql.placeholder("hash")))
  .prepare();

export function checkSetPasswordToken(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const user = userByToken.get({ hash: hashToken(token) });
  if (!user || user.status !== "active" || !user.expiresAt || Date.parse(user.expiresAt) <= now.getTime()) return null;
  return user;
}

/** Sets the password through a one-time link; the link stops working and every old session ends. */
export async function setPasswordWithToken(token: string, password: string, ipAddress: string, now = new Date()): Promise<boolean> {
  const user = checkSetPasswordToken(token, now);
  if (!user) return false;
  const passwordHash = await hashPassword(password);
  return db.transaction(() => {
    const updated = db
      .update(users)
      .set({ passwordHash, passwordSetTokenHash: null, passwordSetExpiresAt: null, updatedAt: now.toISOString() })
      .where(and(eq(users.id, user.id), eq(users.passwordSetTokenHash, hashToken(token))))
      .run();
    if (updated.changes !== 1) return false;
    revokeAllSessionsOf(user.id, now);
    recordAudit({ userId: user.id, action: "user.password_set", entity: "user", entityId: user.id, ipAddress });
    return true;
  });
}

function actorFields(actor: Actor) {
  return { userId: actor.userId, authorityId: actor.authorityId, ipAddress: actor.ipAddress };
}

