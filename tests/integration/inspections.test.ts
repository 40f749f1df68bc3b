// Joint-inspection requests over the demo data: every service function, need-to-know isolation, the state machine
// through the service (illegal steps refused with the workflow message), stale versions refused, deadlines in the
// partner's calendar and 14 days for the report, the report locked on closing with later changes as new versions,
// the calendar feed, and the outcome figures of a period counting the inspection and its violations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lithuanianCompanyCodeFrom, norwegianOrganisationNumberFrom } from "../../db/seed/demo-identifiers";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let svc: typeof import("~/.server/inspections");
let violationsSvc: typeof import("~/.server/violations");
let inbox: typeof import("~/.server/inbox");
let figures: typeof import("~/.server/agreement-figures");
let sqlite: typeof import("~/.server/db").sqlite;

const notified: { kind: string; ref: string; users: number[] }[] = [];
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
const authorityId = (slug: string) => one<{ id: number }>("select id from authorities where slug = ?", slug).id;
const actorOf = (email: string) => {
  const row = one<{ id: number; authority_id: number }>("select id, authority_id from users where email = ?", email);
  return { userId: row.id, authorityId: row.authority_id, ipAddress: "127.0.0.1" };
};
const row = (ref: string) => one<Record<string, unknown> & { id: number; status: string; version: number }>("select * from inspections where ref = ?", ref);
const auditCount = (action: string, ref: string) => one<{ n: number }>("select count(*) as n from audit_log where action = ? and entity_id = ?", action, ref).n;

const LT = "kontaktas@vdi.demo";
const NO = "kontakt@arbeidstilsynet.demo";
const PL = "kontakt@pip.demo";
const NO_ENTERPRISE = norwegianOrganisationNumberFrom(91_234_700);
const LT_ENTERPRISE = lithuanianCompanyCodeFrom(30_412_700);

let agreementId = 0;
function request(overrides: Partial<Parameters<typeof svc.createInspection>[0]> = {}): Parameters<typeof svc.createInspection>[0] {
  return {
    agreementId,
    mode: "joint",
    hostCountry: "NO",
    enterprises: [
      { row: 0, country: "NO", registrationNumber: NO_ENTERPRISE, name: "Prøve Hovedentreprenør AS", relation: "main_contractor" },
      { row: 1, country: "LT", registrationNumber: LT_ENTERPRISE, name: "UAB „Bandomoji statyba“", relation: "subcontractor" },
    ],
    siteAddress: "Testveien 5 (building site)",
    municipality: "Drammen",
    sector: "construction",
    riskIndicators: ["chain_of_subcontractors", "low_pay_suspected"],
    reasons: "Lithuanian subcontractor with many posted workers; tip about long days.",
    proposedFrom: "2027-04-05",
    proposedTo: "2027-04-09",
    agencies: [
      { side: "requester", kind: "labour_inspection" },
      { side: "partner", kind: "labour_inspection" },
      { side: "partner", kind: "police" },
    ],
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    textLanguage: "en",
    send: true,
    ...overrides,
  };
}

beforeAll(async () => {
  delete process.env.PORTAL_TODAY;
  database = await useAppDatabase({ seed: true });
  svc = await import("~/.server/inspections");
  violationsSvc = await import("~/.server/violations");
  inbox = await import("~/.server/inbox");
  figures = await import("~/.server/agreement-figures");
  ({ sqlite } = await import("~/.server/db"));
  agreementId = one<{ id: number }>("select id from agreements where slug = 'no-lt'").id;
  svc.onInspectionEvent((_tx, users, kind, ref) => notified.push({ kind, ref, users }));
});
afterAll(() => database.cleanup());

describe("requesting a joint inspection", () => {
  it("stores the request with the partner's answer due in the partner's working days", () => {
    // Monday 22 March 2027: Maundy Thursday, Good Friday and Easter Monday are Norwegian holidays.
    const result = svc.createInspection(request(), actorOf(LT), at("2027-03-22"));
    expect(result).toEqual({ ok: true, ref: "JI-NO-LT-2027-0001" });
    const r = row("JI-NO-LT-2027-0001");
    expect(r).toMatchObject({ status: "requested", requested_on: "2027-03-22", response_due_on: "2027-04-08", host_country: "NO", mode: "joint", version: 1, interpreter_needed: 1 });
    expect(r.requesting_authority_id).toBe(authorityId("vdi"));
    expect(r.partner_authority_id).toBe(authorityId("nlia"));
    const agencies = sqlite.prepare("select country, agency_kind as kind from inspection_agencies where inspection_id = ? order by id").all(r.id);
    expect(agencies).toEqual([
      { country: "LT", kind: "labour_inspection" },
      { country: "NO", kind: "labour_inspection" },
      { country: "NO", kind: "police" },
    ]);
    const targets = sqlite.prepare("select e.registration_number as number, ie.relation from inspection_enterprises ie join enterprises e on e.id = ie.enterprise_id where inspection_id = ? order by ie.id").all(r.id);
    expect(targets).toEqual([
      { number: NO_ENTERPRISE, relation: "main_contractor" },
      { number: LT_ENTERPRISE, relation: "subcontractor" },
    ]);
    expect(sqlite.prepare("select indicator from inspection_risk_indicators where inspection_id = ? order by id").all(r.id)).toHaveLength(2);
    expect(one<{ from_on: string; to_on: string }>("select from_on, to_on from inspection_date_proposals where inspection_id = ?", r.id)).toEqual({ from_on: "2027-04-05", to_on: "2027-04-09" });
    expect(one<{ action: string; to_status: string }>("select action, to_status from case_events where inspection_id = ?", r.id)).toEqual({ action: "request", to_status: "requested" });
    expect(auditCount("inspection.requested", "JI-NO-LT-2027-0001")).toBe(1);
    expect(notified.at(-1)).toMatchObject({ kind: "inspection_received", ref: "JI-NO-LT-2027-0001", users: [actorOf(NO).userId] });
  });

  it("counts in the other calendar when the partner is Lithuanian, and uses the agreement's response time", () => {
    const fromNorway = svc.createInspection(request({ hostCountry: "LT" }), actorOf(NO), at("2027-03-22"));
    expect(fromNorway.ok).toBe(true);
    // Lithuania has only Easter Monday off in that stretch.
    expect(row("JI-NO-LT-2027-0002").response_due_on).toBe("2027-04-06");
    sqlite.prepare("update agreements set inspection_response_days = 3 where id = ?").run(agreementId);
    try {
      svc.createInspection(request({ hostCountry: "LT" }), actorOf(NO), at("2027-03-22"));
      expect(row("JI-NO-LT-2027-0003").response_due_on).toBe("2027-03-25");
    } finally {
      sqlite.prepare("update agreements set inspection_response_days = 10 where id = ?").run(agreementId);
    }
  });

  it("refuses a request that does not hold together", () => {
    const lt = actorOf(LT);
    const now = at("2027-03-22");
    expect(svc.createInspection(request({ hostCountry: "PL" }), lt, now)).toEqual({ ok: false, errors: { hostCountry: "errors.hostCountryInvalid" } });
    expect(svc.createInspection(request(), actorOf(PL), now)).toEqual({ ok: false, errors: { agreementId: "errors.agreementInvalid" } });
    expect(svc.createInspection(request({ proposedTo: "2027-04-01" }), lt, now)).toEqual({ ok: false, errors: { proposedTo: "errors.windowOrder" } });
    expect(svc.createInspection(request({ proposedFrom: "2027-03-01" }), lt, now)).toEqual({ ok: false, errors: { proposedFrom: "errors.windowInPast" } });
    const unknown = svc.createInspection(request({ enterprises: [{ row: 2, country: "NO", registrationNumber: norwegianOrganisationNumberFrom(91_234_800), name: "", relation: "other" }] }), lt, now);
    expect(unknown).toEqual({ ok: false, errors: { "enterprise-2-name": "errors.enterpriseNameRequired" } });
    expect(row("JI-NO-LT-2027-0004" as string) ?? null).toBeNull();
  });

  it("keeps a draft to the requester until it is sent", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const draft = svc.createInspection(request({ send: false, proposedFrom: "2027-05-03", proposedTo: "2027-05-07" }), lt, at("2027-03-22"));
    expect(draft).toEqual({ ok: true, ref: "JI-NO-LT-2027-0004" });
    expect(row("JI-NO-LT-2027-0004")).toMatchObject({ status: "draft", requested_on: null, response_due_on: null });
    expect(svc.getInspectionCase("JI-NO-LT-2027-0004", no, "en")).toBeNull();
    expect(svc.transitionInspection("JI-NO-LT-2027-0004", "accept", { expectedVersion: 1, input: { date: "2027-05-04" }, language: "en" }, no, at("2027-03-22"))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.listInspections(no.authorityId, "en", { page: 1 }).rows.map((r) => r.ref)).not.toContain("JI-NO-LT-2027-0004");
    expect(svc.getInspectionCase("JI-NO-LT-2027-0004", lt, "en")?.actions).toEqual(["request", "withdraw"]);

    expect(svc.transitionInspection("JI-NO-LT-2027-0004", "request", { expectedVersion: 1, language: "en" }, lt, at("2027-03-23"))).toEqual({ ok: true, status: "requested" });
    expect(row("JI-NO-LT-2027-0004")).toMatchObject({ status: "requested", requested_on: "2027-03-23", response_due_on: "2027-04-09", version: 2 });
    expect(svc.getInspectionCase("JI-NO-LT-2027-0004", no, "en")?.side).toBe("partner");
  });
});

describe("need to know", () => {
  it("shows nothing of an NO–LT inspection to the Polish inspectorate", () => {
    const pl = actorOf(PL);
    const ref = "JI-NO-LT-2026-0001";
    expect(svc.getInspectionCase(ref, pl, "en")).toBeNull();
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: 1, input: { date: "2027-01-12" }, language: "en" }, pl, at("2026-11-23"))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.addInspectionMessage(ref, "Hello", "en", pl)).toBe(false);
    expect(svc.saveInspectionPlan(ref, { inspectionOn: "2027-01-12", meetingPoint: "x", visitingOfficialsRole: "", documentsToRequest: "", team: [] }, { expectedVersion: 1, schedule: true, language: "en" }, pl)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.addReportEntry(ref, { enterpriseId: 1, findings: "x", documentsInspected: "", language: "en", workerCounts: [] }, { expectedVersion: 1 }, pl)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.addFollowUpAction(ref, { description: "x", ownerAuthorityId: pl.authorityId, dueOn: null }, { expectedVersion: 1 }, pl)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.completeFollowUpAction(ref, 1, { expectedVersion: 1 }, pl)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(svc.listInspections(pl.authorityId, "en", { page: 1 }).rows).toEqual([]);
    expect(svc.inspectionCalendar(pl.authorityId, { month: "2017-09", agreementIds: [agreementId] }).flatMap((g) => g.entries)).toEqual([]);
    expect(violationsSvc.findSourceCase({ kind: "inspection", ref }, pl.authorityId)).toBeNull();
  });

  it("audits every view of a case, and the list", () => {
    const no = actorOf(NO);
    const before = auditCount("inspection.viewed", "JI-NO-LT-2026-0001");
    expect(svc.getInspectionCase("JI-NO-LT-2026-0001", no, "nb")?.side).toBe("requester");
    expect(svc.getInspectionCase("JI-NO-LT-2026-0001", actorOf(LT), "lt")?.side).toBe("partner");
    expect(auditCount("inspection.viewed", "JI-NO-LT-2026-0001")).toBe(before + 2);
    svc.listInspections(no.authorityId, "en", { page: 1 }, no);
    expect(one<{ n: number }>("select count(*) as n from audit_log where action = 'inspection.list.viewed' and user_id = ?", no.userId).n).toBe(1);
  });
});

describe("the state machine through the service", () => {
  const ref = "JI-NO-LT-2027-0001";

  it("refuses illegal steps with the workflow message and writes nothing", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const now = at("2027-03-24");
    const version = row(ref).version;
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: version, input: { date: "2027-04-06" }, language: "lt" }, lt, now)).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(svc.transitionInspection(ref, "close", { expectedVersion: version, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(svc.transitionInspection(ref, "mark_conducted", { expectedVersion: version, input: { date: "2027-03-24" }, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: version, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.dateRequired" });
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: version, input: { date: "2027-02-30" }, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.dateInvalid" });
    expect(svc.transitionInspection(ref, "decline", { expectedVersion: version, input: { reason: " " }, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.reasonRequired" });
    expect(svc.transitionInspection(ref, "counter_propose", { expectedVersion: version, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.proposedDatesRequired" });
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: version, input: { date: "2027-04-20" }, language: "nb" }, no, now)).toEqual({ ok: false, reason: "errors.dateOutsideWindow" });
    expect(svc.saveInspectionPlan(ref, { inspectionOn: "2027-04-06", meetingPoint: "x", visitingOfficialsRole: "", documentsToRequest: "", team: [] }, { expectedVersion: version, schedule: true, language: "nb" }, no, now)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(svc.addReportEntry(ref, { enterpriseId: 1, findings: "x", documentsInspected: "", language: "nb", workerCounts: [] }, { expectedVersion: version }, no, now)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(row(ref)).toMatchObject({ status: "requested", version });
  });

  it("refuses a stale version and says what changed", () => {
    const no = actorOf(NO);
    const version = row(ref).version;
    const counter = svc.transitionInspection(ref, "counter_propose", { expectedVersion: version, input: { proposedDates: ["2027-04-12", "2027-04-16"], note: "Week 15 is full; week 15+1 works." }, language: "nb" }, no, at("2027-03-24"));
    expect(counter).toEqual({ ok: true, status: "counter_proposed" });
    // A second tab with the old version: refused, nothing written.
    const stale = svc.transitionInspection(ref, "decline", { expectedVersion: version, input: { reason: "No." }, language: "nb" }, no, at("2027-03-24"));
    expect(stale.ok).toBe(false);
    expect(stale).toMatchObject({ ok: false, reason: "workflow.notAllowed" });
    const staleMessage = svc.addFollowUpAction(ref, { description: "x", ownerAuthorityId: no.authorityId, dueOn: null }, { expectedVersion: version }, no);
    expect(staleMessage).toMatchObject({ ok: false });
    const lt = actorOf(LT);
    const staleAccept = svc.transitionInspection(ref, "accept_proposal", { expectedVersion: version, input: { date: "2027-04-13" }, language: "lt" }, lt, at("2027-03-25"));
    expect(staleAccept).toMatchObject({ ok: false, reason: "errors.changed", changed: { status: "counter_proposed", version: version + 1 } });
    if (!staleAccept.ok) expect(staleAccept.changed?.events.at(-1)?.action).toBe("counter_propose");
    expect(row(ref)).toMatchObject({ status: "counter_proposed", version: version + 1 });
    const proposals = sqlite.prepare("select from_on, to_on, note from inspection_date_proposals where inspection_id = ? order by id").all(row(ref).id);
    expect(proposals.at(-1)).toEqual({ from_on: "2027-04-12", to_on: "2027-04-16", note: "Week 15 is full; week 15+1 works." });
  });

  it("runs request → other dates → accepted → planned and scheduled → conducted → reported → closed", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const v = () => row(ref).version;
    expect(svc.transitionInspection(ref, "accept_proposal", { expectedVersion: v(), input: { date: "2027-04-20" }, language: "lt" }, lt, at("2027-03-25"))).toEqual({ ok: false, reason: "errors.dateOutsideProposal" });
    expect(svc.transitionInspection(ref, "accept_proposal", { expectedVersion: v(), input: { date: "2027-04-13" }, language: "lt" }, lt, at("2027-03-25"))).toEqual({ ok: true, status: "accepted" });
    expect(row(ref)).toMatchObject({ status: "accepted", scheduled_on: "2027-04-13" });

    // Scheduling needs the plan.
    expect(svc.transitionInspection(ref, "schedule", { expectedVersion: v(), input: { date: "2027-04-13" }, language: "nb" }, no, at("2027-03-26"))).toEqual({ ok: false, reason: "errors.planRequired" });
    const team = [
      { authorityId: no.authorityId, role: "lead_inspector" as const, name: null },
      { authorityId: lt.authorityId, role: "visiting_inspector" as const, name: "Inspektorius A" },
      { authorityId: no.authorityId, role: "police_officer" as const, name: null },
    ];
    const plan = { inspectionOn: "2027-04-13", meetingPoint: "Site office, 07:30", visitingOfficialsRole: "Observers; may question workers in Lithuanian", documentsToRequest: "Contracts, time records, payslips, A1", team };
    expect(svc.saveInspectionPlan(ref, { ...plan, team: [{ authorityId: authorityId("pip"), role: "inspector", name: null }] }, { expectedVersion: v(), schedule: true, language: "nb" }, no, at("2027-03-26"))).toMatchObject({ ok: false, reason: "errors.teamSideRequired" });
    expect(svc.saveInspectionPlan(ref, { ...plan, inspectionOn: "2027-03-01" }, { expectedVersion: v(), schedule: true, language: "nb" }, no, at("2027-03-26"))).toMatchObject({ ok: false, reason: "errors.dateInPast" });
    expect(svc.saveInspectionPlan(ref, plan, { expectedVersion: v(), schedule: false, language: "nb" }, no, at("2027-03-26"))).toEqual({ ok: true, status: "accepted" });
    expect(svc.saveInspectionPlan(ref, plan, { expectedVersion: v(), schedule: true, language: "nb" }, no, at("2027-03-26"))).toEqual({ ok: true, status: "scheduled" });
    const plans = sqlite.prepare("select revision, inspection_on from inspection_plans where inspection_id = ? order by revision").all(row(ref).id);
    expect(plans).toEqual([
      { revision: 1, inspection_on: "2027-04-13" },
      { revision: 2, inspection_on: "2027-04-13" },
    ]);
    // The partner moves it by a day through the plan: rescheduled, a new plan revision.
    expect(svc.saveInspectionPlan(ref, { ...plan, inspectionOn: "2027-04-14" }, { expectedVersion: v(), schedule: false, language: "lt" }, lt, at("2027-03-29"))).toEqual({ ok: true, status: "scheduled" });
    expect(row(ref)).toMatchObject({ status: "scheduled", scheduled_on: "2027-04-14" });
    // …and back by the transition itself: the plan follows the date.
    expect(svc.transitionInspection(ref, "reschedule", { expectedVersion: v(), input: { date: "2027-04-15" }, language: "nb" }, no, at("2027-03-29"))).toEqual({ ok: true, status: "scheduled" });
    const latestPlan = svc.getInspectionCase(ref, no, "en")!.plan!;
    expect(latestPlan).toMatchObject({ revision: 4, inspectionOn: "2027-04-15", meetingPoint: "Site office, 07:30" });
    expect(latestPlan.team).toHaveLength(3);
    const events = sqlite.prepare("select action from case_events where inspection_id = ? order by id").all(row(ref).id).map((e) => (e as { action: string }).action);
    expect(events).toEqual(["request", "counter_propose", "accept_proposal", "plan_saved", "plan_saved", "schedule", "plan_saved", "reschedule", "reschedule"]);

    // Not before it happened.
    expect(svc.transitionInspection(ref, "mark_conducted", { expectedVersion: v(), input: { date: "2027-04-15" }, language: "nb" }, no, at("2027-04-14"))).toEqual({ ok: false, reason: "errors.conductedInFuture" });
    expect(svc.transitionInspection(ref, "mark_conducted", { expectedVersion: v(), input: { date: "2027-04-15" }, language: "nb" }, no, at("2027-04-16"))).toEqual({ ok: true, status: "conducted" });
    // 14 calendar days after the inspection.
    expect(row(ref)).toMatchObject({ status: "conducted", conducted_on: "2027-04-15", report_due_on: "2027-04-29" });
    expect(svc.transitionInspection(ref, "report", { expectedVersion: v(), language: "nb" }, no, at("2027-04-16"))).toEqual({ ok: false, reason: "errors.reportEmpty" });
  });

  it("takes findings, workers checked and follow-up actions from both sides", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const v = () => row(ref).version;
    const ids = svc.getInspectionCase(ref, no, "en")!.enterprises.map((e) => e.id);
    const [main, sub] = ids as [number, number];
    expect(svc.addReportEntry(ref, { enterpriseId: authorityId("pip"), findings: "x", documentsInspected: "", language: "nb", workerCounts: [] }, { expectedVersion: v() }, no)).toMatchObject({ ok: false, reason: "errors.enterpriseChoose" });
    expect(svc.addReportEntry(ref, { enterpriseId: main, findings: "Subcontractor list and HSE cards in order.", documentsInspected: "HSE cards", language: "nb", workerCounts: [{ originCountry: "NO", count: 5 }] }, { expectedVersion: v() }, no, at("2027-04-16"))).toMatchObject({ ok: true, reportVersion: 1 });
    expect(svc.addReportEntry(ref, { enterpriseId: sub, findings: "Darbo sutartys neatitinka darbo užmokesčio.", documentsInspected: "Darbo sutartys", language: "lt", workerCounts: [{ originCountry: "LT", count: 12 }, { originCountry: "UA", count: 2 }] }, { expectedVersion: v() }, lt, at("2027-04-17"))).toMatchObject({ ok: true, reportVersion: 1 });
    // A corrected count replaces the earlier one for the same enterprise and country.
    expect(svc.addReportEntry(ref, { enterpriseId: sub, findings: "Time records show 60-hour weeks.", documentsInspected: "Time records", language: "en", workerCounts: [{ originCountry: "LT", count: 14 }] }, { expectedVersion: v() }, no, at("2027-04-17"))).toMatchObject({ ok: true, reportVersion: 1 });
    const report = svc.getInspectionCase(ref, lt, "lt")!.report;
    expect(report.findings.map((f) => [f.enterpriseId, f.authorityId, f.language])).toEqual([
      [main, no.authorityId, "nb"],
      [sub, lt.authorityId, "lt"],
      [sub, no.authorityId, "en"],
    ]);
    expect(report.workerCounts.filter((w) => w.enterpriseId === sub)).toEqual([
      { enterpriseId: sub, originCountry: "LT", count: 14 },
      { enterpriseId: sub, originCountry: "UA", count: 2 },
    ]);

    expect(svc.addFollowUpAction(ref, { description: "Order on pay", ownerAuthorityId: authorityId("pip"), dueOn: null }, { expectedVersion: v() }, no)).toMatchObject({ ok: false, reason: "errors.ownerRequired" });
    expect(svc.addFollowUpAction(ref, { description: "Order on pay to the subcontractor", ownerAuthorityId: no.authorityId, dueOn: "2027-05-15" }, { expectedVersion: v() }, no, at("2027-04-17"))).toEqual({ ok: true, status: "conducted" });
    expect(svc.addFollowUpAction(ref, { description: "Check social insurance in Lithuania", ownerAuthorityId: lt.authorityId, dueOn: "2027-05-31" }, { expectedVersion: v() }, lt, at("2027-04-17"))).toEqual({ ok: true, status: "conducted" });
    const followUps = svc.getInspectionCase(ref, lt, "lt")!.followUps;
    expect(followUps.map((f) => [f.ownerAuthorityId, f.dueOn, f.doneAt])).toEqual([
      [no.authorityId, "2027-05-15", null],
      [lt.authorityId, "2027-05-31", null],
    ]);
    expect(svc.completeFollowUpAction(ref, followUps[1]!.id, { expectedVersion: v() }, lt, at("2027-04-20"))).toEqual({ ok: true, status: "conducted" });
    expect(svc.completeFollowUpAction(ref, followUps[1]!.id, { expectedVersion: v() }, lt, at("2027-04-20"))).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(svc.completeFollowUpAction(ref, 999_999, { expectedVersion: v() }, lt)).toEqual({ ok: false, reason: "errors.notFound" });

    expect(svc.addInspectionMessage(ref, "Vertimą pridėsime rytoj.", "lt", lt, at("2027-04-18"))).toBe(true);
    expect(svc.getInspectionCase(ref, no, "nb")!.messages.at(-1)).toMatchObject({ body: "Vertimą pridėsime rytoj.", language: "lt" });
    expect(auditCount("inspection.message_added", ref)).toBe(1);
  });

  it("records three violations from the inspection", () => {
    const no = actorOf(NO);
    for (const category of ["pay", "working_time", "health_and_safety"] as const) {
      const result = violationsSvc.recordViolation(
        { source: { kind: "inspection", ref }, enterpriseId: null, category, legalReference: "", description: `Found: ${category}`, descriptionLanguage: "en", foundOn: "2027-04-15", sanction: "order", fineAmountCents: null, fineCurrency: null },
        no,
      );
      expect(result.ok).toBe(true);
    }
    expect(svc.getInspectionCase(ref, actorOf(LT), "lt")!.violations.map((v) => v.category)).toEqual(["pay", "working_time", "health_and_safety"]);
  });

  it("locks the report on closing; later changes are new, logged versions", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const v = () => row(ref).version;
    expect(svc.transitionInspection(ref, "report", { expectedVersion: v(), language: "nb" }, no, at("2027-04-21"))).toEqual({ ok: true, status: "reported" });
    expect(row(ref)).toMatchObject({ status: "reported", reported_on: "2027-04-21" });
    // Still open for findings while reported, in the same version.
    expect(svc.addReportEntry(ref, { enterpriseId: svc.getInspectionCase(ref, lt, "lt")!.enterprises[1]!.id, findings: "Sodra: įmokos nemokėtos.", documentsInspected: "", language: "lt", workerCounts: [] }, { expectedVersion: v() }, lt, at("2027-04-22"))).toMatchObject({ ok: true, reportVersion: 1 });
    expect(svc.transitionInspection(ref, "close", { expectedVersion: v(), language: "nb" }, no, at("2027-04-23"))).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(svc.transitionInspection(ref, "close", { expectedVersion: v(), language: "lt" }, lt, at("2027-04-23"))).toEqual({ ok: true, status: "closed" });
    expect(row(ref)).toMatchObject({ status: "closed" });
    expect(row(ref).closed_at).toBeTruthy();
    const versions = () => sqlite.prepare("select report_version as version, locked_at is not null as locked, (select count(*) from inspection_findings f where f.report_id = r.id) as findings from inspection_reports r where inspection_id = ? order by report_version").all(row(ref).id);
    expect(versions()).toEqual([{ version: 1, locked: 1, findings: 4 }]);

    const sub = svc.getInspectionCase(ref, no, "en")!.enterprises[1]!.id;
    expect(svc.addReportEntry(ref, { enterpriseId: sub, findings: "Payment of arrears confirmed on 30 April.", documentsInspected: "Bank statements", language: "en", workerCounts: [{ originCountry: "LT", count: 15 }] }, { expectedVersion: v() }, no, at("2027-05-02"))).toMatchObject({ ok: true, status: "closed", reportVersion: 2 });
    expect(versions()).toEqual([
      { version: 1, locked: 1, findings: 4 },
      { version: 2, locked: 1, findings: 5 },
    ]);
    // Version 1 is as it was; the case shows the latest unless asked for another.
    const latest = svc.getInspectionCase(ref, no, "en")!;
    expect(latest.report.shown?.version).toBe(2);
    expect(latest.report.addsVersion).toBe(true);
    expect(latest.report.workerCounts.find((w) => w.enterpriseId === sub && w.originCountry === "LT")?.count).toBe(15);
    const first = svc.getInspectionCase(ref, no, "en", { reportVersion: 1 })!;
    expect(first.report.shown?.version).toBe(1);
    expect(first.report.findings).toHaveLength(4);
    expect(first.report.workerCounts.find((w) => w.enterpriseId === sub && w.originCountry === "LT")?.count).toBe(14);
    expect(sqlite.prepare("select action from case_events where inspection_id = ? order by id desc limit 1").get(row(ref).id)).toEqual({ action: "report_revised" });
    expect(auditCount("inspection.report_revised", ref)).toBe(1);
    // Nothing moves a closed case.
    expect(svc.transitionInspection(ref, "withdraw", { expectedVersion: v(), language: "lt" }, lt)).toEqual({ ok: false, reason: "workflow.notAllowed" });
    expect(latest.actions).toEqual([]);
  });

  it("audits every write", () => {
    const actions = sqlite.prepare("select action from audit_log where entity = 'inspection' and entity_id = ? and action not like '%.viewed' order by id").all(ref).map((r) => (r as { action: string }).action);
    expect(actions).toEqual([
      "inspection.requested",
      "inspection.counter_propose",
      "inspection.accept_proposal",
      "inspection.plan_saved",
      "inspection.plan_saved",
      "inspection.schedule",
      "inspection.plan_saved",
      "inspection.reschedule",
      "inspection.reschedule",
      "inspection.mark_conducted",
      "inspection.finding_added",
      "inspection.finding_added",
      "inspection.finding_added",
      "inspection.follow_up_added",
      "inspection.follow_up_added",
      "inspection.follow_up_done",
      "inspection.message_added",
      "inspection.report",
      "inspection.finding_added",
      "inspection.close",
      "inspection.report_revised",
    ]);
  });
});

describe("declining and withdrawing", () => {
  it("keeps the partner's reason, and lets the requester withdraw", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const declined = "JI-NO-LT-2027-0004";
    expect(svc.transitionInspection(declined, "decline", { expectedVersion: row(declined).version, input: { reason: "No inspectors free in May." }, language: "nb" }, no, at("2027-03-25"))).toEqual({ ok: true, status: "declined" });
    expect(row(declined)).toMatchObject({ status: "declined", decline_reason: "No inspectors free in May." });
    expect(row(declined).closed_at).toBeTruthy();
    const withdrawn = "JI-NO-LT-2027-0002";
    expect(svc.transitionInspection(withdrawn, "withdraw", { expectedVersion: row(withdrawn).version, input: { reason: "Solved by an exchange." }, language: "nb" }, no, at("2027-03-25"))).toEqual({ ok: true, status: "withdrawn" });
    expect(svc.getInspectionCase(withdrawn, lt, "en")!.events.at(-1)).toMatchObject({ action: "withdraw", note: "Solved by an exchange.", noteLanguage: "nb" });
  });

  it("lets the partner accept directly, on a date within the requested window", () => {
    // The demo request JI-NO-LT-2026-0001 was made by nlia; vdi is the partner.
    const ref = "JI-NO-LT-2026-0001";
    const now = at("2026-11-23");
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: row(ref).version, input: { date: "2027-01-12" }, language: "nb" }, actorOf(NO), now)).toEqual({ ok: false, reason: "workflow.actorNotAllowed" });
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: row(ref).version, input: { date: "2026-11-20" }, language: "lt" }, actorOf(LT), now)).toEqual({ ok: false, reason: "errors.dateInPast" });
    expect(svc.transitionInspection(ref, "accept", { expectedVersion: row(ref).version, input: { date: "2027-01-12" }, language: "lt" }, actorOf(LT), now)).toEqual({ ok: true, status: "accepted" });
    expect(row(ref)).toMatchObject({ status: "accepted", scheduled_on: "2027-01-12" });
    expect(svc.getInspectionCase(ref, actorOf(NO), "nb")!.actions).toEqual(["schedule", "withdraw"]);
  });
});

describe("deadlines in the shared inbox", () => {
  it("sorts by the stored answer and report dates", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    svc.createInspection(request({ proposedFrom: "2027-06-07", proposedTo: "2027-06-11" }), lt, at("2027-05-03"));
    const ref = "JI-NO-LT-2027-0005";
    // 10 working days in Norway after 3 May 2027: 13 May (Ascension Day) and 17 May are holidays.
    expect(row(ref).response_due_on).toBe("2027-05-19");
    const item = () => inbox.listInbox(no.authorityId, "en", { view: "open", page: 1, today: "2027-05-20" }).items.find((i) => i.ref === ref)!;
    expect(item()).toMatchObject({ dueOn: "2027-05-19", due: "overdue", direction: "incoming" });
    expect(inbox.inboxCounts(no.authorityId, "2027-05-20").overdue).toBeGreaterThan(0);
    const list = svc.listInspections(no.authorityId, "en", { page: 1, status: "requested" }).rows.find((r) => r.ref === ref)!;
    expect(list).toMatchObject({ dueOn: "2027-05-19", direction: "incoming" });
  });
});

describe("the calendar", () => {
  it("lists agreed dates per agreement and month", () => {
    const lt = actorOf(LT);
    const groups = svc.inspectionCalendar(lt.authorityId, { month: "2027-04", agreementIds: [agreementId] });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries.map((e) => [e.ref, e.date, e.status])).toEqual([["JI-NO-LT-2027-0001", "2027-04-15", "closed"]]);
    expect(svc.inspectionCalendar(lt.authorityId, { month: "2017-09", agreementIds: [agreementId] })[0]!.entries.map((e) => e.ref)).toEqual(["JI-NO-LT-2017-0001"]);
    expect(svc.monthRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(svc.shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(svc.shiftMonth("2027-12", 1)).toBe("2028-01");
  });

  it("serves a feed per user behind an unguessable token, without personal data", () => {
    const lt = actorOf(LT);
    const token = svc.calendarFeedToken(lt.userId)!;
    expect(token).toMatch(/^\d+_[0-9a-f]{40}$/);
    const feed = svc.calendarFeed(token, "127.0.0.1")!;
    expect(feed.entries.map((e) => e.ref)).toContain("JI-NO-LT-2027-0001");
    expect(feed.entries.every((e) => Object.keys(e).sort().join() === "date,hostCountry,mode,ref,status,updatedAt")).toBe(true);
    const ics = svc.renderCalendar(feed.entries, { name: "Joint inspections", host: "portal.test", summary: (e) => `${e.ref} – ${e.mode} – ${e.hostCountry}` });
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("UID:JI-NO-LT-2027-0001@portal.test\r\nDTSTAMP:");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270415\r\nDTEND;VALUE=DATE:20270416\r\nSUMMARY:JI-NO-LT-2027-0001 – joint – NO\r\n");
    expect(ics).not.toMatch(/Testveien|Drammen|Prøve|Inspektorius/);
    expect(one<{ n: number }>("select count(*) as n from audit_log where action = 'inspection.calendar.viewed' and user_id = ?", lt.userId).n).toBe(1);

    // Another user's id with this token, a changed token, a Polish user: nothing.
    expect(svc.calendarFeed(token.replace(/^\d+/, String(actorOf(NO).userId)), "127.0.0.1")).toBeNull();
    expect(svc.calendarFeed(token.replace(/.$/, (c) => (c === "0" ? "1" : "0")), "127.0.0.1")).toBeNull();
    expect(svc.calendarFeed("not-a-token", "127.0.0.1")).toBeNull();
    expect(svc.calendarFeed(svc.calendarFeedToken(actorOf(PL).userId)!, "127.0.0.1")!.entries).toEqual([]);
    // A new password revokes the feed.
    sqlite.prepare("update users set password_hash = password_hash || 'x' where id = ?").run(lt.userId);
    expect(svc.calendarFeed(token, "127.0.0.1")).toBeNull();
  });
});

describe("outcome figures", () => {
  it("count one more joint inspection and three more violations in a period containing the inspection", () => {
    // The demo periods end in 2022; a period around the pinned dates of this test shows the same metric.
    sqlite
      .prepare("insert into project_periods (agreement_id, slug, name_nb, name_lt, name_en, starts_on, ends_on) values (?, 'test-2027', 'Test 2027', 'Test 2027', 'Test 2027', '2027-01-01', '2027-12-31')")
      .run(agreementId);
    const window = one<{ inspections: number; violations: number }>(
      `select (select count(*) from inspections where agreement_id = ? and conducted_on between '2027-01-01' and '2027-12-31') as inspections,
              (select count(*) from violations where agreement_id = ? and found_on between '2027-01-01' and '2027-12-31') as violations`,
      agreementId,
      agreementId,
    );
    expect(window).toEqual({ inspections: 1, violations: 3 });
    expect(figures.getHeadlineFigures("no-lt", "test-2027", "en")).toMatchObject({ periodName: "Test 2027", jointInspections: 1, violations: 3 });
  });
});

describe("the case view", () => {
  it("formats the case in the reader's language", () => {
    const found = svc.getInspectionCase("JI-NO-LT-2027-0001", actorOf(LT), "lt")!;
    const view = svc.inspectionCaseView(found, "lt");
    expect(view.inspection.conductedOn).toBe("2027 m. balandžio 15 d.");
    expect(view.inspection.hostCountry).toBe("Norvegija");
    expect(view.dueText).toContain("10 darbo dienų");
    expect(view.report.byEnterprise[1]!.workers.map((w) => w.country)).toEqual(["Lietuva", "Ukraina"]);
    expect(view.plan?.team.map((m) => m.role)).toEqual(["lead_inspector", "visiting_inspector", "police_officer"]);
  });
});

describe("a draft whose dates have passed", () => {
  it("cannot be sent; it can be withdrawn", () => {
    const lt = actorOf(LT);
    const created = svc.createInspection(request({ send: false, proposedFrom: "2027-06-01", proposedTo: "2027-06-04" }), lt, at("2027-05-20"));
    expect(created.ok).toBe(true);
    const ref = created.ok ? created.ref : "";
    expect(svc.transitionInspection(ref, "request", { expectedVersion: 1, language: "lt" }, lt, at("2027-06-02"))).toEqual({ ok: false, reason: "errors.windowInPast" });
    expect(svc.transitionInspection(ref, "withdraw", { expectedVersion: 1, language: "lt" }, lt, at("2027-06-02"))).toEqual({ ok: true, status: "withdrawn" });
    expect(row(ref)).toMatchObject({ status: "withdrawn", requested_on: null });
  });
});

describe("notifications", () => {
  it("tells the partner's contact points about a new request, with the reference only", async () => {
    await import("~/.server/notifications");
    const result = svc.createInspection(request({ proposedFrom: "2027-05-03", proposedTo: "2027-05-07" }), actorOf(LT), at("2027-04-20"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const received = one<{ n: number }>(
      "select count(*) as n from notifications n join users u on u.id = n.user_id where u.email = ? and n.kind = 'inspection_received' and n.case_kind = 'inspection' and n.case_ref = ?",
      NO,
      result.ref,
    );
    expect(received.n).toBe(1);
  });
});

describe("the language of free text", () => {
  it("stores the language of each text as written, and shows it with the case", () => {
    const lt = actorOf(LT);
    const no = actorOf(NO);
    const created = svc.createInspection(request({ reasons: "Subrangovas komandiravo 15 darbuotojų.", languageNeeds: "lietuvių–norvegų", textLanguage: "lt" }), lt, at("2027-03-22"));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const ref = created.ref;
    expect(row(ref)).toMatchObject({ text_language: "lt" });

    // The partner proposes other dates with a note in Norwegian although its user reads the page in English.
    expect(svc.transitionInspection(ref, "counter_propose", { expectedVersion: row(ref).version, input: { proposedDates: ["2027-04-12", "2027-04-16"], note: "Uke 15 passer bedre." }, language: "nb" }, no, at("2027-03-23"))).toEqual({ ok: true, status: "counter_proposed" });
    expect(one<{ note_language: string }>("select note_language from inspection_date_proposals where inspection_id = ? and note is not null", row(ref).id).note_language).toBe("nb");
    expect(svc.transitionInspection(ref, "accept_proposal", { expectedVersion: row(ref).version, input: { date: "2027-04-13" }, language: "lt" }, lt, at("2027-03-24"))).toEqual({ ok: true, status: "accepted" });

    const plan = { inspectionOn: "2027-04-13", meetingPoint: "Prie pagrindinio įėjimo", visitingOfficialsRole: "", documentsToRequest: "Darbo laiko apskaita", language: "lt", team: [{ authorityId: lt.authorityId, role: "lead_inspector" as const, name: null }] };
    expect(svc.saveInspectionPlan(ref, plan, { expectedVersion: row(ref).version, schedule: true, language: "nb" }, no, at("2027-03-25"))).toEqual({ ok: true, status: "scheduled" });
    expect(one<{ text_language: string }>("select text_language from inspection_plans where inspection_id = ? order by revision desc", row(ref).id).text_language).toBe("lt");
    expect(svc.transitionInspection(ref, "mark_conducted", { expectedVersion: row(ref).version, input: { date: "2027-04-13" }, language: "nb" }, no, at("2027-04-14"))).toEqual({ ok: true, status: "conducted" });
    expect(svc.addFollowUpAction(ref, { description: "Patikrinti darbo užmokestį", language: "lt", ownerAuthorityId: lt.authorityId, dueOn: null }, { expectedVersion: row(ref).version }, lt, at("2027-04-14"))).toEqual({ ok: true, status: "conducted" });
    expect(one<{ description_language: string }>("select description_language from follow_up_actions where inspection_id = ?", row(ref).id).description_language).toBe("lt");

    // The case as a Norwegian reader gets it: every text with its own language.
    const view = svc.inspectionCaseView(svc.getInspectionCase(ref, no, "nb")!, "nb");
    expect(view.inspection.textLanguage).toBe("lt");
    expect(view.proposals.find((p) => p.note)?.noteLanguage).toBe("nb");
    expect(view.plan?.language).toBe("lt");
    expect(view.followUps[0]).toMatchObject({ description: "Patikrinti darbo užmokestį", language: "lt" });
  });

  it("keeps a decline reason's language, and a check before confirming writes nothing", () => {
    const created = svc.createInspection(request({ textLanguage: "en" }), actorOf(LT), at("2027-03-22"));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const ref = created.ref;
    const before = row(ref);
    const events = () => one<{ n: number }>("select count(*) as n from case_events where inspection_id = ?", before.id).n;
    const eventsBefore = events();
    const decline = (dryRun: boolean) => svc.transitionInspection(ref, "decline", { expectedVersion: before.version, input: { reason: "Nėra laisvų inspektorių." }, language: "lt", dryRun }, actorOf(NO), at("2027-03-23"));
    expect(decline(true)).toEqual({ ok: true, status: "declined" });
    expect(row(ref)).toMatchObject({ status: "requested", version: before.version, decline_reason: null });
    expect(events()).toBe(eventsBefore);
    expect(decline(false)).toEqual({ ok: true, status: "declined" });
    expect(row(ref)).toMatchObject({ status: "declined", decline_reason: "Nėra laisvų inspektorių.", decline_reason_language: "lt" });
    expect(svc.inspectionCaseView(svc.getInspectionCase(ref, actorOf(LT), "en")!, "en").inspection).toMatchObject({ declineReason: "Nėra laisvų inspektorių.", declineReasonLanguage: "lt" });
  });
});
