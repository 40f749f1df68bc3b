// The inbox over the demo data: isolation between authorities, ordering by due date, one due-date rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectionDeadline } from "~/domain/inspection-workflow";
import { INSPECTION_STATUSES } from "~/domain/vocabulary";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let inbox: typeof import("~/.server/inbox");
let sqlite: typeof import("~/.server/db").sqlite;
const authorityId = (slug: string) => (sqlite.prepare("select id from authorities where slug = ?").get(slug) as { id: number }).id;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  inbox = await import("~/.server/inbox");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

describe("inbox", () => {
  it("shows an authority its incoming and outgoing open cases, sorted by due date", () => {
    const { items } = inbox.listInbox(authorityId("nlia"), "en", { view: "open", page: 1, today: "2026-11-22" });
    const refs = items.map((i) => i.ref);
    expect(refs).toEqual(expect.arrayContaining(["EX-NO-LT-2026-0001", "EX-NO-LT-2026-0002", "EX-NO-LT-2026-0003", "JI-NO-LT-2026-0001", "EX-NO-PL-2026-0001"]));
    const dues = items.map((i) => i.dueOn).filter((d): d is string => d !== null);
    expect(dues).toEqual([...dues].sort());
    expect(items.find((i) => i.ref === "EX-NO-LT-2026-0003")?.direction).toBe("incoming");
    expect(items.find((i) => i.ref === "EX-NO-LT-2026-0002")?.direction).toBe("outgoing");
  });

  it("never shows a case of another agreement", () => {
    const vdi = inbox.listInbox(authorityId("vdi"), "en", { view: "all", page: 1, today: "2026-11-22" }).items.map((i) => i.ref);
    const pip = inbox.listInbox(authorityId("pip"), "en", { view: "all", page: 1, today: "2026-11-22" }).items.map((i) => i.ref);
    expect(vdi.some((ref) => ref.includes("NO-PL"))).toBe(false);
    expect(pip).toEqual(["EX-NO-PL-2026-0001"]);
  });

  it("flags overdue and due-soon cases from the reader's today", () => {
    const first = inbox.listInbox(authorityId("nlia"), "en", { view: "open", page: 1, today: "2026-11-22" }).items.find((i) => i.ref === "EX-NO-LT-2026-0001")!;
    const later = inbox.listInbox(authorityId("nlia"), "en", { view: "open", page: 1, today: "2026-12-31" }).items.find((i) => i.ref === "EX-NO-LT-2026-0001")!;
    expect(first.due).not.toBe("overdue");
    expect(later.due).toBe("overdue");
  });

  it.each(INSPECTION_STATUSES.filter((s) => s !== "draft"))("sorts an inspection in status %s by the deadline the domain names", (status) => {
    sqlite
      .prepare("update inspections set status = ?, response_due_on = '2026-12-01', report_due_on = '2026-12-09' where ref = 'JI-NO-LT-2026-0001'")
      .run(status);
    const view = ["closed", "declined", "withdrawn"].includes(status) ? "closed" : "open";
    const item = inbox.listInbox(authorityId("nlia"), "en", { view, page: 1, today: "2026-11-22" }).items.find((i) => i.ref === "JI-NO-LT-2026-0001");
    const deadline = inspectionDeadline(status);
    expect(item?.dueOn ?? null).toBe(deadline === "response" ? "2026-12-01" : deadline === "report" ? "2026-12-09" : null);
  });
});

describe("inbox filters", () => {
  const nlia = () => authorityId("nlia");
  const list = (filter: Partial<Parameters<typeof inbox.listInbox>[2]>) =>
    inbox.listInbox(nlia(), "en", { view: "open", page: 1, today: "2026-11-22", ...filter }).items.map((i) => i.ref).sort();

  it("filters by direction, kind, status and partner", () => {
    expect(list({ direction: "incoming" })).toContain("EX-NO-LT-2026-0003");
    expect(list({ direction: "incoming" })).not.toContain("EX-NO-LT-2026-0002");
    expect(list({ direction: "outgoing" })).toContain("EX-NO-LT-2026-0002");
    expect(list({ direction: "outgoing" })).not.toContain("EX-NO-LT-2026-0003");
    expect(list({ kind: "inspection" }).every((ref) => ref.startsWith("JI-"))).toBe(true);
    expect(list({ kind: "information_request" }).every((ref) => ref.startsWith("EX-"))).toBe(true);
    expect(list({ status: "accepted" })).toEqual(["EX-NO-LT-2026-0001"]);
    expect(list({ partnerId: authorityId("pip") })).toEqual(["EX-NO-PL-2026-0001"]);
  });

  it("finds overdue cases and cases due this week from the reader's today", () => {
    expect(list({ due: "overdue", today: "2026-11-22" })).toEqual([]);
    // Sent 26 October 2026 to Lithuania: 25 working days (2 November is a holiday there) end on 1 December.
    expect(list({ due: "overdue", today: "2026-12-01" })).not.toContain("EX-NO-LT-2026-0001");
    expect(list({ due: "overdue", today: "2026-12-02" })).toContain("EX-NO-LT-2026-0001");
    expect(list({ due: "week", today: "2026-11-30" })).toContain("EX-NO-LT-2026-0001");
    expect(inbox.inboxCounts(nlia(), "2026-12-31").overdue).toBeGreaterThan(0);
  });

  it("counts in the overdue badge exactly the cases its link lists", () => {
    for (const slug of ["nlia", "vdi"]) {
      for (const today of ["2026-11-22", "2026-12-31", "2027-06-30"]) {
        const listed = inbox.listInbox(authorityId(slug), "en", { ...inbox.OVERDUE_INBOX_FILTER, page: 1, today }).items;
        expect(inbox.inboxCounts(authorityId(slug), today).overdue, `${slug} ${today}`).toBe(listed.length);
        expect(listed.every((item) => item.due === "overdue" && item.direction === "incoming")).toBe(true);
      }
    }
    // An outgoing overdue request is the partner's to answer: listed under outgoing, not in the badge.
    const outgoing = inbox.listInbox(nlia(), "en", { view: "open", direction: "outgoing", due: "overdue", page: 1, today: "2026-12-31" }).items;
    expect(outgoing.length).toBeGreaterThan(0);
    expect(inbox.inboxCounts(nlia(), "2026-12-31").overdue).toBe(
      inbox.listInbox(nlia(), "en", { view: "open", due: "overdue", page: 1, today: "2026-12-31" }).items.length - outgoing.length,
    );
  });

  it("pages through results without repeating a case", () => {
    const all = inbox.listInbox(nlia(), "en", { view: "all", page: 1, today: "2026-11-22" });
    const refs = all.items.map((i) => i.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it("reads the open inbox through the partial indexes, never by scanning the table", () => {
    const plan = (sql: string) => (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(" | ");
    const open = plan(
      "select * from exchanges e where e.requested_authority_id = 1 and e.status <> 'draft' and e.status in ('draft', 'sent', 'accepted', 'clarification_requested', 'answered', 'partially_answered') order by e.due_on limit 26",
    );
    expect(open).toContain("exchanges_open_requested_due_idx");
    expect(open).not.toMatch(/SCAN e\b|TEMP B-TREE/);
    // The overdue badge on every inbox page: the statement the app runs, answered from the partial index alone
    // (no join, no sort) whatever the planner's statistics say.
    const overdue = (sqlite.prepare(`explain query plan ${inbox.inboxCountSql(inbox.OVERDUE_INBOX_FILTER)}`).all({ authority: 1, today: "2026-11-23" }) as { detail: string }[])
      .map((r) => r.detail)
      .join(" | ");
    expect(overdue).toContain("SEARCH e USING INDEX exchanges_awaiting_reply_idx");
    expect(overdue).toContain("SEARCH i USING INDEX inspections_open_partner_due_idx");
    expect(overdue).not.toMatch(/SCAN (e|i)\b|TEMP B-TREE|authorities/);
  });

  it("counts every filter exactly as many cases as its pages list", () => {
    const today = "2026-12-31";
    const shapes: import("~/.server/inbox").InboxFilter[] = [];
    for (const view of ["open", "all", "closed"] as const)
      for (const direction of [undefined, "incoming", "outgoing"] as const)
        for (const extra of [{}, { status: "sent" }, { kind: "inspection" }, { kind: "information_request" }, { due: "overdue" as const }, { due: "week" as const }])
          shapes.push({ view, direction, ...extra });
    for (const slug of ["nlia", "vdi"]) {
      for (const shape of shapes) {
        let listed = 0;
        for (let page = 1; ; page++) {
          const result = inbox.listInbox(authorityId(slug), "en", { ...shape, page, today });
          listed += result.items.length;
          if (!result.hasMore) break;
        }
        expect(inbox.countInbox(authorityId(slug), shape, today), `${slug} ${JSON.stringify(shape)}`).toBe(listed);
      }
    }
  });

  it("reads every inbox view and filter through an index, the plain views in the list's order", () => {
    const parameters = { authority: 1, locale: "en", status: "accepted", kind: "information_request", partner: 2, today: "2026-11-23", weekEnd: "2026-11-29", take: 26, limit: 26, offset: 0 };
    const shapes: import("~/.server/inbox").InboxFilter[] = [];
    for (const view of ["open", "all", "closed"] as const)
      for (const direction of [undefined, "incoming", "outgoing"] as const)
        for (const kind of [undefined, "information_request", "inspection"])
          for (const extra of [{}, { status: "accepted" }, { due: "overdue" as const }, { due: "week" as const }, { partnerId: 2 }]) shapes.push({ view, direction, kind, ...extra });
    for (const shape of shapes) {
      const steps = sqlite.prepare(`explain query plan ${inbox.inboxSql(shape)}`).all(parameters) as { parent: number; detail: string }[];
      const where = JSON.stringify(shape);
      const unfiltered = !shape.kind && !shape.status && !shape.due && !shape.partnerId;
      for (const step of steps) {
        expect(step.detail, where).not.toMatch(/^SCAN (e|i|exchanges|inspections)\b/);
        // The plain views: only the merge of the branches' pages (a few dozen rows) may sort; each branch reads
        // its page in order. Filtered views may sort what their index finds for one authority.
        if (unfiltered && step.parent !== 0) expect(step.detail, where).not.toContain("TEMP B-TREE");
      }
      expect(steps.filter((step) => /^SEARCH (e|i) USING (COVERING )?INDEX/.test(step.detail)).length, where).toBeGreaterThan(0);
    }
  });
});
