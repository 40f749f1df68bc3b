// Signing in: constant work whether or not the account exists, the same answer for a wrong e-mail and a wrong
// password, and a limit of 10 failures per address (and per address + account) in 15 minutes. Failures spread over
// many addresses never lock the owner out (docs/decisions/0010-sign-in-under-attack.md): past 10 failures the
// account answers slower and slower, and refuses only addresses that have already failed on it.
import { and, count, countDistinct, desc, eq, gt, max, sql } from "drizzle-orm";
import { signInAttempts, users } from "../../db/schema";
import { landingArea } from "~/domain/permissions";
import { recordAudit } from "./audit";
import { db } from "./db";
import { decoyPasswordHash, verifyPassword } from "./password";
import { createSession, rolesOf } from "./session";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;
/** Extra wait per failure beyond the limit on an account under attack, and its ceiling. */
export const SIGN_IN_DELAY_STEP_MS = 250;
export const SIGN_IN_DELAY_MAX_MS = 4000;

const userByEmail = db
  .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, authorityId: users.authorityId })
  .from(users)
  .where(eq(users.email, sql.placeholder("email")))
  .prepare();

const failuresByEmail = db
  .select({ n: count() })
  .from(signInAttempts)
  .where(and(eq(signInAttempts.email, sql.placeholder("email")), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, sql.placeholder("since"))))
  .prepare();

const failuresByAddress = db
  .select({ n: count() })
  .from(signInAttempts)
  .where(and(eq(signInAttempts.ipAddress, sql.placeholder("ip")), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, sql.placeholder("since"))))
  .prepare();

const failuresByEmailAndAddress = db
  .select({ n: count() })
  .from(signInAttempts)
  .where(
    and(
      eq(signInAttempts.email, sql.placeholder("email")),
      eq(signInAttempts.ipAddress, sql.placeholder("ip")),
      eq(signInAttempts.succeeded, false),
      gt(signInAttempts.createdAt, sql.placeholder("since")),
    ),
  )
  .prepare();

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignInResult =
  | { ok: true; setCookie: string; userId: number; landing: ReturnType<typeof landingArea> }
  | { ok: false; reason: "invalid" | "rate_limited" };

export async function signIn(input: {
  email: string;
  password: string;
  ipAddress: string;
  userAgent: string | null;
  now?: Date;
}): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
  const accountFailures = failuresByEmail.get({ email, since })?.n ?? 0;
  const failuresHere = failuresByEmailAndAddress.get({ email, ip: input.ipAddress, since })?.n ?? 0;
  const limited =
    (failuresByAddress.get({ ip: input.ipAddress, since })?.n ?? 0) >= SIGN_IN_MAX_FAILURES ||
    failuresHere >= SIGN_IN_MAX_FAILURES ||
    // An account under attack still opens from an address that has not failed on it (the owner's own).
    (accountFailures >= SIGN_IN_MAX_FAILURES && failuresHere > 0);
  if (limited) {
    recordAudit({ action: "sign_in.rate_limited", entity: "user", entityId: email, ipAddress: input.ipAddress });
    return { ok: false, reason: "rate_limited" };
  }
  const delay = signInDelayMs(accountFailures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  const user = userByEmail.get({ email });
  // Verify against a decoy when there is no usable account, so timing does not reveal which e-mails exist.
  const hash = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordMatches = await verifyPassword(input.password, hash);
  const succeeded = Boolean(user && user.passwordHash && user.status === "active" && passwordMatches);

  db.insert(signInAttempts).values({ email, ipAddress: input.ipAddress, succeeded, createdAt: now.toISOString() }).run();
  if (!succeeded && accountFailures + 1 === SIGN_IN_MAX_FAILURES) {
    // Logged once per crossing, for the administrator's list of accounts under attack.
    recordAudit({ userId: null, authorityId: user?.authorityId ?? null, action: "sign_in.account_under_attack", entity: "user", entityId: user?.id ?? email, ipAddress: input.ipAddress });
  }
  recordAudit({
    userId: user?.id ?? null,
    authorityId: user?.authorityId ?? null,
    action: succeeded ? "sign_in.succeeded" : "sign_in.failed",
    entity: "user",
    entityId: user?.id ?? email,
    ipAddress: input.ipAddress,
  });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };

  db.update(users).set({ lastSignInAt: now.toISOString() }).where(eq(users.id, user.id)).run();
  const setCookie = createSession(user.id, { ipAddress: input.ipAddress, userAgent: input.userAgent }, now);
  return { ok: true, setCookie, userId: user.id, landing: landingArea(rolesOf(user.id)) };
}

/** The wait before checking a password for an account with `failures` recent failures: none up to the limit, then growing. */
export function signInDelayMs(failures: number): number {
  if (failures < SIGN_IN_MAX_FAILURES) return 0;
  return Math.min((failures - SIGN_IN_MAX_FAILURES + 1) * SIGN_IN_DELAY_STEP_MS, SIGN_IN_DELAY_MAX_MS);
}

export interface AccountUnderAttack {
  email: string;
  failures: number;
  addresses: number;
  lastFailureAt: string;
}

/**
 * Accounts (existing or not) with at least the limit of failed sign-ins in the last `hours`, most failures first:
 * what the administrator sees to act on an attack. The e-mail typed is shown, as a wrong one may be a probe.
 */
export function accountsUnderAttack(now = new Date(), hours = 24): AccountUnderAttack[] {
  const since = new Date(now.getTime() - hours * 3600_000).toISOString();
  const failures = count();
  return db
    .select({ email: signInAttempts.email, failures, addresses: countDistinct(signInAttempts.ipAddress), lastFailureAt: max(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)))
    .groupBy(signInAttempts.email)
    .having(sql`count(*) >= ${SIGN_IN_MAX_FAILURES}`)
    .orderBy(desc(failures))
    .limit(100)
    .all()
    .map((r) => ({ ...r, lastFailureAt: r.lastFailureAt ?? "" }));
}
