// What followers of an enterprise learn, over the demo data: a violation recorded by either inspectorate tells
// the followers of its enterprise who may open the source case (not the inspector who recorded it, not followers
// of another enterprise, not a follower whose authority may not open the case); the daily digest lists the cases
// about followed enterprises with news since the previous digest, only those the reader may open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingMail } from "~/.server/mailer";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let enterprises: typeof import("~/.server/enterprises");
let violations: typeof import("~/.server/violations");
let exchanges: typeof import("~/.server/exchanges");
let notifications: typeof import("~/.server/notifications");
let mailer: typeof import("~/.server/mailer");
const SMTP_ENV = ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "PUBLIC_URL"] as const;
const savedEnv = Object.fromEntries(SMTP_ENV.map((name) => [name, process.env[name]]));

const KEY = "LT-304120014";
const SUCCESSOR_KEY = "LT-304120060";

const authorityOf = (slug: string) => (sqlite.prepare("select id from authorities where slug = ?").get(slug) as { id: number }).id;
const userOf = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
const viewerOf = (email: string, slug: string) => ({ userId: userOf(email), authorityId: authorityOf(slug), ipAddress: "10.9.0.2" });
const enterpriseId = (number: string) => (sqlite.prepare("select id from enterprises where registration_number = ?").get(number) as { id: number }).id;
const news = (userId: number, ref: string) =>
  (sqlite.prepare("select kind, case_kind as caseKind from notifications where user_id = ? and case_ref = ? order by id").all(userId, ref) as { kind: string; caseKind: string }[]);

let norway: ReturnType<typeof viewerOf>;
let lithuania: ReturnType<typeof viewerOf>;

function violationOn(ref: string, enterprise: number | null, actor: ReturnType<typeof viewerOf>) {
  return violations.recordViolation(
    { source: { kind: "exchange", ref }, enterpriseId: enterprise, category: "other", legalReference: "§ 14-5", description: "No contracts.", descriptionLanguage: "en", foundOn: "2026-11-20", sanction: "order", fineAmountCents: null, fineCurrency: null },
    actor,
  );
}

/** A request about LT 304120014 from `actor` (Norway by default); sent, both sides may open it, else only the author. */
function sentExchange(send = true, actor = norway) {
  const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
  const created = exchanges.createExchange(
    { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Contracts", enterprise: { id: enterpriseId("304120014") }, postedWorkersCount: null, questionCodes: ["Q003"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send },
    actor,
  );
  if (!created.ok) throw new Error("exchange refused");
  return created.ref;
}

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ sqlite } = await import("~/.server/db"));
  enterprises = await import("~/.server/enterprises");
  violations = await import("~/.server/violations");
  exchanges = await import("~/.server/exchanges");
  notifications = await import("~/.server/notifications"); // registers the event listeners, as the server does
  mailer = await import("~/.server/mailer");
  norway = viewerOf("kontakt@arbeidstilsynet.demo", "nlia");
  lithuania = viewerOf("kontaktas@vdi.demo", "vdi");
});

afterAll(async () => {
  mailer?.setMailTransport(null);
  for (const name of SMTP_ENV) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  await database?.cleanup();
});

describe("a violation notifies the followers of its enterprise", () => {
  it("tells a follower on the other side, not the inspector who recorded it", () => {
    const ref = sentExchange();
    expect(enterprises.setFollowing(KEY, true, norway)).toEqual({ ok: true });
    expect(enterprises.setFollowing(KEY, true, lithuania)).toEqual({ ok: true });
    const before = { no: news(norway.userId, ref).length, lt: news(lithuania.userId, ref).length };
    expect(violationOn(ref, null, lithuania).ok).toBe(true);
    expect(news(norway.userId, ref).slice(before.no)).toEqual([{ kind: "followed_enterprise_case", caseKind: "exchange" }]);
    expect(news(lithuania.userId, ref).slice(before.lt)).toEqual([]);
    // And the other way round: Norway records, the Lithuanian follower is told.
    expect(violationOn(ref, null, norway).ok).toBe(true);
    expect(news(lithuania.userId, ref).slice(before.lt)).toEqual([{ kind: "followed_enterprise_case", caseKind: "exchange" }]);
    expect(news(norway.userId, ref).slice(before.no)).toHaveLength(1);
  });

  it("tells the followers of the violation's own enterprise, not those of the case's enterprise", () => {
    const ref = sentExchange();
    expect(enterprises.setFollowing(KEY, true, norway)).toEqual({ ok: true });
    expect(enterprises.setFollowing(SUCCESSOR_KEY, false, norway)).toEqual({ ok: true });
    expect(enterprises.setFollowing(SUCCESSOR_KEY, true, lithuania)).toEqual({ ok: true });
    const before = { no: news(norway.userId, ref).length, lt: news(lithuania.userId, ref).length };
    // Recorded against the successor in a case about LT 304120014: only the successor's follower hears of it.
    const successorId = enterpriseId("304120060");
    expect(enterprises.followersOfEnterpriseWhoMayOpen(successorId, "exchange", ref)).toEqual([lithuania.userId]);
    expect(violationOn(ref, successorId, norway).ok).toBe(true);
    expect(news(lithuania.userId, ref).slice(before.lt)).toEqual([{ kind: "followed_enterprise_case", caseKind: "exchange" }]);
    expect(news(norway.userId, ref).slice(before.no)).toEqual([]);
    expect(news(userOf("kontakt@pip.demo"), ref)).toEqual([]);
  });

  it("does not tell a follower whose authority may not open the case (a partner's draft)", () => {
    const draft = sentExchange(false);
    expect(enterprises.setFollowing(KEY, true, lithuania)).toEqual({ ok: true });
    expect(enterprises.followersOfEnterpriseWhoMayOpen(enterpriseId("304120014"), "exchange", draft)).not.toContain(lithuania.userId);
    // A draft has no findings, so no violation can be recorded from it at all.
    expect(violationOn(draft, null, norway)).toEqual({ ok: false, error: "not_found" });
    expect(news(lithuania.userId, draft)).toEqual([]);
  });
});

describe("the daily digest tells followers what is new about their enterprises", () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("lists the cases with news since the previous digest, in the reader's language, only those the reader may open", async () => {
    Object.assign(process.env, { SMTP_HOST: "smtp.invalid", SMTP_PORT: "587", SMTP_FROM: "no-reply@portal.test", PUBLIC_URL: "https://portal.test" });
    const sent: OutgoingMail[] = [];
    mailer.setMailTransport({ send: async (message: OutgoingMail) => void sent.push(message) });
    const nbDigestOf = (to: string) => sent.filter((m) => m.to === to).at(-1)?.text ?? "";
    sqlite.prepare("update users set preferred_locale = 'nb' where id = ?").run(norway.userId);
    expect(enterprises.setFollowing(KEY, true, norway)).toEqual({ ok: true });

    const first = sentExchange();
    expect(violationOn(first, null, lithuania).ok).toBe(true);
    // A notification about a case Norway's authority may not open (here Lithuania's unsent draft) is left out.
    const hidden = sentExchange(false, lithuania);
    sqlite.prepare("insert into notifications (user_id, kind, case_kind, case_ref, created_at) values (?, 'followed_enterprise_case', 'exchange', ?, ?)").run(norway.userId, hidden, new Date().toISOString());

    await sleep(5);
    const firstRun = new Date();
    const summary = await notifications.runDailyDigest({ now: firstRun });
    expect(summary.followedCases).toBeGreaterThanOrEqual(1);
    const digest = nbDigestOf("kontakt@arbeidstilsynet.demo");
    expect(digest).toContain("Nytt i saker om virksomheter du følger (");
    expect(digest).toContain(`${first} – sist nytt `);
    expect(digest).toContain(`https://portal.test/nb/cases/exchanges/${first}`);
    expect(digest).not.toContain(hidden);
    expect(notifications.followedEnterpriseNews(norway.userId, norway.authorityId, "2000-01-01", firstRun.toISOString()).map((n) => n.ref)).not.toContain(hidden);
    // No enterprise is named in the e-mail, only case references.
    expect(digest).not.toContain("Demo statyba");

    // The next day only what came in after the first digest is listed.
    await sleep(5);
    const second = sentExchange();
    expect(violationOn(second, null, lithuania).ok).toBe(true);
    sent.length = 0;
    await notifications.runDailyDigest({ now: new Date(Date.now() + 24 * 60 * 60 * 1000) });
    const next = nbDigestOf("kontakt@arbeidstilsynet.demo");
    expect(next).toContain("Nytt i saker om virksomheter du følger (1)");
    expect(next).toContain(`${second} – sist nytt `);
    expect(next).not.toContain(`${first} – sist nytt`);
  });

  it("a follower with nothing new gets no followed-enterprises section", () => {
    const { text } = notifications.digestEmail("lt", "2026-12-01", "2026-12-03", [], "https://portal.test", []);
    expect(text).not.toContain("Naujienos bylose apie įmones");
    const withNews = notifications.digestEmail("lt", "2026-12-01", "2026-12-03", [], "https://portal.test", [{ ref: "EX-NO-LT-2026-0009", kind: "exchange", lastOn: "2026-11-30" }]);
    expect(withNews.text).toContain("Naujienos bylose apie įmones, kurias stebite (1)\n- EX-NO-LT-2026-0009 – paskutinė naujiena 2026-11-30\n  https://portal.test/lt/cases/exchanges/EX-NO-LT-2026-0009");
  });
});
