// Signing in: constant work whether or not the account exists, the same answer for a wrong e-mail and a wrong
// password, and a limit of 10 failures per account or per address in 15 minutes.
import { and, count, eq, gt, sql } from "drizzle-orm";
import { signInAttempts, users } from "../../db/schema";
import { landingArea } from "~/domain/permissions";
import { recordAudit } from "./audit";
import { db } from "./db";
import { decoyPasswordHash, verifyPassword } from "./password";
import { createSession, rolesOf } from "./session";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;

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
  const limited =
    (failuresByEmail.get({ email, since })?.n ?? 0) >= SIGN_IN_MAX_FAILURES ||
    (failuresByAddress.get({ ip: input.ipAddress, since })?.n ?? 0) >= SIGN_IN_MAX_FAILURES;
  if (limited) {
    recordAudit({ action: "sign_in.rate_limited", entity: "user", entityId: email, ipAddress: input.ipAddress });
    return { ok: false, reason: "rate_limited" };
  }

  const user = userByEmail.get({ email });
  // Verify against a decoy when there is no usable account, so timing does not reveal which e-mails exist.
  const hash = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordMatches = await verifyPassword(input.password, hash);
  const succeeded = Boolean(user && user.passwordHash && user.status === "active" && passwordMatches);

  db.insert(signInAttempts).values({ email, ipAddress: input.ipAddress, succeeded, createdAt: now.toISOString() }).run();
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
