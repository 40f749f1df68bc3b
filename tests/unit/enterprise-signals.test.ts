import { describe, expect, it } from "vitest";
import { enterpriseSignals, signalsChangeOn, type EnterpriseFacts } from "~/domain/enterprise-signals";
import { mayKnowEnterprise, mayOpenCase, parseEnterpriseKey } from "~/domain/enterprise-access";
import { contactMatchValue, personKey } from "~/domain/enterprise-links";

const NONE: EnterpriseFacts = { violations: [], requests: [], firstPostingOn: null, answers: [], related: [] };
const ex = (ref: string) => ({ kind: "exchange" as const, ref });
const ji = (ref: string) => ({ kind: "inspection" as const, ref });
const kinds = (facts: Partial<EnterpriseFacts>, today = "2026-12-01") => enterpriseSignals({ ...NONE, ...facts }, today).map((s) => s.kind);

describe("enterprise signals", () => {
  it("say when time alone changes them: the day after the earliest waiting request is due", () => {
    const requests = [
      { ref: "EX-1", status: "sent", dueOn: "2026-12-10" },
      { ref: "EX-2", status: "accepted", dueOn: "2026-12-05" },
      { ref: "EX-3", status: "answered", dueOn: "2026-12-02" },
      { ref: "EX-4", status: "sent", dueOn: "2026-11-30" },
    ];
    expect(signalsChangeOn({ ...NONE, requests }, "2026-12-01")).toBe("2026-12-06");
    // Due today is not overdue yet; tomorrow it is, and the stored signals must be recomputed then.
    expect(signalsChangeOn({ ...NONE, requests: [{ ref: "EX-5", status: "clarification_requested", dueOn: "2026-12-31" }] }, "2026-12-31")).toBe("2027-01-01");
    expect(kinds({ requests: [{ ref: "EX-5", status: "sent", dueOn: "2026-12-31" }] }, "2026-12-31")).toEqual([]);
    expect(kinds({ requests: [{ ref: "EX-5", status: "sent", dueOn: "2026-12-31" }] }, "2027-01-01")).toEqual(["requests_overdue"]);
    // Already overdue, answered or without a due date: nothing left to change by time.
    expect(signalsChangeOn({ ...NONE, requests: [requests[2]!, requests[3]!, { ref: "EX-6", status: "sent", dueOn: null }] }, "2026-12-01")).toBeNull();
    expect(signalsChangeOn(NONE, "2026-12-01")).toBeNull();
  });

  it("say when time alone changes them: the day a tip is received and the day it stops being recent", () => {
    const tips = [
      { ref: "TIP-OLD", receivedOn: "2025-12-10" },
      { ref: "TIP-NEW", receivedOn: "2026-11-20" },
    ];
    expect(signalsChangeOn({ ...NONE, tips }, "2026-12-01")).toBe("2026-12-10");
    expect(signalsChangeOn({ ...NONE, tips: [{ ref: "TIP-LATER", receivedOn: "2026-12-03" }] }, "2026-12-01")).toBe("2026-12-03");
    // The earliest change wins, whether a request or a tip.
    expect(signalsChangeOn({ ...NONE, tips, requests: [{ ref: "EX-1", status: "sent", dueOn: "2026-12-04" }] }, "2026-12-01")).toBe("2026-12-05");
    // Walk every day of two years: the signals change on the days named and on no other.
    const facts = { ...NONE, tips: [{ ref: "TIP-LEAP", receivedOn: "2024-02-29" }, { ref: "TIP-B", receivedOn: "2024-07-31" }] };
    let day = "2024-01-01";
    let changeOn = signalsChangeOn(facts, day);
    let before = JSON.stringify(enterpriseSignals(facts, day));
    while (day < "2026-01-01") {
      const next = new Date(`${day}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      day = next.toISOString().slice(0, 10);
      const now = JSON.stringify(enterpriseSignals(facts, day));
      const due = changeOn !== null && changeOn <= day;
      if (!due) expect(now, day).toBe(before);
      if (due) changeOn = signalsChangeOn(facts, day);
      before = now;
    }
    expect(changeOn).toBeNull();
  });

  it("fires nothing for an enterprise without facts", () => {
    expect(kinds({})).toEqual([]);
  });

  it("repeat violations: two within 3 years fire, with the cases as evidence; further apart they do not", () => {
    const near = enterpriseSignals({ ...NONE, violations: [{ foundOn: "2024-01-10", country: "NO", case: ji("JI-1") }, { foundOn: "2026-12-01", country: "NO", case: ex("EX-2") }] }, "2026-12-01");
    expect(near[0]).toMatchObject({ kind: "repeat_violations", values: { count: 2, years: 3 }, evidence: [ji("JI-1"), ex("EX-2")] });
    expect(kinds({ violations: [{ foundOn: "2020-01-10", country: "NO", case: null }, { foundOn: "2023-01-11", country: "NO", case: null }] })).toEqual([]);
    // Exactly three years apart still counts.
    expect(kinds({ violations: [{ foundOn: "2020-01-10", country: "NO", case: null }, { foundOn: "2023-01-10", country: "NO", case: null }] })).toEqual(["repeat_violations"]);
  });

  it("violations in both countries: one recorded by each inspectorate", () => {
    const signals = enterpriseSignals({ ...NONE, violations: [{ foundOn: "2015-01-01", country: "LT", case: ex("EX-A") }, { foundOn: "2025-01-01", country: "NO", case: ji("JI-B") }] }, "2026-12-01");
    expect(signals.map((s) => s.kind)).toEqual(["violations_both_countries"]);
    expect(signals[0]).toMatchObject({ values: { countries: "LT, NO" }, evidence: [ex("EX-A"), ji("JI-B")] });
  });

  it("requests overdue: only those still waiting for an answer after their due date", () => {
    const signals = enterpriseSignals(
      {
        ...NONE,
        requests: [
          { ref: "EX-LATE", status: "sent", dueOn: "2026-11-30" },
          { ref: "EX-DUE-TODAY", status: "accepted", dueOn: "2026-12-01" },
          { ref: "EX-ANSWERED", status: "answered", dueOn: "2026-01-01" },
          { ref: "EX-DRAFT", status: "draft", dueOn: null },
        ],
      },
      "2026-12-01",
    );
    expect(signals).toEqual([{ kind: "requests_overdue", values: { count: 1 }, evidence: [ex("EX-LATE")] }]);
  });

  it("young enterprise: registered less than 12 months before its first posting, from the answer to Q002", () => {
    const answer = (value: string) => ({ questionCode: "Q002", value, answeredOn: "2026-05-01", case: ex("EX-Q") });
    expect(kinds({ answers: [answer("2025-06-01")], firstPostingOn: "2026-05-31" })).toEqual(["young_enterprise"]);
    expect(kinds({ answers: [answer("2025-06-01")], firstPostingOn: "2026-06-01" })).toEqual([]);
    expect(kinds({ answers: [answer("2025-06-01")], firstPostingOn: null })).toEqual([]);
    expect(kinds({ answers: [answer("not a date")], firstPostingOn: "2025-07-01" })).toEqual([]);
  });

  it("related enterprises with violations name the related enterprises", () => {
    const signals = enterpriseSignals({ ...NONE, related: [{ key: "LT-1", name: "A", violationCount: 2 }, { key: "LT-2", name: "B", violationCount: 0 }] }, "2026-12-01");
    expect(signals).toEqual([{ kind: "related_with_violations", values: { count: 1, violations: 2 }, evidence: [], related: [{ key: "LT-1", name: "A" }] }]);
  });

  it("letterbox answers: no substantial activity, no staff or turnover, no taxes paid at home", () => {
    const a = (questionCode: string, value: string, ref: string) => ({ questionCode, value, answeredOn: "2026-01-01", case: ex(ref) });
    const signals = enterpriseSignals({ ...NONE, answers: [a("Q003", "no", "EX-1"), a("Q005", "0", "EX-2"), a("Q001", "yes", "EX-3"), a("Q004", "125000", "EX-3")] }, "2026-12-01");
    expect(signals).toEqual([{ kind: "letterbox_answers", values: { count: 2, questions: "Q003, Q005" }, evidence: [ex("EX-1"), ex("EX-2")] }]);
    expect(kinds({ answers: [a("Q003", "yes", "EX-1"), a("Q007", "yes", "EX-1")] })).toEqual([]);
  });
});

describe("enterprise need-to-know rule", () => {
  it("the creator opens its case; the other party only once it is sent; a third authority never", () => {
    expect(mayOpenCase({ requestingAuthorityId: 1, requestedAuthorityId: 2, status: "draft" }, 1)).toBe(true);
    expect(mayOpenCase({ requestingAuthorityId: 1, requestedAuthorityId: 2, status: "draft" }, 2)).toBe(false);
    expect(mayOpenCase({ requestingAuthorityId: 1, requestedAuthorityId: 2, status: "sent" }, 2)).toBe(true);
    expect(mayOpenCase({ requestingAuthorityId: 1, requestedAuthorityId: 2, status: "sent" }, 3)).toBe(false);
  });

  it("an enterprise is known through an openable case or an own record, and not otherwise", () => {
    expect(mayKnowEnterprise({ openableCases: 0, ownRecords: 0 })).toBe(false);
    expect(mayKnowEnterprise({ openableCases: 1, ownRecords: 0 })).toBe(true);
    expect(mayKnowEnterprise({ openableCases: 0, ownRecords: 1 })).toBe(true);
  });

  it("reads enterprise keys of partner countries only", () => {
    expect(parseEnterpriseKey("LT-304120014")).toEqual({ country: "LT", registrationNumber: "304120014" });
    expect(parseEnterpriseKey("XX-304120014")).toBeNull();
    expect(parseEnterpriseKey("LT-30412'0014")).toBeNull();
    expect(parseEnterpriseKey("lt-304120014")).toBeNull();
  });
});

describe("enterprise link keys", () => {
  it("a person links by name and personal code or birth date, never by name alone", () => {
    expect(personKey({ name: "Jonas  Petraitis", birthDate: "1975-03-02" })).toBe(personKey({ name: "jonas petraitis", birthDate: "1975-03-02" }));
    expect(personKey({ name: "Jonas Petraitis" })).toBeNull();
  });

  it("phones, e-mail domains and addresses are normalised before matching", () => {
    expect(contactMatchValue("phone", "0037060012345")).toBe(contactMatchValue("phone", "+370 600 12345"));
    expect(contactMatchValue("email_domain", "Info@Statyba-Demo.LT")).toBe("statyba-demo.lt");
    expect(contactMatchValue("email_domain", "not a domain")).toBeNull();
    expect(contactMatchValue("address", "Pavyzdžio g. 1, Kaunas")).toBe(contactMatchValue("address", "pavyzdžio g 1 kaunas"));
  });
});
