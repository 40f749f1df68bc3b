import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/** LIKE with the user's text taken literally (`%`, `_` and `\` escaped). */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function startsWith(column: SQLiteColumn, value: string): SQL {
  return sql`${column} like ${`${escapeLike(value)}%`} escape '\\'`;
}

export function contains(column: SQLiteColumn, value: string): SQL {
  return sql`${column} like ${`%${escapeLike(value)}%`} escape '\\'`;
}
