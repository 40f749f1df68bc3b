// Sign-in, sessions and user administration against a seeded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let signIn: typeof import("~/.server/sign-in").signIn;
let session: typeof import("~/.server/session");
let usersService: typeof import("~/.server/users");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ signIn } = await import("~/.server/sign-in"));
  session = await import("~/.server/session");
  usersService = await import("~/.server/users");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

const requestWith = (setCookie: string) =>
  new Request("http://portal.test/en/cases", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });
const at = (iso: string) => new Date(iso);
const auditActions = (entityId: string) =>
  (sqlite.prepare("select action from audit_log where entity_id = ? order by id").all(entityId) as { action: string }[]).map((r) => r.action);

// Each attempt checks a deliberately slow password hash, on a machine that may be busy.
describe("sign-in", { timeout: 60_000 }, () => {
  it("signs in a demo account, audits it, and sets a safe session cookie", async () => {
    const result = await signIn({ email: " Kontakt@Arbeidstilsynet.demo ", password: "demo-password", ipAddress: "10.0.0.1", userAgent: "test" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.landing).toBe("cases");
    expect(result.setCookie).toMatch(/^portal_session=[A-Za-z0-9_-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=604800/);
    const user = session.getSessionUser(requestWith(result.setCookie));
    expect(user?.email).toBe("kontakt@arbeidstilsynet.demo");
    expect(user?.roles.map((r) => r.role)).toEqual(["contact_point"]);
    expect(auditActions(String(result.userId))).toContain("sign_in.succeeded");
  });

  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const wrongPassword = await signIn({ email: "redaktor@arbeidstilsynet.demo", password: "nope", ipAddress: "10.0.0.2", userAgent: null });
    const unknownEmail = await signIn({ email: "nobody@example.no", password: "nope", ipAddress: "10.0.0.2", userAgent: null });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual({ ok: false, reason: "invalid" });
    expect(auditActions("nobody@example.no")).toEqual(["sign_in.failed"]);
  });

  it("after 10 failures from 10 addresses refuses those addresses but lets the owner in from another", async () => {
    const email = "koordinator@arbeidstilsynet.demo";
    const start = Date.parse("2030-01-01T10:00:00Z");
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await signIn({ email, password: "wrong", ipAddress: `10.1.0.${attempt}`, userAgent: null, now: new Date(start + attempt * 1000) });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const fromAFailedAddress = await signIn({ email, password: "demo-password", ipAddress: "10.1.0.3", userAgent: null, now: new Date(start + 11_000) });
    expect(fromAFailedAddress).toEqual({ ok: false, reason: "rate_limited" });
    const eleventhGuess = await signIn({ email, password: "wrong", ipAddress: "10.1.1.1", userAgent: null, now: new Date(start + 12_000) });
    expect(eleventhGuess).toEqual({ ok: false, reason: "invalid" });
    const owner = await signIn({ email, password: "demo-password", ipAddress: "10.1.1.2", userAgent: null, now: new Date(start + 13_000) });
    expect(owner.ok).toBe(true);
    const afterWindow = await signIn({ email, password: "demo-password", ipAddress: "10.1.0.3", userAgent: null, now: new Date(start + 16 * 60_000) });
    expect(afterWindow.ok).toBe(true);
  });

  it("refuses the 11th attempt on one account from one address, even with the right password", async () => {
    const email = "redaktor@arbeidstilsynet.demo";
    const start = Date.parse("2030-02-01T10:00:00Z");
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(await signIn({ email, password: "wrong", ipAddress: "10.1.2.1", userAgent: null, now: new Date(start + attempt * 1000) })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn({ email, password: "demo-password", ipAddress: "10.1.2.1", userAgent: null, now: new Date(start + 11_000) })).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("answers an account under attack slower with every failure, up to a ceiling", async () => {
    const { signInDelayMs, SIGN_IN_MAX_FAILURES, SIGN_IN_DELAY_MAX_MS } = await import("~/.server/sign-in");
    expect(signInDelayMs(SIGN_IN_MAX_FAILURES - 1)).toBe(0);
    expect(signInDelayMs(SIGN_IN_MAX_FAILURES)).toBeGreaterThan(0);
    expect(signInDelayMs(SIGN_IN_MAX_FAILURES + 1)).toBeGreaterThan(signInDelayMs(SIGN_IN_MAX_FAILURES));
    expect(signInDelayMs(10_000)).toBe(SIGN_IN_DELAY_MAX_MS);
  });

  it("limits one address trying many accounts", async () => {
    const start = Date.parse("2031-01-01T10:00:00Z");
    for (let attempt = 1; attempt <= 10; attempt++) {
      await signIn({ email: `guess${attempt}@example.no`, password: "x", ipAddress: "10.9.9.9", userAgent: null, now: new Date(start + attempt) });
    }
    const next = await signIn({ email: "admin@portal.demo", password: "demo-password", ipAddress: "10.9.9.9", userAgent: null, now: new Date(start + 100) });
    expect(next).toEqual({ ok: false, reason: "rate_limited" });
  });
});

describe("sessions", () => {
  async function freshSession(now: Date) {
    const result = await signIn({ email: "admin@portal.demo", password: "demo-password", ipAddress: "10.2.0.1", userAgent: null, now });
    if (!result.ok) throw new Error("sign-in failed");
    return result.setCookie;
  }

  it("gives a new session id at every sign-in", async () => {
    const first = await freshSession(new Date());
    const second = await freshSession(new Date());
    expect(first.split(";")[0]).not.toBe(second.split(";")[0]);
  });

  it("ends after 8 hours without use", async () => {
    const cookie = await freshSession(at("2032-03-01T08:00:00Z"));
    expect(session.getSessionUser(requestWith(cookie), at("2032-03-01T15:59:00Z"))).not.toBeNull();
    // The visit above renewed it: 8 hours from then it is gone.
    expect(session.getSessionUser(requestWith(cookie), at("2032-03-01T23:59:30Z"))).toBeNull();
  });

  it("ends 7 days after sign-in however active", async () => {
    const cookie = await freshSession(at("2032-04-01T08:00:00Z"));
    for (let hour = 6; hour < 24 * 7; hour += 6) {
      expect(session.getSessionUser(requestWith(cookie), new Date(Date.parse("2032-04-01T08:00:00Z") + hour * 3_600_000))).not.toBeNull();
    }
    expect(session.getSessionUser(requestWith(cookie), at("2032-04-08T08:00:01Z"))).toBeNull();
  });

  it("stops working once revoked (sign-out)", async () => {
    const cookie = await freshSession(new Date());
    const user = session.getSessionUser(requestWith(cookie));
    expect(user).not.toBeNull();
    session.revokeSession(user!.sessionIdHash);
    expect(session.getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("ignores malformed and unknown cookies", () => {
    expect(session.getSessionUser(new Request("http://x/en", { headers: { Cookie: "portal_session=abc" } }))).toBeNull();
    expect(session.getSessionUser(new Request("http://x/en", { headers: { Cookie: `portal_session=${"A".repeat(43)}` } }))).toBeNull();
    expect(session.getSessionUser(new Request("http://x/en", { headers: { Cookie: "portal_session='; drop table users; --" } }))).toBeNull();
  });
});

describe("user administration", () => {
  const actor = { userId: null, authorityId: null, ipAddress: "10.3.0.1" };

  it("creates a user with a one-time link that sets the password once", async () => {
    const nlia = sqlite.prepare("select id from authorities where slug = 'nlia'").get() as { id: number };
    const created = usersService.createUser(
      { email: "New.Person@Arbeidstilsynet.demo", displayName: "New Person", authorityId: nlia.id, roles: ["contact_point"], agreementIds: [] },
      actor,
      "nb",
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await usersService.setPasswordWithToken(created.token, "a long enough password", "10.3.0.2")).toBe(true);
    expect(await usersService.setPasswordWithToken(created.token, "another long password", "10.3.0.2")).toBe(false);
    const result = await signIn({ email: "new.person@arbeidstilsynet.demo", password: "a long enough password", ipAddress: "10.3.0.3", userAgent: null });
    expect(result.ok).toBe(true);
    expect(auditActions(String(created.userId))).toEqual(expect.arrayContaining(["user.created", "user.password_set", "sign_in.succeeded"]));
  });

  it("refuses incomplete role sets and duplicate e-mails", () => {
    const result = usersService.createUser({ email: "admin@portal.demo", displayName: "X", authorityId: null, roles: ["contact_point", "coordinator"], agreementIds: [] }, actor, "en");
    expect(result).toEqual({
      ok: false,
      errors: { authorityId: "admin.users.errors.authorityRequired", agreementIds: "admin.users.errors.agreementRequired", email: "admin.users.errors.emailTaken" },
    });
  });

  it("disabling a user ends their sessions at once", async () => {
    const signedIn = await signIn({ email: "kontaktas@vdi.demo", password: "demo-password", ipAddress: "10.4.0.1", userAgent: null });
    if (!signedIn.ok) throw new Error("sign-in failed");
    expect(session.getSessionUser(requestWith(signedIn.setCookie))).not.toBeNull();
    expect(usersService.setUserStatus(signedIn.userId, "disabled", actor)).toEqual({ ok: true });
    expect(session.getSessionUser(requestWith(signedIn.setCookie))).toBeNull();
    expect(await signIn({ email: "kontaktas@vdi.demo", password: "demo-password", ipAddress: "10.4.0.2", userAgent: null })).toEqual({ ok: false, reason: "invalid" });
    usersService.setUserStatus(signedIn.userId, "active", actor);
  });
});
