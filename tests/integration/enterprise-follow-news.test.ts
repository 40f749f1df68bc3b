// What followers of an enterprise learn, over the demo data: a violation recorded by either inspectorate tells
// the followers of its enterprise who may open the source case (not the inspector who recorded it, not followers
// of another enterprise, not a follower whose authority may not open the case).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let enterprises: typeof import("~/.server/enterprises");
let violations: typeof import("~/.server/violations");
let exchanges: typeof import("~/.server/exchanges");

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

/** A sent NO→LT request about LT 304120014, so both sides may open it. */
function sentExchange(send = true) {
  const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
  const created = exchanges.createExchange(
    { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Contracts", enterprise: { id: enterpriseId("304120014") }, postedWorkersCount: null, questionCodes: ["Q003"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send },
    norway,
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
  await import("~/.server/notifications"); // registers the event listeners, as the server does
  norway = viewerOf("kontakt@arbeidstilsynet.demo", "nlia");
  lithuania = viewerOf("kontaktas@vdi.demo", "vdi");
});

afterAll(() => database?.cleanup());

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
