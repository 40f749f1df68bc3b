// Column helpers shared by every table: ISO strings for dates and times, integer ids.
import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";

/** Primary key: SQLite rowid alias, so joins and ranges stay cheap. */
export const id = () => integer("id").primaryKey({ autoIncrement: true });

/** An instant, ISO 8601 in UTC with milliseconds (`2026-11-22T10:15:00.000Z`). */
export const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const updatedAt = () =>
  text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** A calendar date, ISO `YYYY-MM-DD`. */
export const isoDate = (name: string) => text(name);

/** An instant, ISO 8601 in UTC. */
export const isoInstant = (name: string) => text(name);

/** Optimistic-concurrency counter for rows that two people may edit at once. */
export const rowVersion = () => integer("version").notNull().default(1);

export const locales = ["nb", "lt", "en"] as const;
