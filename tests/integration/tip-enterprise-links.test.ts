// Tips from the public linked to enterprises, over the demo data: the automatic link by an exact registration
// number (only to one enterprise the receiving inspectorate knows), the contact point's link from the tip page,
// the enterprise timeline and signal (only the inspectorate the tip was routed to, only a user who may read tips),
// the followers' notifications and digest, and the link surviving the erasure of the reporter's details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { reportTipSchema } from "~/lib/schemas/tips";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let tips: typeof import("~/.server/tips");
let enterprises: typeof import("~/.server/enterprises");
let signalRows: typeof import("~/.server/enterprise-signal-rows");
let exchanges: typeof import("~/.server/exchanges");
let notifications: typeof import("~/.server/notifications");
let retention: typeof import("~/.server/retention-run");

const KEY = "LT-304120014";
const DEMO_TIP = "T-2026-DEMXSTAT";

const authorityOf = (slug: string) => (sqlite.prepare("select id from authorities where slug = ?").get(slug) as { id: number }).id;
const userOf = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
const viewerOf = (email: string, slug: string) => ({ userId: userOf(email), authorityId: authorityOf(slug), ipAddress: "10.9.0.3", mayReadTips: true });
const enterpriseIdOf = (country: string, number: string) => (sqlite.prepare("select id from enterprises where country = ? and registration_number = ?").get(country, number) as { id: number }).id;
const linkOf = (ref: string) => (sqlite.prepare("select enterprise_id as enterpriseId from tips where ref = ?").get(ref) as { enterpriseId: number | null }).enterpriseId;
const newsOf = (userId: number, ref: string) => sqlite.prepare("select kind, case_kind as caseKind from notifications where user_id = ? and case_ref = ? order by id").all(userId, ref) as { kind: string; caseKind: string }[];
const auditOf = (ref: string) => sqlite.prepare("select user_id as userId, action, detail from audit_log where entity = 'tip' and entity_id = ? order by id").all(ref) as { userId: number | null; action: string; detail: string | null }[];

let norway: ReturnType<typeof viewerOf>;
let lithuania: ReturnType<typeof viewerOf>;
let poland: ReturnType<typeof viewerOf>;
let address = 0;

function report(fields: Record<string, string>, now?: Date) {
  const input = reportTipSchema.parse({ country: "NO", sector: "construction", place: "Fornebu", employerName: "UAB Demo statyba", description: "Long days, low pay.", anonymous: "yes", ...fields });
  const result = tips.submitTip({ ...input, locale: "en", clientAddress: `198.51.100.${++address}` }, now);
  if (!result.ok || !result.stored) throw new Error("report refused");
  return result.ref;
}

/** A draft request by `actor` about a new enterprise: the enterprise is then known to `actor`'s authority only. */
function draftAbout(enterprise: { country: string; registrationNumber: string; name: string }, actor: typeof norway) {
  const agreementId = (sqlite.prepare("select id from agreements where slug = 'no-lt'").get() as { id: number }).id;
  const created = exchanges.createExchange(
    { agreementId, type: "information_request", urgency: "standard", urgencyReason: null, subject: "Contracts", enterprise: { ...enterprise, address: "" }, postedWorkersCount: null, questionCodes: ["Q003"], freeQuestions: [], supplementaryText: null, language: "en", instrument: null, send: false },
    actor,
  );
  if (!created.ok) throw new Error("exchange refused");
}

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ sqlite } = await import("~/.server/db"));
  tips = await import("~/.server/tips");
  enterprises = await import("~/.server/enterprises");
  signalRows = await import("~/.server/enterprise-signal-rows");
  exchanges = await import("~/.server/exchanges");
  notifications = await import("~/.server/notifications"); // registers the tip-link listener, as the server does
  retention = await import("~/.server/retention-run");
  norway = viewerOf("kontakt@arbeidstilsynet.demo", "nlia");
  lithuania = viewerOf("kontaktas@vdi.demo", "vdi");
  poland = viewerOf("kontakt@pip.demo", "pip");
});
afterAll(() => database?.cleanup());

describe("the automatic link by the reporter's registration number", () => {
  it("links a tip whose number names exactly one enterprise the receiving inspectorate knows, spaces and all", () => {
    const ref = report({ employerNumber: " 304 120 014 " });
    expect(linkOf(ref)).toBe(enterpriseIdOf("LT", "304120014"));
    expect(auditOf(ref).map((a) => a.action)).toEqual(["tip.created", "tip.enterprise_linked"]);
    expect(JSON.parse(auditOf(ref)[1]!.detail!)).toEqual({ enterprise: KEY, by: "registration_number" });
  });

  it("links nothing for no number, an invalid number, or a valid number of no enterprise", () => {
    expect(linkOf(report({}))).toBeNull();
    expect(linkOf(report({ employerNumber: "304120015" }))).toBeNull(); // wrong check digit
    expect(linkOf(report({ employerNumber: "not known" }))).toBeNull();
    const unused = Array.from({ length: 200 }, (_, i) => String(310000000 + i)).find((n) => validateRegistrationNumber("LT", n).ok && !sqlite.prepare("select 1 from enterprises where registration_number = ?").get(n))!;
    expect(linkOf(report({ employerNumber: unused }))).toBeNull();
  });

  it("does not link to an enterprise only another inspectorate knows (need-to-know)", () => {
    const number = Array.from({ length: 200 }, (_, i) => String(320000000 + i)).find((n) => validateRegistrationNumber("LT", n).ok)!;
    draftAbout({ country: "LT", registrationNumber: number, name: "UAB Tik VDI" }, lithuania);
    expect(linkOf(report({ employerNumber: number }))).toBeNull(); // work in Norway: received by the Norwegian inspectorate
    expect(linkOf(report({ country: "LT", employerNumber: number }))).toBe(enterpriseIdOf("LT", number)); // VDI knows it
  });

  it("links nothing when the number is valid in both countries and both enterprises are known", () => {
    const number = Array.from({ length: 5000 }, (_, i) => String(330000000 + i)).find((n) => validateRegistrationNumber("LT", n).ok && validateRegistrationNumber("NO", n).ok)!;
    expect(number).toBeDefined();
    draftAbout({ country: "LT", registrationNumber: number, name: "UAB Dviguba" }, norway);
    expect(linkOf(report({ employerNumber: number }))).toBe(enterpriseIdOf("LT", number));
    draftAbout({ country: "NO", registrationNumber: number, name: "Dobbel AS" }, norway);
    expect(linkOf(report({ employerNumber: number }))).toBeNull();
  });
});

describe("a contact point links a tip from the tip page", () => {
  it("links to an enterprise its authority knows, shows it on the tip, removes it again, and audits both", () => {
    const ref = report({ employerName: "Someone" });
    const id = enterpriseIdOf("LT", "304120014");
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: id }, norway)).toEqual({ ok: true });
    expect(tips.viewTip(ref, norway)?.enterprise).toMatchObject({ key: KEY, name: "UAB „Demo statyba“" });
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: null }, norway)).toEqual({ ok: true });
    expect(linkOf(ref)).toBeNull();
    expect(tips.viewTip(ref, norway)?.enterprise).toBeNull();
    const actions = auditOf(ref).filter((a) => a.action.startsWith("tip.enterprise_"));
    expect(actions.map((a) => [a.action, a.userId])).toEqual([
      ["tip.enterprise_linked", norway.userId],
      ["tip.enterprise_unlinked", norway.userId],
    ]);
  });

  it("refuses an enterprise its authority does not know, and another authority's tip is not found", () => {
    const number = Array.from({ length: 200 }, (_, i) => String(340000000 + i)).find((n) => validateRegistrationNumber("LT", n).ok)!;
    draftAbout({ country: "LT", registrationNumber: number, name: "UAB Tik VDI du" }, lithuania);
    const ref = report({});
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: enterpriseIdOf("LT", number) }, norway)).toEqual({ ok: false, reason: "enterprise_unknown" });
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: 999_999 }, norway)).toEqual({ ok: false, reason: "enterprise_unknown" });
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: enterpriseIdOf("LT", "304120014") }, lithuania)).toEqual({ ok: false, reason: "not_found" });
    expect(tips.linkTipToEnterprise({ ref: "not-a-ref", enterpriseId: null }, norway)).toEqual({ ok: false, reason: "not_found" });
    expect(linkOf(ref)).toBeNull();
  });
});

describe("the enterprise timeline shows tips only to who may open them", () => {
  it("shows the demo tip to the Norwegian contact point, with its topic and status and nothing of the reporter", () => {
    const page = enterprises.viewEnterprise(KEY, norway, "2026-12-02")!;
    const demo = page.tips.find((t) => t.ref === DEMO_TIP);
    expect(demo).toEqual({ ref: DEMO_TIP, sector: "construction", status: "triaged", receivedOn: "2026-09-14" });
    expect(Object.keys(demo!)).not.toContain("reporterName");
    expect(page.signals.find((s) => s.kind === "recent_tips")?.evidence).toContainEqual({ kind: "tip", ref: DEMO_TIP });
  });

  it("shows no tip to a user without the tips permission, nor to the other inspectorate, and Poland gets nothing", () => {
    expect(enterprises.viewEnterprise(KEY, { ...norway, mayReadTips: false }, "2026-12-02")!.tips).toEqual([]);
    const lithuanian = enterprises.viewEnterprise(KEY, lithuania, "2026-12-02")!;
    expect(lithuanian.tips.map((t) => t.ref)).not.toContain(DEMO_TIP);
    expect(lithuanian.signals.flatMap((s) => s.evidence).map((e) => e.ref)).not.toContain(DEMO_TIP);
    expect(enterprises.viewEnterprise(KEY, poland, "2026-12-02")).toBeNull();
  });

  it("shows a tip VDI received to VDI only", () => {
    const ref = report({ country: "LT", employerNumber: "304120014" });
    expect(enterprises.viewEnterprise(KEY, lithuania, "2026-12-02")!.tips.map((t) => t.ref)).toContain(ref);
    expect(enterprises.viewEnterprise(KEY, norway, "2026-12-02")!.tips.map((t) => t.ref)).not.toContain(ref);
  });

  it("puts the enterprise on the signals list through its recent tips", () => {
    const { rows } = signalRows.listEnterpriseSignals(norway, { pageSize: 200 }, "2026-12-02");
    expect(rows.find((r) => r.key === KEY)?.signals.map((s) => s.kind)).toContain("recent_tips");
  });
});

describe("followers are told when a tip is linked", () => {
  it("tells followers of the receiving inspectorate who may read tips, not the one who linked, not the other side", () => {
    const nliaId = authorityOf("nlia");
    // A second Norwegian contact point and a Norwegian coordinator (no tips permission), both following.
    const colleague = Number(sqlite.prepare("insert into users (email, display_name, authority_id) values ('kollega@arbeidstilsynet.demo', 'Kollega', ?)").run(nliaId).lastInsertRowid);
    sqlite.prepare("insert into user_roles (user_id, role) values (?, 'contact_point')").run(colleague);
    const coordinator = userOf("koordinator@arbeidstilsynet.demo");
    for (const userId of [colleague, coordinator, norway.userId, lithuania.userId]) sqlite.prepare("insert or ignore into enterprise_follows (user_id, enterprise_id) values (?, ?)").run(userId, enterpriseIdOf("LT", "304120014"));

    const ref = report({});
    expect(tips.linkTipToEnterprise({ ref, enterpriseId: enterpriseIdOf("LT", "304120014") }, norway)).toEqual({ ok: true });
    expect(newsOf(colleague, ref)).toEqual([{ kind: "followed_enterprise_tip", caseKind: "tip" }]);
    expect(newsOf(norway.userId, ref)).toEqual([]);
    expect(newsOf(coordinator, ref)).toEqual([]);
    expect(newsOf(lithuania.userId, ref)).toEqual([]);

    // Linked automatically from the public form: every Norwegian follower who may read tips is told.
    const auto = report({ employerNumber: "304120014" });
    expect(newsOf(norway.userId, auto)).toEqual([{ kind: "followed_enterprise_tip", caseKind: "tip" }]);
    expect(newsOf(colleague, auto)).toEqual([{ kind: "followed_enterprise_tip", caseKind: "tip" }]);
    expect(newsOf(lithuania.userId, auto)).toEqual([]);

    // The digest lists the tip with its link, for the reader whose authority received it only.
    const until = new Date(Date.now() + 1000).toISOString();
    expect(notifications.followedEnterpriseNews(colleague, nliaId, "2000-01-01", until)).toContainEqual(expect.objectContaining({ ref, kind: "tip" }));
    expect(notifications.followedEnterpriseNews(colleague, authorityOf("vdi"), "2000-01-01", until).map((n) => n.ref)).not.toContain(ref);
    const mail = notifications.digestEmail("en", "2026-12-02", "2026-12-04", [], "https://portal.test", [{ ref, kind: "tip", lastOn: "2026-12-02" }]);
    expect(mail.text).toContain(`https://portal.test/en/cases/tips/${ref}`);
    expect(notifications.eventEmail("en", "followed_enterprise_tip", ref, "https://portal.test", "tip").link).toBe(`https://portal.test/en/cases/tips/${ref}`);
  });
});

describe("retention", () => {
  it("erases the reporter's details after 12 months and keeps the link, with nothing personal in it", () => {
    const ref = report({ anonymous: "no", reporterName: "Ona Jonaitienė", reporterContact: "+370 600 12345", employerNumber: "304120014" }, new Date("2025-06-02T10:00:00Z"));
    expect(linkOf(ref)).toBe(enterpriseIdOf("LT", "304120014"));
    expect(retention.runRetention(new Date("2026-12-02T01:00:00Z")).tipReportersErased).toBeGreaterThanOrEqual(1);
    const row = sqlite.prepare("select reporter_name, reporter_contact, reporter_details_removed_at, enterprise_id from tips where ref = ?").get(ref) as Record<string, unknown>;
    expect(row).toMatchObject({ reporter_name: null, reporter_contact: null, enterprise_id: enterpriseIdOf("LT", "304120014") });
    expect(row.reporter_details_removed_at).not.toBeNull();
    expect(enterprises.viewEnterprise(KEY, norway, "2026-12-02")!.tips.map((t) => t.ref)).toContain(ref);
    // The audit and notifications about the link never carried the reporter.
    const traces = JSON.stringify([auditOf(ref), sqlite.prepare("select * from notifications where case_ref = ?").all(ref)]);
    expect(traces).not.toContain("Jonaitienė");
    expect(traces).not.toContain("12345");
  });
});
