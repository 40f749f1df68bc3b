// Appends to the audit log (append-only: triggers refuse UPDATE and DELETE). Never store secrets in `detail`.
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { auditLog, users } from "../../db/schema";
import { db } from "./db";
import { startsWith } from "./sql";

export interface AuditEntry {
  userId?: number | null;
  authorityId?: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  ipAddress?: string | null;
  detail?: Record<string, unknown>;
}

const insertAudit = db
  .insert(auditLog)
  .values({
    userId: sql.placeholder("userId"),
    authorityId: sql.placeholder("authorityId"),
    action: sql.placeholder("action"),
    entity: sql.placeholder("entity"),
    entityId: sql.placeholder("entityId"),
    ipAddress: sql.placeholder("ipAddress"),
    detail: sql.placeholder("detail"),
  })
  .prepare();

export function recordAudit(entry: AuditEntry): void {
  insertAudit.run({
    userId: entry.userId ?? null,
    authorityId: entry.authorityId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    ipAddress: entry.ipAddress ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  });
}

export interface AuditFilter {
  action?: string;
  entity?: string;
  entityId?: string;
  userEmail?: string;
  /** Events at or after this instant (ISO 8601, UTC). */
  since?: string;
  /** Events before this instant (ISO 8601, UTC). */
  before?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first; filters use the indexes on (action, at), (entity, entity_id) and (user, at). */
export function listAuditEvents(filter: AuditFilter) {
  const conditions = [];
  if (filter.action) conditions.push(startsWith(auditLog.action, filter.action));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.userEmail) conditions.push(eq(users.email, filter.userEmail.trim().toLowerCase()));
  if (filter.since) conditions.push(gte(auditLog.at, filter.since));
  if (filter.before) conditions.push(lt(auditLog.at, filter.before));
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      ipAddress: auditLog.ipAddress,
      detail: auditLog.detail,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
