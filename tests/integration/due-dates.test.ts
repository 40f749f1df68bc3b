// One due-date rule for every exchange: created, sent, forwarded and asked for clarification, the stored due date
// uses the agreement's agreed limits and is the date the case page explains, with the limit's true source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let exchanges: typeof import("~/.server/exchanges");
let dueDates: typeof import("~/.server/due-dates");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  exchanges = await import("~/.server/exchanges");
  dueDates = await import("~/.server/due-dates");
  ({ sqlite } = await import("~/.server/db"));
  // The NO–LT agreement agrees 10 working days for standard requests and 1 for urgent ones.
  sqlite.prepare("update agreements set exchange_standard_days = 10, exchange_urgent_days = 1 where slug = 'no-lt'").run();
});
afterAll(() => database.cleanup());

const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
const actorOf = (email: string) => {
  const row = one<{ id: number; authority_id: number }>("select id, authority_id from users where email = ?", email);
  return { userId: row.id, authorityId: row.authority_id, ipAddress: "127.0.0.1" };
};
const NO = "kontakt@arbeidstilsynet.demo";
const LT = "kontaktas@vdi.demo";
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
type Row = { id: number; type: "information_request"; urgency: "standard"; agreement_id: number; requested_authority_id: number; sent_on: string; due_on: string; version: number };
const rowOf = (ref: string) => one<Row>("select * from exchanges where ref = ?", ref);
const explained = (ref: string) => {
  const r = rowOf(ref);
  return dueDates.explainReplyDueDate({ id: r.id, type: r.type, urgency: r.urgency, agreementId: r.agreement_id, requestedAuthorityId: r.requested_authority_id, sentOn: r.sent_on });
};

function send(type: "information_request" | "notification_request", sentOn: string, urgency: "standard" | "urgent" = "standard") {
  const agreementId = one<{ id: number }>("select id from agreements where slug = 'no-lt'").id;
  const result = exchanges.createExchange(
    {
      agreementId,
      type,
      urgency,
      urgencyReason: urgency === "urgent" ? "Register check before the site closes." : null,
      subject: "Posted welders in Drammen",
      enterprise: null,
      postedWorkersCount: null,
      questionCodes: [],
      freeQuestions: ["Is the company registered?"],
      supplementaryText: null,
      language: "en",
      instrument: null,
      send: true,
    },
    actorOf(NO),
    at(sentOn),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.ref;
}

describe("an exchange's due date", () => {
  it("uses the agreed 10 working days: sent 1 December 2026, stored and explained as 15 December", () => {
    const ref = send("information_request", "2026-12-01");
    expect(rowOf(ref).due_on).toBe("2026-12-15");
    expect(explained(ref)).toMatchObject({ due: "2026-12-15", workingDays: 10, source: "agreement" });
  });

  it("keeps the agreed limit when forwarded, counted from the forwarding", () => {
    const ref = send("information_request", "2026-12-01");
    const sodra = one<{ id: number }>("select id from authorities where slug = 'sodra'").id;
    const result = exchanges.transitionExchange(ref, "forward", { expectedVersion: rowOf(ref).version, input: { forwardTo: { authorityId: String(sodra), country: "" } }, language: "en" }, actorOf(LT), at("2026-12-03"));
    expect(result).toEqual({ ok: true, status: "sent" });
    expect(rowOf(ref).due_on).toBe("2026-12-17");
    expect(explained(ref)).toMatchObject({ due: "2026-12-17", workingDays: 10, source: "agreement" });
  });

  it("restarts the reply clock when the requester asks for clarification, and explains that date", () => {
    const ref = send("information_request", "2026-12-01");
    const lt = actorOf(LT);
    expect(exchanges.transitionExchange(ref, "accept", { expectedVersion: rowOf(ref).version, language: "en" }, lt, at("2026-12-02")).ok).toBe(true);
    const questionId = one<{ id: number }>("select id from exchange_questions where exchange_id = ?", rowOf(ref).id).id;
    expect(exchanges.transitionExchange(ref, "answer", { expectedVersion: rowOf(ref).version, answers: [{ questionId, value: null, text: "Yes." }], language: "en" }, lt, at("2026-12-04")).ok).toBe(true);
    expect(exchanges.transitionExchange(ref, "request_clarification", { expectedVersion: rowOf(ref).version, input: { message: "Since when?" }, language: "en" }, actorOf(NO), at("2027-01-04")).ok).toBe(true);
    expect(rowOf(ref).due_on).toBe("2027-01-18");
    expect(explained(ref)).toMatchObject({ due: "2027-01-18", workingDays: 10 });
  });

  it("labels a limit no law sets as the agreement's, and the portal's default when none is agreed", () => {
    const agreed = send("notification_request", "2026-12-01");
    expect(explained(agreed)).toMatchObject({ due: "2026-12-15", source: "agreement" });
    sqlite.prepare("update agreements set exchange_standard_days = null, exchange_urgent_days = null where slug = 'no-lt'").run();
    const byDefault = send("notification_request", "2026-12-01");
    expect(rowOf(byDefault).due_on).toBe("2027-01-08");
    expect(explained(byDefault)).toMatchObject({ due: "2027-01-08", workingDays: 25, source: "portal_default" });
    const information = send("information_request", "2026-12-01");
    expect(explained(information)).toMatchObject({ due: "2027-01-08", source: "directive" });
  });
});
