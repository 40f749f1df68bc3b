// Report a concern and the tips of contact points, against the demo data: routing, the honeypot, the rate
// limit, confidentiality of the reporter, status changes with versions, isolation, and the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportTipSchema, tipStatusSchema, type ReportTipInput } from "~/lib/schemas/tips";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let tips: typeof import("~/.server/tips");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  tips = await import("~/.server/tips");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

const authorityId = (slug: string) => (sqlite.prepare("select id from authorities where slug = ?").get(slug) as { id: number }).id;
const userId = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
const tipRow = (ref: string) => sqlite.prepare("select * from tips where ref = ?").get(ref) as Record<string, unknown> | undefined;
const auditOf = (ref: string) =>
  sqlite.prepare("select user_id, authority_id, action, entity, entity_id, ip_address, detail from audit_log where entity = 'tip' and entity_id = ? order by id").all(ref) as {
    user_id: number | null;
    authority_id: number | null;
    action: string;
    entity: string;
    entity_id: string;
    ip_address: string | null;
    detail: string | null;
  }[];

let addressCounter = 0;
/** Each report from its own address, so the rate limit only matters where a test wants it to. */
const nextAddress = () => `192.0.2.${++addressCounter}`;

const form = (fields: Record<string, string> = {}): ReportTipInput =>
  reportTipSchema.parse({
    country: "NO",
    sector: "construction",
    place: "Drammen, Strømsø torg",
    employerName: "Bygg & Co AS",
    description: "Ti arbeidere jobber 14 timer om dagen uten overtidsbetaling.",
    anonymous: "yes",
    ...fields,
  });

function submit(fields: Record<string, string> = {}, options: { locale?: "nb" | "lt" | "en"; address?: string; now?: Date } = {}) {
  return tips.submitTip({ ...form(fields), locale: options.locale ?? "nb", clientAddress: options.address ?? nextAddress() }, options.now);
}

function submitted(fields: Record<string, string> = {}, options: Parameters<typeof submit>[1] = {}) {
  const result = submit(fields, options);
  if (!result.ok) throw new Error("refused");
  return result;
}

const contactPoint = (email: string, slug: string) => ({ userId: userId(email), authorityId: authorityId(slug), ipAddress: "10.20.30.40" });

describe("the report form's schema", () => {
  it("asks for the country, sector, place, what happened and the anonymity choice", () => {
    const result = reportTipSchema.safeParse({});
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(Object.fromEntries(paths)).toMatchObject({
      country: "report.errors.countryRequired",
      sector: "report.errors.sectorRequired",
      place: "report.errors.placeRequired",
      description: "report.errors.descriptionRequired",
      anonymous: "report.errors.anonymousRequired",
    });
  });

  it("removes control characters but keeps line breaks and tabs in what happened", () => {
    const parsed = form({ description: "Line one\r\nline\ttwo\u0000\u0007\u001b[31m\u202Eevil", place: "  Oslo\nsentrum\u0008 " });
    expect(parsed.description).toBe("Line one\nline\ttwo[31mevil");
    expect(parsed.place).toBe("Oslo sentrum");
  });

  it("refuses what happened over 5,000 characters and only whitespace", () => {
    expect(reportTipSchema.safeParse({ ...form(), description: "x".repeat(5001) }).error?.issues[0]?.message).toBe("report.errors.descriptionTooLong");
    expect(reportTipSchema.safeParse({ ...form(), description: " \n\t " }).error?.issues[0]?.message).toBe("report.errors.descriptionRequired");
    expect(form({ description: "x".repeat(5000) }).description).toHaveLength(5000);
  });

  it("needs a way to reach a reporter who may be contacted, and checks it", () => {
    expect(reportTipSchema.safeParse({ ...form(), anonymous: "no" }).error?.issues[0]).toMatchObject({ path: ["reporterContact"], message: "report.errors.contactRequired" });
    expect(reportTipSchema.safeParse({ ...form(), anonymous: "no", reporterContact: "not a phone" }).error?.issues[0]?.message).toBe("report.errors.contactInvalid");
    expect(form({ anonymous: "no", reporterContact: "+47 912 34 567" }).reporterContact).toBe("+47 912 34 567");
    expect(form({ anonymous: "no", reporterContact: "ona@example.lt" }).reporterContact).toBe("ona@example.lt");
    // Reported together with the other fields' errors, so the reporter sees every problem at once.
    const all = reportTipSchema.safeParse({ anonymous: "no", description: "x" }).error!.issues.map((issue) => issue.path.join("."));
    expect(all).toEqual(expect.arrayContaining(["country", "sector", "place", "reporterContact"]));
    // An anonymous reporter's contact fields are not even checked: they are thrown away.
    expect(reportTipSchema.safeParse({ ...form(), anonymous: "yes", reporterContact: "whatever", reporterName: "x".repeat(300) }).success).toBe(true);
    expect(reportTipSchema.safeParse({ ...form(), anonymous: "no", reporterContact: "a@b.no", reporterName: "x".repeat(201) }).error?.issues[0]).toMatchObject({
      path: ["reporterName"],
      message: "report.errors.nameTooLong",
    });
  });

  it("accepts only the statuses a contact point may set, with a version", () => {
    expect(tipStatusSchema.safeParse({ status: "new", version: "1" }).success).toBe(false);
    expect(tipStatusSchema.safeParse({ status: "triaged", version: "x" }).success).toBe(false);
    expect(tipStatusSchema.parse({ status: "closed", version: "3" })).toEqual({ status: "closed", version: 3 });
  });
});

describe("submitting a report", () => {
  it("routes work in Norway to the Norwegian inspectorate and work in Lithuania to VDI, with the report's language", () => {
    const norway = submitted({ country: "NO" }, { locale: "nb" });
    const lithuania = submitted({ country: "LT", sector: "cleaning", place: "Vilnius" }, { locale: "lt" });
    expect(norway.authority.slug).toBe("nlia");
    expect(lithuania.authority.slug).toBe("vdi");
    expect(norway.authority.names.nb).toBe("Arbeidstilsynet");
    expect(tipRow(norway.ref)).toMatchObject({ country: "NO", authority_id: authorityId("nlia"), language: "nb", status: "new", version: 1 });
    expect(tipRow(lithuania.ref)).toMatchObject({ country: "LT", authority_id: authorityId("vdi"), language: "lt", sector: "cleaning", place: "Vilnius" });
  });

  it("gives an unguessable reference: T-<year>- and 8 characters without 0, 1, I or O", () => {
    const refs = Array.from({ length: 200 }, () => tips.newTipRef(new Date("2026-05-01T12:00:00Z")));
    for (const ref of refs) expect(ref).toMatch(/^T-2026-[2-9A-HJ-NP-Z]{8}$/);
    expect(new Set(refs).size).toBe(refs.length);
    const letters = new Set(refs.join("").replace(/^T-2026-/gm, ""));
    expect(letters.size).toBeGreaterThan(25);
  });

  it("drops the contact details of an anonymous reporter and keeps those of one who may be contacted", () => {
    const anonymous = submitted({ anonymous: "yes", reporterName: "Jonas Jonaitis", reporterContact: "jonas@example.lt" });
    expect(tipRow(anonymous.ref)).toMatchObject({ anonymous: 1, reporter_name: null, reporter_contact: null });
    const named = submitted({ anonymous: "no", reporterName: "Jonas Jonaitis", reporterContact: "jonas@example.lt" });
    expect(tipRow(named.ref)).toMatchObject({ anonymous: 0, reporter_name: "Jonas Jonaitis", reporter_contact: "jonas@example.lt" });
    const noName = submitted({ anonymous: "no", reporterContact: "+370 612 34567" });
    expect(tipRow(noName.ref)).toMatchObject({ reporter_name: null, reporter_contact: "+370 612 34567" });
  });

  it("answers a filled honeypot like a person but stores nothing", () => {
    const count = () => (sqlite.prepare("select count(*) as n from tips").get() as { n: number }).n;
    const audits = () => (sqlite.prepare("select count(*) as n from audit_log where action = 'tip.created'").get() as { n: number }).n;
    const [tipsBefore, auditsBefore] = [count(), audits()];
    const result = submitted({ website: "http://spam.example" });
    expect(result.stored).toBe(false);
    expect(result.ref).toMatch(/^T-\d{4}-[2-9A-HJ-NP-Z]{8}$/);
    expect(result.authority.slug).toBe("nlia");
    expect(tipRow(result.ref)).toBeUndefined();
    expect([count(), audits()]).toEqual([tipsBefore, auditsBefore]);
  });

  it("accepts 5 reports an hour from one address, refuses the 6th, and accepts again when the hour has passed", () => {
    const address = "203.0.113.77";
    const start = Date.parse("2030-06-01T10:00:00Z");
    for (let i = 0; i < 5; i++) expect(submit({}, { address, now: new Date(start + i * 60_000) }).ok).toBe(true);
    const count = () => (sqlite.prepare("select count(*) as n from tips").get() as { n: number }).n;
    const before = count();
    expect(submit({}, { address, now: new Date(start + 10 * 60_000) })).toEqual({ ok: false, reason: "rate_limited" });
    expect(count()).toBe(before);
    // Another address is not affected.
    expect(submit({}, { address: "203.0.113.78", now: new Date(start + 10 * 60_000) }).ok).toBe(true);
    // An hour after the first report, one place is free again.
    expect(submit({}, { address, now: new Date(start + 60 * 60_000 + 1) }).ok).toBe(true);
    expect(submit({}, { address, now: new Date(start + 60 * 60_000 + 2) })).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("counts robots caught by the honeypot too, and stores no address in clear", () => {
    const address = "198.51.100.9";
    const now = new Date("2031-01-01T08:00:00Z");
    for (let i = 0; i < 5; i++) submit({ website: "x" }, { address, now });
    expect(submit({}, { address, now })).toEqual({ ok: false, reason: "rate_limited" });
    const keys = sqlite.prepare("select key from rate_limit_hits").all() as { key: string }[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((row) => row.key.includes("198.51.100.9") || row.key.includes("203.0.113"))).toBe(false);
  });

  it("audits the new tip without personal data and without the reporter's address", () => {
    const result = submitted({ anonymous: "no", reporterName: "Kari Nordmann", reporterContact: "kari@example.no" }, { address: "192.0.2.250", locale: "en" });
    const events = auditOf(result.ref);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "tip.created", entity: "tip", user_id: null, ip_address: null });
    expect(JSON.parse(events[0]!.detail!)).toEqual({ country: "NO", authority: "nlia", sector: "construction", language: "en", anonymous: false });
    expect(events[0]!.detail).not.toMatch(/Kari|kari@example|192\.0\.2/);
  });
});

describe("tips for contact points", () => {
  it("lists an authority's tips only, newest first, filtered by status and paginated", () => {
    const older = submitted({ country: "NO", place: "Bergen" }, { now: new Date("2032-01-01T08:00:00Z") });
    const newer = submitted({ country: "NO", place: "Trondheim" }, { now: new Date("2032-01-02T08:00:00Z") });
    const lithuanian = submitted({ country: "LT", place: "Kaunas" }, { now: new Date("2032-01-03T08:00:00Z") });

    const norwegian = tips.listTips(authorityId("nlia"), { status: "all", page: 1 }).items.map((t) => t.ref);
    expect(norwegian.indexOf(newer.ref)).toBeLessThan(norwegian.indexOf(older.ref));
    expect(norwegian).not.toContain(lithuanian.ref);
    expect(tips.listTips(authorityId("vdi"), { status: "all", page: 1 }).items.map((t) => t.ref)).toContain(lithuanian.ref);
    expect(tips.listTips(authorityId("vdi"), { status: "all", page: 1 }).items.map((t) => t.ref)).not.toContain(newer.ref);
    expect(tips.listTips(authorityId("pip"), { status: "all", page: 1 }).items).toEqual([]);

    const actor = contactPoint("kontakt@arbeidstilsynet.demo", "nlia");
    expect(tips.changeTipStatus({ ref: older.ref, status: "closed", version: 1 }, actor).ok).toBe(true);
    const closed = tips.listTips(authorityId("nlia"), { status: "closed", page: 1 }).items.map((t) => t.ref);
    expect(closed).toEqual([older.ref]);
    expect(tips.listTips(authorityId("nlia"), { status: "new", page: 1 }).items.map((t) => t.ref)).not.toContain(older.ref);

    // Enough tips for a second page.
    const total = tips.listTips(authorityId("nlia"), { status: "all", page: 1 });
    const needed = tips.TIPS_PAGE_SIZE + 1 - total.items.length;
    for (let i = 0; i < needed; i++) submitted({ country: "NO" });
    const first = tips.listTips(authorityId("nlia"), { status: "all", page: 1 });
    const second = tips.listTips(authorityId("nlia"), { status: "all", page: 2 });
    expect(first.items).toHaveLength(tips.TIPS_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.some((t) => first.items.some((f) => f.ref === t.ref))).toBe(false);
  });

  it("shows a tip with the reporter's details to its own authority, audits every view, and hides it from others", () => {
    const result = submitted({ anonymous: "no", reporterName: "Ona Onaitė", reporterContact: "+370 600 00000" });
    const norway = contactPoint("kontakt@arbeidstilsynet.demo", "nlia");
    const lithuania = contactPoint("kontaktas@vdi.demo", "vdi");

    const tip = tips.viewTip(result.ref, norway);
    expect(tip?.reporter).toEqual({ kind: "named", name: "Ona Onaitė", contact: "+370 600 00000" });
    expect(tip?.description).toContain("14 timer");
    tips.viewTip(result.ref, norway);
    expect(tips.viewTip(result.ref, lithuania)).toBeNull();
    expect(tips.viewTip("T-2026-NOTAREAL", norway)).toBeNull();
    expect(tips.viewTip("'; drop table tips; --", norway)).toBeNull();

    const views = auditOf(result.ref).filter((e) => e.action === "tip.viewed");
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ user_id: norway.userId, authority_id: norway.authorityId, entity: "tip", entity_id: result.ref, ip_address: "10.20.30.40" });
  });

  it("says when the reporter's details were removed under the retention rule, and shows anonymous tips as such", () => {
    const named = submitted({ anonymous: "no", reporterName: "Per", reporterContact: "per@example.no" });
    sqlite
      .prepare("update tips set reporter_name = null, reporter_contact = null, reporter_details_removed_at = ? where ref = ?")
      .run("2033-01-01T00:00:00.000Z", named.ref);
    const actor = contactPoint("kontakt@arbeidstilsynet.demo", "nlia");
    expect(tips.viewTip(named.ref, actor)?.reporter).toEqual({ kind: "removed", removedAt: "2033-01-01T00:00:00.000Z" });
    expect(tips.viewTip(submitted().ref, actor)?.reporter).toEqual({ kind: "anonymous" });
  });

  it("changes the status with optimistic concurrency and audits it", () => {
    const { ref } = submitted();
    const kari = contactPoint("kontakt@arbeidstilsynet.demo", "nlia");

    expect(tips.changeTipStatus({ ref, status: "triaged", version: 1 }, kari)).toEqual({ ok: true, status: "triaged", version: 2 });
    // A second person still holding version 1 is told the tip changed; nothing is overwritten.
    expect(tips.changeTipStatus({ ref, status: "closed", version: 1 }, kari)).toEqual({ ok: false, reason: "stale", status: "triaged", version: 2 });
    expect(tipRow(ref)).toMatchObject({ status: "triaged", version: 2 });
    expect(tips.changeTipStatus({ ref, status: "forwarded", version: 2 }, kari)).toEqual({ ok: true, status: "forwarded", version: 3 });
    // Setting the status it has is a harmless no-op.
    expect(tips.changeTipStatus({ ref, status: "forwarded", version: 3 }, kari)).toEqual({ ok: true, status: "forwarded", version: 3 });

    const changes = auditOf(ref).filter((e) => e.action === "tip.status_changed");
    expect(changes.map((e) => JSON.parse(e.detail!))).toEqual([
      { from: "new", to: "triaged" },
      { from: "triaged", to: "forwarded" },
    ]);
    expect(changes[0]).toMatchObject({ user_id: kari.userId, authority_id: kari.authorityId, ip_address: "10.20.30.40" });
  });

  it("does not let another authority change a tip, or even learn that it exists", () => {
    const { ref } = submitted({ country: "NO" });
    const ruta = contactPoint("kontaktas@vdi.demo", "vdi");
    expect(tips.changeTipStatus({ ref, status: "closed", version: 1 }, ruta)).toEqual({ ok: false, reason: "not_found" });
    expect(tipRow(ref)).toMatchObject({ status: "new", version: 1 });
    expect(auditOf(ref).map((e) => e.action)).toEqual(["tip.created"]);
  });
});
