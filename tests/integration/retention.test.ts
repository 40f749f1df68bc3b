// Retention of personal data (issue 8) over the demo data, day by day with PORTAL_TODAY: a closed case's personal data
// is hidden from contact points (not from an administrator) the day after six months, the run records that and
// anonymises the case the day after three years (names, free text, identifiers, attachments' bytes), the outcome
// figures stay the same, tips lose their reporter's details after twelve months, every step is in the audit log,
// a second run changes nothing, and `npm run retention` does the same against a database file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { seedDemoData } from "../../db/seed/demo";
import type { SessionUser } from "~/.server/session";
import { reportTipSchema } from "~/lib/schemas/tips";
import { useAppDatabase } from "../support/app-database";
import { freshDatabaseFile } from "../support/database";

const ROOT = join(import.meta.dirname, "../..");

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let sqlite: typeof import("~/.server/db").sqlite;
let exchanges: typeof import("~/.server/exchanges");
let inspections: typeof import("~/.server/inspections");
let attachments: typeof import("~/.server/attachments");
let violations: typeof import("~/.server/violations");
let tips: typeof import("~/.server/tips");
let outcomes: typeof import("~/.server/outcomes");
let retention: typeof import("~/.server/retention-run");

const savedToday = process.env.PORTAL_TODAY;
const on = (day: string) => {
  process.env.PORTAL_TODAY = day;
};

/** Words that are personal data of the case and the tip: none may survive anonymisation anywhere in the database. */
const PERSONAL = ["Jonas Jonaitis", "38501010001", "Jonaitienė", "Gedimino pr. 1", "Petras Petraitis", "Ona Onaitė", "+370 600 00000", "kontrakt-jonaitis"];
const CLOSED_AT = "2025-03-10T10:00:00.000Z";
const INSPECTION = "JI-NO-LT-2018-0002";
const SHARED_CASE = { kind: "exchange", ref: "EX-NO-LT-2026-0001" } as const;

const idOf = (table: string, column: string, value: string) => (sqlite.prepare(`select id from ${table} where ${column} = ?`).get(value) as { id: number }).id;

function sessionUser(email: string): SessionUser {
  const row = sqlite.prepare("select id, email, display_name as displayName, authority_id as authorityId from users where email = ?").get(email) as Pick<SessionUser, "id" | "email" | "displayName" | "authorityId">;
  const roles = sqlite.prepare("select role, agreement_id as agreementId from user_roles where user_id = ?").all(row.id) as SessionUser["roles"];
  return { ...row, authorityNames: null, authorityCountry: null, roles, sessionIdHash: "" };
}
const actor = (user: SessionUser) => ({ userId: user.id, authorityId: user.authorityId!, ipAddress: "10.8.0.1" });
const viewer = (user: SessionUser) => ({ userId: user.id, authorityId: user.authorityId, ipAddress: "10.8.0.1" });

/** A small but real PDF carrying `note`. */
const pdf = (note: string) => new TextEncoder().encode(`%PDF-1.4\n% ${note}\n%%EOF\n`);

let kari: SessionUser; // contact point, NLIA (requester)
let ruta: SessionUser; // contact point, VDI (requested)
let adminOfNlia: SessionUser; // a contact point of NLIA who is also an administrator
let ref: string;
let tipRef: string;
let anonymousTipRef: string;
let uniqueSha: string;
let sharedSha: string;

function figures() {
  const agreement = idOf("agreements", "slug", "no-lt");
  return {
    everything: outcomes.periodAggregates({ agreement, from: "2000-01-01", to: "2099-12-31" }),
    periods: ["2016-17", "2017-18", "2019-22"].map((period) => outcomes.periodDashboard("no-lt", period, "en")?.outcome),
  };
}
let baseline: ReturnType<typeof figures>;

/**
 * Every row of every table but the audit log, as text: what must not change on a second run. The full-text indexes'
 * own tables are left out: binary, and kept in step with their content tables by SQLite (secure-delete for names).
 */
function snapshot(): string {
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'audit_log' and name not like 'rights_search%' and name not like 'enterprise%name_search%' order by name").all() as { name: string }[]).map((t) => t.name);
  return JSON.stringify(tables.map((name) => [name, sqlite.prepare(`select * from "${name}" order by rowid`).all()]));
}

/** All text in the database, audit log included. */
const everything = () => snapshot() + JSON.stringify(sqlite.prepare("select * from audit_log").all());

const auditOf = (action: string, entityId?: string) =>
  sqlite.prepare(`select action, entity, entity_id as entityId, user_id as userId, detail from audit_log where action = ? ${entityId ? "and entity_id = ?" : ""} order by id`).all(...(entityId ? [action, entityId] : [action])) as {
    action: string;
    entity: string;
    entityId: string | null;
    userId: number | null;
    detail: string | null;
  }[];

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  ({ sqlite } = await import("~/.server/db"));
  exchanges = await import("~/.server/exchanges");
  inspections = await import("~/.server/inspections");
  attachments = await import("~/.server/attachments");
  violations = await import("~/.server/violations");
  tips = await import("~/.server/tips");
  outcomes = await import("~/.server/outcomes");
  retention = await import("~/.server/retention-run");

  // A contact point of NLIA who is also an administrator.
  const nlia = idOf("authorities", "slug", "nlia");
  const adminId = (sqlite.prepare("insert into users (email, display_name, authority_id) values ('admin-kontakt@arbeidstilsynet.demo', 'Ada Kontakt', ?) returning id").get(nlia) as { id: number }).id;
  sqlite.prepare("insert into user_roles (user_id, role) values (?, 'contact_point'), (?, 'admin')").run(adminId, adminId);
  kari = sessionUser("kontakt@arbeidstilsynet.demo");
  ruta = sessionUser("kontaktas@vdi.demo");
  adminOfNlia = sessionUser("admin-kontakt@arbeidstilsynet.demo");

  // A request to notify a penalty, with personal data in every kind of field, answered and closed.
  on("2025-01-20");
  const created = exchanges.createExchange(
    {
      agreementId: idOf("agreements", "slug", "no-lt"),
      type: "notification_request",
      urgency: "urgent",
      urgencyReason: "Jonas Jonaitis leaves Norway next week",
      subject: "Fine for Jonas Jonaitis, site manager",
      enterprise: { id: idOf("enterprises", "registration_number", (sqlite.prepare("select registration_number from enterprises order by id limit 1").get() as { registration_number: string }).registration_number) },
      postedWorkersCount: 3,
      questionCodes: ["Q001", "Q009"],
      freeQuestions: ["Is Jonas Jonaitis (personal code 38501010001) still employed?"],
      supplementaryText: "His wife, Jonaitienė, can be reached at the same address.",
      language: "en",
      instrument: {
        addresseeName: "Jonas Jonaitis",
        addresseeAddress: "Gedimino pr. 1, Vilnius",
        addresseeIdentifier: "38501010001",
        factsSummary: "Jonas Jonaitis employed six workers without contracts.",
        infringementNature: "Work without a written contract",
        rulesConcerned: "Working Environment Act § 14-5",
        enforceableInstrument: "Decision 2025/17 against Jonas Jonaitis",
        requestingBody: "Arbeidstilsynet",
        challengeBody: "Oslo tingrett",
        enforceableOn: "2025-01-10",
        penaltyNature: "administrative fine",
        amountCents: 5_000_000,
        currency: "NOK",
        notificationDates: null,
        noAppealRemains: true,
        underlyingClaim: "Claim against Jonas Jonaitis",
      },
      send: true,
    },
    actor(kari),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  ref = created.ref;
  const version = () => (sqlite.prepare("select version from exchanges where ref = ?").get(ref) as { version: number }).version;
  const step = (action: Parameters<typeof exchanges.transitionExchange>[1], by: SessionUser, extra: Partial<Parameters<typeof exchanges.transitionExchange>[2]> = {}) => {
    const result = exchanges.transitionExchange(ref, action, { expectedVersion: version(), language: "en", ...extra }, actor(by));
    if (!result.ok) throw new Error(`${action}: ${result.reason}`);
  };
  step("accept", ruta);
  const handle = { kind: "exchange", ref } as const;
  const unique = attachments.addAttachment(handle, { fileName: "kontrakt-jonaitis.pdf", declaredType: "application/pdf", bytes: pdf("Jonas Jonaitis contract") }, actor(ruta));
  const shared = attachments.addAttachment(handle, { fileName: "form.pdf", declaredType: "application/pdf", bytes: pdf("blank form") }, actor(ruta));
  const sharedElsewhere = attachments.addAttachment(SHARED_CASE, { fileName: "form.pdf", declaredType: "application/pdf", bytes: pdf("blank form") }, actor(kari));
  if (!unique.ok || !shared.ok || !sharedElsewhere.ok) throw new Error("attachments refused");
  const sha = (id: number) => (sqlite.prepare("select sha256 from attachments where id = ?").get(id) as { sha256: string }).sha256;
  uniqueSha = sha(unique.id);
  sharedSha = sha(shared.id);
  const questions = sqlite.prepare("select id, question_code as code from exchange_questions where exchange_id = (select id from exchanges where ref = ?) order by position").all(ref) as { id: number; code: string | null }[];
  step("answer", ruta, {
    answers: questions.map((q) =>
      q.code === "Q001" ? { questionId: q.id, value: "no", text: null } : q.code === "Q009" ? { questionId: q.id, value: "yes", text: "A1 for Jonas Jonaitis" } : { questionId: q.id, value: null, text: "Jonas Jonaitis left in March." },
    ),
  });
  exchanges.addExchangeMessage(ref, "Thank you – we will fine Jonas Jonaitis.", "en", actor(kari));
  const violation = violations.recordViolation(
    { source: { kind: "exchange", ref }, enterpriseId: null, category: "other", legalReference: "§ 14-5", description: "Jonas Jonaitis hired workers without contracts.", descriptionLanguage: "en", foundOn: "2025-02-01", sanction: "fine", fineAmountCents: 5_000_000, fineCurrency: "NOK" },
    actor(kari),
  );
  if (!violation.ok) throw new Error("violation refused");
  step("close", kari);
  sqlite.prepare("update exchanges set closed_at = ? where ref = ?").run(CLOSED_AT, ref);

  // A demo joint inspection, closed on the same day, with a team member's name, a message and a follow-up.
  const inspectionId = idOf("inspections", "ref", INSPECTION);
  sqlite.prepare("update inspections set closed_at = ?, reasons = 'Tip from Petras Petraitis about unpaid wages' where id = ?").run(CLOSED_AT, inspectionId);
  const plan = sqlite.prepare("select id from inspection_plans where inspection_id = ? order by revision desc limit 1").get(inspectionId) as { id: number };
  sqlite.prepare("insert into inspection_team_members (plan_id, authority_id, role, name) values (?, ?, 'inspector', 'Petras Petraitis')").run(plan.id, idOf("authorities", "slug", "nlia"));
  sqlite.prepare("insert into follow_up_actions (inspection_id, description, owner_authority_id) values (?, 'Call Petras Petraitis about his wages', ?)").run(inspectionId, idOf("authorities", "slug", "vdi"));
  inspections.addInspectionMessage(INSPECTION, "Petras Petraitis confirmed the hours.", "en", actor(ruta));

  // Two tips received on the same day: one with the reporter's details, one anonymous.
  const tip = (fields: Record<string, string>, address: string) => {
    const input = reportTipSchema.parse({ country: "NO", sector: "construction", place: "Oslo", employerName: "Demo Bygg AS", description: "Long days without overtime pay.", ...fields });
    const result = tips.submitTip({ ...input, locale: "nb", clientAddress: address }, new Date(CLOSED_AT));
    if (!result.ok) throw new Error("tip refused");
    return result.ref;
  };
  tipRef = tip({ anonymous: "no", reporterName: "Ona Onaitė", reporterContact: "+370 600 00000" }, "192.0.2.81");
  anonymousTipRef = tip({ anonymous: "yes" }, "192.0.2.82");

  baseline = figures();
});

afterAll(async () => {
  if (savedToday === undefined) delete process.env.PORTAL_TODAY;
  else process.env.PORTAL_TODAY = savedToday;
  await database.cleanup();
});

const exchangeFor = (user: SessionUser) => exchanges.getExchangeCase(ref, user, "en", "10.8.0.1")!;
const inspectionFor = (user: SessionUser) => inspections.getInspectionCase(INSPECTION, viewer(user), "en")!;
const attachmentIds = () => (sqlite.prepare("select id from attachments where exchange_id = (select id from exchanges where ref = ?) order by id").all(ref) as { id: number }[]).map((r) => r.id);

describe("six months after closing", () => {
  it("shows everything on the last day of the six months", () => {
    on("2025-09-10");
    const found = exchangeFor(kari);
    expect(found.retention).toMatchObject({ stage: "none", withheld: false });
    expect(found.exchange.subject).toBe("Fine for Jonas Jonaitis, site manager");
    expect(attachments.attachmentsForCase({ kind: "exchange", ref }, kari, "en").items).toHaveLength(2);
  });

  it("hides the personal data from both authorities' contact points the day after, and says so", () => {
    on("2025-09-11");
    for (const user of [kari, ruta]) {
      const found = exchangeFor(user);
      expect(found.retention).toMatchObject({ stage: "hidden", withheld: true, anonymisedOn: null, hideAfterMonths: 6 });
      for (const word of PERSONAL) expect(JSON.stringify(found)).not.toContain(word);
      // What is not personal data stays: the reference, the enterprise, the structured answer of a non-personal question.
      expect(found.exchange).toMatchObject({ ref, status: "closed", subject: "", urgencyReason: null, postedWorkersCount: 3 });
      expect(found.enterprise).not.toBeNull();
      expect(found.questions.map((q) => [q.questionCode, q.answerValue, q.answerText, q.supplementaryText])).toEqual([
        ["Q001", "no", null, null],
        ["Q009", null, null, null],
        [null, null, null, null],
      ]);
      expect(found.instrument).toMatchObject({ addresseeName: "", addresseeIdentifier: null, amountCents: 5_000_000, infringementNature: "Work without a written contract" });
      expect(found.messages.every((m) => m.body === "")).toBe(true);
      expect(found.violations).toHaveLength(1);
    }
    const inspection = inspectionFor(ruta);
    expect(inspection.retention).toMatchObject({ stage: "hidden", withheld: true });
    for (const word of PERSONAL) expect(JSON.stringify(inspection)).not.toContain(word);
    const view = inspections.inspectionCaseView(inspection, "en");
    expect(view.retention.withheld).toBe(true);
    for (const word of PERSONAL) expect(JSON.stringify(view)).not.toContain(word);
  });

  it("hides the case's files from contact points: not listed, not downloadable", () => {
    const page = attachments.attachmentsForCase({ kind: "exchange", ref }, ruta, "en");
    expect(page).toMatchObject({ items: [], withheld: "hidden" });
    expect(attachments.listAttachments({ kind: "exchange", ref }, ruta.authorityId)).toEqual([]);
    for (const id of attachmentIds()) expect(attachments.openAttachment(id, ruta, "10.8.0.1")).toBeNull();
  });

  it("still shows everything to an administrator, with a notice", () => {
    const found = exchangeFor(adminOfNlia);
    expect(found.retention).toMatchObject({ stage: "hidden", withheld: false });
    expect(found.exchange.subject).toBe("Fine for Jonas Jonaitis, site manager");
    expect(found.instrument?.addresseeIdentifier).toBe("38501010001");
    expect(found.messages.map((m) => m.body)).toContain("Thank you – we will fine Jonas Jonaitis.");
    expect(inspectionFor(adminOfNlia).plan?.team.map((m) => m.name)).toContain("Petras Petraitis");
    expect(attachments.attachmentsForCase({ kind: "exchange", ref }, adminOfNlia, "en")).toMatchObject({ withheld: null, items: [{ fileName: "kontrakt-jonaitis.pdf" }, { fileName: "form.pdf" }] });
    expect(attachments.openAttachment(attachmentIds()[0]!, adminOfNlia, "10.8.0.1")).not.toBeNull();
  });

  it("leaves cases still open alone", () => {
    const open = exchanges.getExchangeCase("EX-NO-LT-2026-0001", kari, "en", "10.8.0.1")!;
    expect(open.retention).toMatchObject({ stage: "none", withheld: false });
    expect(open.exchange.subject).not.toBe("");
  });

  it("the run records the hidden cases once, in the audit log, and changes no personal data yet", () => {
    const summary = retention.runRetention(new Date("2025-09-11T01:00:00Z"));
    expect(summary).toMatchObject({ today: "2025-09-11", hidden: 2, tipReportersErased: 0 });
    // The demo's cases of 2016–18 were closed more than three years before.
    expect(summary.anonymised).toBe(16);
    expect(auditOf("retention.hide").map((a) => [a.entity, a.entityId, a.userId])).toEqual([
      ["exchange", ref, null],
      ["inspection", INSPECTION, null],
    ]);
    expect(auditOf("retention.run")).toHaveLength(1);
    expect(JSON.parse(auditOf("retention.run")[0]!.detail!)).toMatchObject({ hidden: 2, anonymised: 16, settings: { hideAfterMonths: 6, anonymiseAfterYears: 3, tipReporterMonths: 12 } });
    const row = sqlite.prepare("select subject, personal_data_hidden_at as hiddenAt, anonymised_at as anonymisedAt from exchanges where ref = ?").get(ref);
    expect(row).toEqual({ subject: "Fine for Jonas Jonaitis, site manager", hiddenAt: "2025-09-11T01:00:00.000Z", anonymisedAt: null });
    expect(retention.runRetention(new Date("2025-09-11T02:00:00Z"))).toMatchObject({ hidden: 0, anonymised: 0 });
    expect(auditOf("retention.hide")).toHaveLength(2);
  });

  it("anonymised the demo's old cases without changing a single outcome figure", () => {
    const old = sqlite.prepare("select findings from inspection_findings where report_id in (select id from inspection_reports where inspection_id = (select id from inspections where ref = 'JI-NO-LT-2017-0001'))").all() as { findings: string }[];
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((f) => f.findings === "[anonymised]")).toBe(true);
    expect(figures()).toEqual(baseline);
  });
});

describe("tips' reporter details", () => {
  it("stay for twelve months after receipt", () => {
    on("2026-03-10");
    expect(retention.runRetention()).toMatchObject({ tipReportersErased: 0 });
    expect(tips.viewTip(tipRef, actor(kari))?.reporter).toEqual({ kind: "named", name: "Ona Onaitė", contact: "+370 600 00000" });
  });

  it("are erased the day after, audited, and the tip says so; anonymous tips have nothing to erase", () => {
    on("2026-03-11");
    expect(retention.runRetention(new Date("2026-03-11T01:00:00Z"))).toMatchObject({ tipReportersErased: 1, hidden: 0, anonymised: 0 });
    expect(sqlite.prepare("select reporter_name, reporter_contact, reporter_details_removed_at, description from tips where ref = ?").get(tipRef)).toEqual({
      reporter_name: null,
      reporter_contact: null,
      reporter_details_removed_at: "2026-03-11T01:00:00.000Z",
      description: "Long days without overtime pay.",
    });
    expect(tips.viewTip(tipRef, actor(kari))?.reporter).toEqual({ kind: "removed", removedAt: "2026-03-11T01:00:00.000Z" });
    expect(auditOf("retention.erase_reporter").map((a) => [a.entity, a.entityId])).toEqual([["tip", tipRef]]);
    expect(sqlite.prepare("select reporter_details_removed_at as removed from tips where ref = ?").get(anonymousTipRef)).toEqual({ removed: null });
    expect(retention.runRetention()).toMatchObject({ tipReportersErased: 0 });
  });
});

describe("three years after closing", () => {
  it("keeps the personal data (hidden) on the last day of the three years", () => {
    on("2028-03-10");
    expect(retention.runRetention()).toMatchObject({ anonymised: 0 });
    expect(exchangeFor(adminOfNlia).exchange.subject).toBe("Fine for Jonas Jonaitis, site manager");
  });

  it("anonymises the day after: names, identifiers and free text overwritten, one audit entry per case", () => {
    on("2028-03-11");
    const summary = retention.runRetention(new Date("2028-03-11T01:00:00Z"));
    expect(summary).toMatchObject({ hidden: 0, anonymised: 2, reanonymised: 0, tipReportersErased: 0, attachmentFilesDeleted: 1 });
    const exchange = sqlite.prepare("select id, subject, urgency_reason as urgencyReason, anonymised_at as anonymisedAt, posted_workers_count as workers from exchanges where ref = ?").get(ref) as Record<string, unknown>;
    expect(exchange).toMatchObject({ subject: "[anonymised]", urgencyReason: "[anonymised]", anonymisedAt: "2028-03-11T01:00:00.000Z", workers: 3 });
    expect(sqlite.prepare("select question_code as code, answer_value as value, answer_text as text, supplementary_text as supplementary from exchange_questions where exchange_id = ? order by position").all(exchange.id)).toEqual([
      { code: "Q001", value: "no", text: null, supplementary: null },
      { code: "Q009", value: "[anonymised]", text: "[anonymised]", supplementary: null },
      { code: null, value: null, text: "[anonymised]", supplementary: "[anonymised]" },
    ]);
    expect(sqlite.prepare("select addressee_name as name, addressee_identifier as identifier, amount_cents as amount, currency from penalty_instruments where exchange_id = ?").get(exchange.id)).toEqual({
      name: "[anonymised]",
      identifier: null,
      amount: 5_000_000,
      currency: "NOK",
    });
    expect(sqlite.prepare("select category, sanction, fine_amount_cents as fine, found_on as foundOn, description from violations where exchange_id = ?").get(exchange.id)).toEqual({
      category: "other",
      sanction: "fine",
      fine: 5_000_000,
      foundOn: "2025-02-01",
      description: "[anonymised]",
    });
    expect(sqlite.prepare("select name from inspection_team_members where plan_id in (select id from inspection_plans where inspection_id = (select id from inspections where ref = ?))").all(INSPECTION)).toEqual(
      expect.arrayContaining([{ name: null }]),
    );
    const audits = auditOf("retention.anonymise").filter((a) => a.entityId === ref || a.entityId === INSPECTION);
    expect(audits.map((a) => [a.entity, a.entityId, a.userId])).toEqual([
      ["exchange", ref, null],
      ["inspection", INSPECTION, null],
    ]);
    expect(JSON.parse(audits[0]!.detail!)).toMatchObject({ closedOn: "2025-03-10", anonymiseAfterYears: 3 });
  });

  it("leaves no personal data of the case in any table, the audit log included", () => {
    const all = everything();
    for (const word of PERSONAL) expect(all, word).not.toContain(word);
    // Enterprises are legal persons, needed for the counts: they stay.
    expect(all).toContain((sqlite.prepare("select name from enterprises order by id limit 1").get() as { name: string }).name);
  });

  it("deletes the stored bytes of the case's files, but not a file another case still has", () => {
    expect(existsSync(attachments.blobPath(uniqueSha))).toBe(false);
    expect(existsSync(attachments.blobPath(sharedSha))).toBe(true);
    expect(sqlite.prepare("select file_name as name, sha256 from attachments where exchange_id = (select id from exchanges where ref = ?)").all(ref)).toEqual([
      { name: "[anonymised]", sha256: "" },
      { name: "[anonymised]", sha256: "" },
    ]);
    expect(attachments.listAttachments(SHARED_CASE, kari.authorityId)?.map((a) => a.fileName)).toEqual(["form.pdf"]);
  });

  it("withholds the case from everyone now, administrators included, and says when it was anonymised", () => {
    for (const user of [kari, adminOfNlia]) {
      const found = exchangeFor(user);
      expect(found.retention).toMatchObject({ stage: "anonymised", withheld: true, anonymisedOn: "2028-03-11" });
      expect(JSON.stringify(found)).not.toContain("[anonymised]");
      expect(attachments.attachmentsForCase({ kind: "exchange", ref }, user, "en")).toMatchObject({ items: [], withheld: "anonymised" });
      for (const id of attachmentIds()) expect(attachments.openAttachment(id, user, "10.8.0.1")).toBeNull();
    }
    expect(inspectionFor(adminOfNlia).retention).toMatchObject({ stage: "anonymised", withheld: true });
  });

  it("gives the same outcome figures as before", () => {
    expect(figures()).toEqual(baseline);
  });

  it("changes nothing when run again, and only says that it ran", () => {
    const before = snapshot();
    const files = readdirSync(join(dirname(database.path), "attachments"), { recursive: true }).sort();
    const runs = auditOf("retention.run").length;
    const audits = (sqlite.prepare("select count(*) as n from audit_log").get() as { n: number }).n;
    expect(retention.runRetention()).toMatchObject({ hidden: 0, anonymised: 0, reanonymised: 0, tipReportersErased: 0, attachmentFilesDeleted: 0 });
    expect(snapshot()).toBe(before);
    expect(readdirSync(join(dirname(database.path), "attachments"), { recursive: true }).sort()).toEqual(files);
    expect(auditOf("retention.run")).toHaveLength(runs + 1);
    expect((sqlite.prepare("select count(*) as n from audit_log").get() as { n: number }).n).toBe(audits + 1);
  });

  it("overwrites text added to an anonymised case afterwards on the next run", () => {
    exchanges.addExchangeMessage(ref, "Jonas Jonaitis called again.", "en", actor(ruta));
    const summary = retention.runRetention();
    expect(summary).toMatchObject({ anonymised: 0, reanonymised: 1 });
    expect(everything()).not.toContain("Jonas Jonaitis");
    expect(JSON.parse(auditOf("retention.anonymise", ref).at(-1)!.detail!)).toMatchObject({ again: true, rowsOverwritten: 1 });
    expect(retention.runRetention()).toMatchObject({ reanonymised: 0 });
  });
});

describe("formatting the summary", () => {
  it("reads as one line", () => {
    const base = { today: "2026-01-01", settings: { hideAfterMonths: 6, anonymiseAfterYears: 3, tipReporterMonths: 12 }, reanonymised: 0, attachmentFilesDeleted: 0 };
    expect(retention.formatRetentionSummary({ ...base, hidden: 3, anonymised: 2, tipReportersErased: 1 })).toBe("retention: 3 cases hidden, 2 anonymised, 1 tip reporter erased");
    expect(retention.formatRetentionSummary({ ...base, hidden: 1, anonymised: 0, tipReportersErased: 2, attachmentFilesDeleted: 1 })).toBe(
      "retention: 1 case hidden, 0 anonymised, 2 tip reporters erased, 1 attachment file deleted",
    );
  });
});

describe("npm run retention", () => {
  const cli = (path: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "db/cli/retention.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: path, PORTAL_TODAY: "2026-11-23", ...env },
      encoding: "utf8",
      timeout: 60_000,
    });

  it("runs against a database file, prints one summary line, and a second run changes nothing", { timeout: 60_000 }, async () => {
    const file = freshDatabaseFile();
    try {
      const connection = openDatabase(file.path);
      await seedDemoData(connection.db);
      connection.sqlite.close();

      const refused = cli(file.path, { RETENTION_HIDE_AFTER_MONTHS: "six" });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("RETENTION_HIDE_AFTER_MONTHS");

      const first = cli(file.path);
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      expect(first.stdout.trim()).toBe("retention: 1 case hidden, 17 anonymised, 0 tip reporters erased");
      const second = cli(file.path);
      expect(second.stdout.trim()).toBe("retention: 0 cases hidden, 0 anonymised, 0 tip reporters erased");

      const check = openDatabase(file.path);
      try {
        expect(check.sqlite.prepare("select count(*) as n from audit_log where action = 'retention.run'").get()).toEqual({ n: 2 });
        expect(check.sqlite.prepare("select count(*) as n from exchanges where anonymised_at is not null").get()).toEqual({ n: 12 });
      } finally {
        check.sqlite.close();
      }
    } finally {
      file.cleanup();
    }
  });
});
