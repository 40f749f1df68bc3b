// The signals list's stored rows (migration 0016): derived from the cases by app/.server/enterprise-signal-rows.ts,
// marked stale by triggers on every table they are derived from. docs/decisions/0082-stored-enterprise-signals.md.
import { desc, sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { enterprises } from "./cases";
import { isoDate } from "./columns";
import { authorities } from "./organisations";

/** One enterprise's signals as one audience sees them: an authority, and whether the viewer may read its tips. */
export const enterpriseSignalRows = sqliteTable(
  "enterprise_signal_rows",
  {
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id, { onDelete: "cascade" }),
    withTips: integer("with_tips", { mode: "boolean" }).notNull(),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    country: text("country").notNull(),
    registrationNumber: text("registration_number").notNull(),
    signalCount: integer("signal_count").notNull(),
    latestViolation: isoDate("latest_violation"),
    /** JSON: app/domain/enterprise-signals `Signal[]`. */
    signals: text("signals").notNull(),
    /** The day time alone changes the signals (`signalsChangeOn`): the row is recomputed from then on. */
    recomputeOn: isoDate("recompute_on"),
  },
  (t) => [
    primaryKey({ columns: [t.authorityId, t.withTips, t.enterpriseId] }),
    index("enterprise_signal_rows_enterprise_idx").on(t.enterpriseId),
    index("enterprise_signal_rows_count_idx").on(t.authorityId, t.withTips, desc(t.signalCount), t.name, t.enterpriseId).where(sql`signal_count > 0`),
    index("enterprise_signal_rows_name_idx").on(t.authorityId, t.withTips, t.name, t.enterpriseId).where(sql`signal_count > 0`),
    index("enterprise_signal_rows_latest_idx").on(t.authorityId, t.withTips, desc(t.latestViolation), t.name, t.enterpriseId).where(sql`signal_count > 0`),
    index("enterprise_signal_rows_recompute_idx").on(t.authorityId, t.withTips, t.recomputeOn),
  ],
);

/** Audiences whose rows exist and are kept up to date; complete once computed for every enterprise they know. */
export const enterpriseSignalAuthorities = sqliteTable(
  "enterprise_signal_authorities",
  {
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id, { onDelete: "cascade" }),
    withTips: integer("with_tips", { mode: "boolean" }).notNull(),
    complete: integer("complete", { mode: "boolean" }).notNull().default(false),
    computedAt: text("computed_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.withTips] })],
);

/** Enterprises a write may have changed the rows of (filled by triggers, emptied by the next read). */
export const enterpriseSignalStale = sqliteTable("enterprise_signal_stale", {
  enterpriseId: integer("enterprise_id").primaryKey(),
});
