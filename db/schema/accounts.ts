// Users, roles, sessions, sign-in attempts, notifications and the append-only audit log.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROLES, USER_STATUSES } from "../../app/domain/vocabulary";
import { createdAt, id, isoInstant, updatedAt } from "./columns";
import { agreements, authorities } from "./organisations";

export const users = sqliteTable(
  "users",
  {
    id: id(),
    /** Stored lower-case and trimmed; compared the same way. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    authorityId: integer("authority_id").references(() => authorities.id),
    /** Null until the user has set a password through their one-time link. */
    passwordHash: text("password_hash"),
    status: text("status", { enum: USER_STATUSES }).notNull().default("active"),
    preferredLocale: text("preferred_locale"),
    /** SHA-256 of a one-time set-password token, and when it stops working. */
    passwordSetTokenHash: text("password_set_token_hash"),
    passwordSetExpiresAt: isoInstant("password_set_expires_at"),
    lastSignInAt: isoInstant("last_sign_in_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    index("users_authority_idx").on(t.authorityId),
    uniqueIndex("users_password_set_token_unique").on(t.passwordSetTokenHash),
  ],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    /** For coordinators: the agreement they coordinate. Null for roles that are not agreement-scoped. */
    agreementId: integer("agreement_id").references(() => agreements.id),
    createdAt: createdAt(),
  },
  (t) => [
    // Uniqueness of (user, role, agreement) with a null agreement is an expression index in migration 0001.
    index("user_roles_user_idx").on(t.userId, t.role),
    index("user_roles_agreement_idx").on(t.agreementId),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the random session id in the cookie: a copy of the table does not yield live cookies. */
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: isoInstant("last_seen_at").notNull(),
    /** Absolute end of the session (7 days after sign-in). */
    expiresAt: isoInstant("expires_at").notNull(),
    revokedAt: isoInstant("revoked_at"),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const signInAttempts = sqliteTable(
  "sign_in_attempts",
  {
    id: id(),
    email: text("email").notNull(),
    ipAddress: text("ip_address").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.createdAt),
    index("sign_in_attempts_ip_idx").on(t.ipAddress, t.createdAt),
  ],
);

/** Generic fixed-window counters for public forms (report a concern) keyed by purpose and address. */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: id(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rate_limit_hits_bucket_key_idx").on(t.bucket, t.key, t.createdAt)],
);

export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** What happened, as a translatable code (`exchange_received`, `inspection_due_soon`, …). */
    kind: text("kind").notNull(),
    caseKind: text("case_kind"),
    /** Human case reference; notifications carry no personal data. */
    caseRef: text("case_ref"),
    createdAt: createdAt(),
    readAt: isoInstant("read_at"),
    emailedAt: isoInstant("emailed_at"),
  },
  (t) => [index("notifications_user_unread_idx").on(t.userId, t.readAt, t.createdAt)],
);

/**
 * Append-only record of writes, sign-ins and views of personal data.
 * A migration adds triggers that make UPDATE and DELETE fail inside SQLite itself.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: createdAt(),
    userId: integer("user_id").references(() => users.id),
    authorityId: integer("authority_id").references(() => authorities.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    ipAddress: text("ip_address"),
    /** JSON with what changed; never passwords or tokens. */
    detail: text("detail"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_user_idx").on(t.userId, t.at),
    index("audit_log_authority_idx").on(t.authorityId, t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_action_idx").on(t.action, t.at),
  ],
);
