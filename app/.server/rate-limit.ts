// Sliding-window limits for public forms, per purpose ("bucket") and client address, in `rate_limit_hits`.
// Addresses are stored only as an HMAC under a key that lives in this process's memory: a copy of the database
// cannot be turned back into addresses (a plain hash of an IPv4 address can be reversed by trying them all).
// The price is that a restart forgets the counts, which for windows of an hour is acceptable.
import { and, count, eq, gt, lte, sql } from "drizzle-orm";
import { createHmac, randomBytes } from "node:crypto";
import { rateLimitHits } from "../../db/schema";
import { db } from "./db";

export interface RateLimitRule {
  bucket: string;
  /** Accepted requests per window. */
  limit: number;
  windowMs: number;
}

const addressKey = randomBytes(32);

/** The stored form of an address: keyed per bucket, so the same address does not link across purposes. */
export function rateLimitKey(bucket: string, address: string): string {
  return createHmac("sha256", addressKey).update(`${bucket}\n${address}`).digest("base64url");
}

const hitsSince = db
  .select({ n: count() })
  .from(rateLimitHits)
  .where(
    and(
      eq(rateLimitHits.bucket, sql.placeholder("bucket")),
      eq(rateLimitHits.key, sql.placeholder("key")),
      gt(rateLimitHits.createdAt, sql.placeholder("since")),
    ),
  )
  .prepare();

const insertHit = db
  .insert(rateLimitHits)
  .values({ bucket: sql.placeholder("bucket"), key: sql.placeholder("key"), createdAt: sql.placeholder("now") })
  .prepare();

const pruneBucket = db
  .delete(rateLimitHits)
  .where(and(eq(rateLimitHits.bucket, sql.placeholder("bucket")), lte(rateLimitHits.createdAt, sql.placeholder("since"))))
  .prepare();

/**
 * Counts one request from `address` against `rule` and says whether it may go ahead. A refused request is not
 * counted, so someone who waits gets through as soon as their oldest accepted request leaves the window.
 */
export function consumeRateLimit(rule: RateLimitRule, address: string, now = new Date()): { allowed: boolean } {
  const key = rateLimitKey(rule.bucket, address);
  const since = new Date(now.getTime() - rule.windowMs).toISOString();
  return db.transaction(() => {
    // Old hits are worthless: dropping them keeps the table as small as one window of traffic.
    pruneBucket.run({ bucket: rule.bucket, since });
    const used = hitsSince.get({ bucket: rule.bucket, key, since })?.n ?? 0;
    if (used >= rule.limit) return { allowed: false };
    insertHit.run({ bucket: rule.bucket, key, now: now.toISOString() });
    return { allowed: true };
  });
}
