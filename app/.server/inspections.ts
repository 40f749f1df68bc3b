// Joint- and concerted-inspection requests between contact points (docs/product-design.md §2.2): create and request
// (with the partner's answer deadline), view (need-to-know, every view audited), move through the one state machine
// (app/domain/inspection-workflow) with optimistic concurrency, agree the plan, write the report (both sides; locked
// when the case closes, later changes are new versions), follow up, talk, and a calendar of agreed dates.
//
// Conventions shared with exchanges.ts: `Actor` and `nextReference` come from there; every write bumps the row's
// `version` (a stale form is refused with what changed), logs a case event with its `action` and an audit entry,
// and tells the other side's contact points through the `onInspectionEvent` hook. Refusal reasons are i18n keys:
// `workflow.*` (common namespace) or `errors.*` (inspections namespace).
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { createHmac, timingSafeEqual } from "node:crypto";
import {
  agreements,
  authorities,
  caseEvents,
  caseMessages,
  enterprises,
  followUpActions,
  inspectionAgencies,
  inspectionDateProposals,
  inspectionEnterprises,
  inspectionFindings,
  inspectionPlans,
  inspectionReports,
  inspectionRiskIndicators,
  inspections,
  inspectionTeamMembers,
  inspectionWorkerCounts,
  users,
  violations,
} from "../../db/schema";
import type { Db } from "../../db/connection";
import {
  availableInspectionActions,
  inspectionDeadline,
  inspectionReportDue,
  inspectionResponseDue,
  inspectionTransition,
  type InspectionAction,
  type InspectionActor,
  type InspectionTransitionInput,
} from "~/domain/inspection-workflow";
import { dueStatus } from "~/domain/due-status";
import { hasPermission } from "~/domain/permissions";
import type { InspectionStatus, Sector } from "~/domain/vocabulary";
import { isIsoDate } from "~/domain/working-days";
import type { Locale } from "~/lib/i18n";
import { isLocale } from "~/lib/i18n";
import { countryName, formatDate, formatDateTime, formatMoney, formatNumber } from "~/lib/format";
import type { AgencyKind, EnterpriseRow, TeamRow, WorkerCountRow } from "~/lib/schemas/inspections";
import { recordAudit } from "./audit";
import { findKnownEnterprise } from "./enterprise-access";
import { today } from "./clock";
import { db } from "./db";
import { recordEnterpriseName } from "./enterprise-names";
import { caseTimelineRecords, contactPointsOf } from "./case-records";
import { getFixedT } from "./i18n";
import { AGREEMENT_NOT_ACTIVE, agreementIsActive } from "./agreements";
import { nextReference, type Actor } from "./exchanges";
import { withholdInspectionRecords } from "./retention";
import { rolesOf } from "./session";

export { actorFor, agreementsOfAuthority, type Actor } from "./exchanges";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type InspectionSide = InspectionActor;
type InspectionRow = typeof inspections.$inferSelect;

const nameColumns = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn } as const;
const titleColumns = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn } as const;

/** Statuses in which an inspection has an agreed date worth showing in a calendar. */
export const CALENDAR_STATUSES: readonly InspectionStatus[] = ["accepted", "scheduled", "conducted", "reported", "closed"];
/** Statuses in which the report can be written (the last one makes new versions). */
const REPORT_STATUSES: readonly InspectionStatus[] = ["conducted", "reported", "closed"];
const PLAN_STATUSES: readonly InspectionStatus[] = ["accepted", "scheduled"];

let notify: (tx: Tx, userIds: number[], kind: string, caseRef: string) => void = () => {};
/** The notifications module registers itself here, as with `onExchangeEvent`. */
export function onInspectionEvent(listener: typeof notify) {
  notify = listener;
}


// ---------------------------------------------------------------------------------------------------------------
// Request

export interface NewInspection {
  agreementId: number;
  mode: "joint" | "concerted";
  hostCountry: string;
  enterprises: EnterpriseRow[];
  siteAddress: string;
  municipality: string;
  sector: Sector;
  riskIndicators: string[];
  reasons: string;
  proposedFrom: string;
  proposedTo: string;
  /** Agencies taking part, by side: the requester's own country or the partner's. */
  agencies: { side: InspectionSide; kind: AgencyKind }[];
  languageNeeds: string;
  interpreterNeeded: boolean;
  /** The language the free text (reasons, language needs) is written in. */
  textLanguage: Locale;
  /** Request at once (true) or keep as a draft only the requester sees. */
  send: boolean;
}

export type Errors = Record<string, string>;
export type CreateResult = { ok: true; ref: string } | { ok: false; errors: Errors };

export function createInspection(input: NewInspection, actor: Actor, now = new Date()): CreateResult {
  const agreement = db.select().from(agreements).where(eq(agreements.id, input.agreementId)).get();
  if (!agreement || (agreement.partyAId !== actor.authorityId && agreement.partyBId !== actor.authorityId)) {
    return { ok: false, errors: { agreementId: "errors.agreementInvalid" } };
  }
  if (agreement.status !== "active") return { ok: false, errors: { agreementId: AGREEMENT_NOT_ACTIVE } };
  const partnerId = agreement.partyAId === actor.authorityId ? agreement.partyBId : agreement.partyAId;
  const own = db.select({ country: authorities.country }).from(authorities).where(eq(authorities.id, actor.authorityId)).get()!;
  const partner = db.select({ id: authorities.id, country: authorities.country }).from(authorities).where(eq(authorities.id, partnerId)).get()!;
  const errors: Errors = {};
  if (input.hostCountry !== own.country && input.hostCountry !== partner.country) errors.hostCountry = "errors.hostCountryInvalid";
  if (input.enterprises.length === 0) errors["enterprise-0-country"] = "errors.enterpriseRequired";
  for (const e of input.enterprises) {
    // Need-to-know: only an enterprise this authority already knows may be named by its number alone.
    if (!e.name && !findKnownEnterprise(e.country, e.registrationNumber, actor.authorityId)) errors[`enterprise-${e.row}-name`] = "errors.enterpriseNameRequired";
  }
  if (!isIsoDate(input.proposedFrom)) errors.proposedFrom = "workflow.dateInvalid";
  else if (!isIsoDate(input.proposedTo)) errors.proposedTo = "workflow.dateInvalid";
  else if (input.proposedTo < input.proposedFrom) errors.proposedTo = "errors.windowOrder";
  else if (input.send && input.proposedFrom < today(now)) errors.proposedFrom = "errors.windowInPast";
  if (Object.keys(errors).length) return { ok: false, errors };

  const ref = db.transaction((tx) => {
    const requestedOn = today(now);
    const stamp = now.toISOString();
    const ref = nextReference(tx, agreement, "JI", Number(requestedOn.slice(0, 4)));
    const created = tx
      .insert(inspections)
      .values({
        ref,
        agreementId: agreement.id,
        requestingAuthorityId: actor.authorityId,
        partnerAuthorityId: partner.id,
        hostCountry: input.hostCountry,
        mode: input.mode,
        status: input.send ? "requested" : "draft",
        sector: input.sector,
        siteAddress: input.siteAddress,
        municipality: input.municipality,
        reasons: input.reasons,
        proposedFrom: input.proposedFrom,
        proposedTo: input.proposedTo,
        languageNeeds: input.languageNeeds,
        textLanguage: input.textLanguage,
        interpreterNeeded: input.interpreterNeeded,
        requestedOn: input.send ? requestedOn : null,
        responseDueOn: input.send ? inspectionResponseDue(partner.country, requestedOn, agreement.inspectionResponseDays).due : null,
        createdById: actor.userId,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .returning({ id: inspections.id })
      .get();
    for (const e of input.enterprises) {
      const enterpriseId =
        findEnterpriseId(e.country, e.registrationNumber, tx) ??
        tx.insert(enterprises).values({ country: e.country, registrationNumber: e.registrationNumber, name: e.name, createdAt: stamp, updatedAt: stamp }).returning({ id: enterprises.id }).get().id;
      tx.insert(inspectionEnterprises).values({ inspectionId: created.id, enterpriseId, relation: e.relation }).onConflictDoNothing().run();
      recordEnterpriseName(tx, { enterpriseId, typedName: e.name, seenOn: requestedOn, source: { inspectionId: created.id }, authorityId: actor.authorityId });
    }
    const countryOf = (side: InspectionSide) => (side === "requester" ? own.country : partner.country);
    for (const agency of input.agencies) {
      tx.insert(inspectionAgencies).values({ inspectionId: created.id, country: countryOf(agency.side), agencyKind: agency.kind }).onConflictDoNothing().run();
    }
    for (const indicator of new Set(input.riskIndicators)) tx.insert(inspectionRiskIndicators).values({ inspectionId: created.id, indicator }).run();
    tx.insert(inspectionDateProposals)
      .values({ inspectionId: created.id, proposedByAuthorityId: actor.authorityId, fromOn: input.proposedFrom, toOn: input.proposedTo, createdAt: stamp })
      .run();
    tx.insert(caseEvents)
      .values({ inspectionId: created.id, fromStatus: null, toStatus: input.send ? "requested" : "draft", action: input.send ? "request" : "create", actorUserId: actor.userId, actorAuthorityId: actor.authorityId, createdAt: stamp })
      .run();
    recordAudit({ ...actor, action: input.send ? "inspection.requested" : "inspection.draft_created", entity: "inspection", entityId: ref });
    if (input.send) notify(tx, contactPointsOf(partner.id), "inspection_received", ref);
    return ref;
  });
  return { ok: true, ref };
}

function findEnterpriseId(country: string, registrationNumber: string, handle: Pick<Db, "select"> = db): number | null {
  return (
    handle
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(eq(enterprises.country, country), eq(enterprises.registrationNumber, registrationNumber)))
      .get()?.id ?? null
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Visibility and the case page

/** The inspection as one of its two authorities may see it; null (→ 404) for anyone else. Drafts: requester only. */
export function loadVisible(ref: string, authorityId: number): { row: InspectionRow; side: InspectionSide } | null {
  const row = db.select().from(inspections).where(eq(inspections.ref, ref)).get();
  if (!row) return null;
  if (row.requestingAuthorityId === authorityId) return { row, side: "requester" };
  if (row.partnerAuthorityId === authorityId && row.status !== "draft") return { row, side: "partner" };
  return null;
}

export interface Viewer {
  userId: number;
  authorityId: number | null;
  ipAddress: string;
}

/**
 * Everything the case page shows, or null when the viewer's authority is not a party (→ 404). Every call is
 * audited (`inspection.viewed`, or `auditAction`). `reportVersion` picks an earlier version of the report.
 */
export function getInspectionCase(ref: string, viewer: Viewer, locale: Locale, options: { reportVersion?: number; auditAction?: string } = {}) {
  if (viewer.authorityId === null) return null;
  const visible = loadVisible(ref, viewer.authorityId);
  if (!visible) return null;
  const { row, side } = visible;
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: options.auditAction ?? "inspection.viewed", entity: "inspection", entityId: ref, ipAddress: viewer.ipAddress });

  const authority = (id: number) => db.select({ id: authorities.id, name: nameColumns[locale], country: authorities.country }).from(authorities).where(eq(authorities.id, id)).get()!;
  const requesting = authority(row.requestingAuthorityId);
  const partner = authority(row.partnerAuthorityId);
  const agreement = db.select({ slug: agreements.slug, title: titleColumns[locale], responseDays: agreements.inspectionResponseDays }).from(agreements).where(eq(agreements.id, row.agreementId)).get()!;
  const targetEnterprises = db
    .select({ id: enterprises.id, name: enterprises.name, country: enterprises.country, registrationNumber: enterprises.registrationNumber, relation: inspectionEnterprises.relation })
    .from(inspectionEnterprises)
    .innerJoin(enterprises, eq(enterprises.id, inspectionEnterprises.enterpriseId))
    .where(eq(inspectionEnterprises.inspectionId, row.id))
    .orderBy(asc(inspectionEnterprises.id))
    .all();
  const agencies = db.select({ country: inspectionAgencies.country, kind: inspectionAgencies.agencyKind }).from(inspectionAgencies).where(eq(inspectionAgencies.inspectionId, row.id)).orderBy(asc(inspectionAgencies.id)).all();
  const riskIndicators = db.select({ indicator: inspectionRiskIndicators.indicator }).from(inspectionRiskIndicators).where(eq(inspectionRiskIndicators.inspectionId, row.id)).orderBy(asc(inspectionRiskIndicators.id)).all().map((r) => r.indicator);
  const proposals = db
    .select({ id: inspectionDateProposals.id, authorityId: inspectionDateProposals.proposedByAuthorityId, from: inspectionDateProposals.fromOn, to: inspectionDateProposals.toOn, note: inspectionDateProposals.note, noteLanguage: inspectionDateProposals.noteLanguage, at: inspectionDateProposals.createdAt })
    .from(inspectionDateProposals)
    .where(eq(inspectionDateProposals.inspectionId, row.id))
    .orderBy(asc(inspectionDateProposals.id))
    .all();

  const plan = db.select().from(inspectionPlans).where(eq(inspectionPlans.inspectionId, row.id)).orderBy(desc(inspectionPlans.revision)).get() ?? null;
  const team = plan
    ? db.select({ authorityId: inspectionTeamMembers.authorityId, role: inspectionTeamMembers.role, name: inspectionTeamMembers.name }).from(inspectionTeamMembers).where(eq(inspectionTeamMembers.planId, plan.id)).orderBy(asc(inspectionTeamMembers.id)).all()
    : [];

  const reportVersions = db
    .select({ id: inspectionReports.id, version: inspectionReports.reportVersion, lockedAt: inspectionReports.lockedAt, createdAt: inspectionReports.createdAt, createdBy: users.displayName })
    .from(inspectionReports)
    .leftJoin(users, eq(users.id, inspectionReports.createdById))
    .where(eq(inspectionReports.inspectionId, row.id))
    .orderBy(asc(inspectionReports.reportVersion))
    .all();
  const latestReport = reportVersions.at(-1) ?? null;
  const shownReport = (options.reportVersion && reportVersions.find((r) => r.version === options.reportVersion)) || latestReport;
  const findings = shownReport
    ? db
        .select({ id: inspectionFindings.id, enterpriseId: inspectionFindings.enterpriseId, authorityId: inspectionFindings.authorityId, findings: inspectionFindings.findings, language: inspectionFindings.findingsLanguage, documentsInspected: inspectionFindings.documentsInspected })
        .from(inspectionFindings)
        .where(eq(inspectionFindings.reportId, shownReport.id))
        .orderBy(asc(inspectionFindings.id))
        .all()
    : [];
  const workerCounts = shownReport
    ? db
        .select({ enterpriseId: inspectionWorkerCounts.enterpriseId, originCountry: inspectionWorkerCounts.originCountry, count: inspectionWorkerCounts.count })
        .from(inspectionWorkerCounts)
        .where(eq(inspectionWorkerCounts.reportId, shownReport.id))
        .orderBy(asc(inspectionWorkerCounts.enterpriseId), asc(inspectionWorkerCounts.originCountry))
        .all()
    : [];
  const followUps = db
    .select({ id: followUpActions.id, description: followUpActions.description, descriptionLanguage: followUpActions.descriptionLanguage, ownerAuthorityId: followUpActions.ownerAuthorityId, dueOn: followUpActions.dueOn, doneAt: followUpActions.doneAt })
    .from(followUpActions)
    .where(eq(followUpActions.inspectionId, row.id))
    .orderBy(asc(followUpActions.id))
    .all();
  const recordedViolations = db
    .select({ id: violations.id, category: violations.category, sanction: violations.sanction, foundOn: violations.foundOn, status: violations.status, fineAmountCents: violations.fineAmountCents, fineCurrency: violations.fineCurrency, legalReference: violations.legalReference, recordedByAuthorityId: violations.recordedByAuthorityId })
    .from(violations)
    .where(eq(violations.inspectionId, row.id))
    .orderBy(asc(violations.id))
    .all();
  const { events, messages } = caseTimelineRecords({ inspectionId: row.id }, locale);

  // Personal data of a case closed long ago is withheld here, for the case page and the printable version alike.
  return withholdInspectionRecords({
    inspection: row,
    side,
    agreement,
    requesting,
    partner,
    enterprises: targetEnterprises,
    agencies,
    riskIndicators,
    proposals,
    plan: plan ? { ...plan, team } : null,
    report: {
      versions: reportVersions,
      shown: shownReport,
      latestVersion: latestReport?.version ?? null,
      findings,
      workerCounts,
      /** Adding to the report now changes the open version (false) or makes a new version (true). */
      addsVersion: row.status === "closed",
      canAdd: REPORT_STATUSES.includes(row.status),
    },
    followUps,
    violations: recordedViolations,
    events,
    messages,
    actions: availableInspectionActions({ status: row.status }, side),
    canPlan: PLAN_STATUSES.includes(row.status),
    responseDue: row.requestedOn ? inspectionResponseDue(partner.country, row.requestedOn, agreement.responseDays) : null,
    deadline: inspectionDeadline(row.status),
  }, rolesOf(viewer.userId));
}

export type InspectionCase = NonNullable<ReturnType<typeof getInspectionCase>>;

/** The case as the page shows it: dates in the reader's language, names resolved, nothing the page does not use. */
export function inspectionCaseView(found: InspectionCase, locale: Locale) {
  const t = getFixedT(locale, ["inspections", "common"]);
  const i = found.inspection;
  const todayIso = today();
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : null);
  const instant = (iso: string) => formatDateTime(iso, locale);
  const authorityName = (id: number | null) => (id === found.requesting.id ? found.requesting.name : id === found.partner.id ? found.partner.name : "");
  const explanation = found.responseDue;
  const deadline = found.deadline;
  const lastPartnerProposal = [...found.proposals].reverse().find((p) => p.authorityId === found.partner.id) ?? null;
  const sides = [found.requesting, found.partner];
  return {
    locale,
    side: found.side,
    today: todayIso,
    retention: found.retention,
    inspection: {
      ref: i.ref,
      status: i.status,
      mode: i.mode,
      version: i.version,
      hostCountry: countryName(i.hostCountry, locale),
      siteAddress: i.siteAddress,
      municipality: i.municipality,
      sector: i.sector,
      reasons: i.reasons,
      languageNeeds: i.languageNeeds,
      textLanguage: i.textLanguage,
      interpreterNeeded: i.interpreterNeeded,
      proposedFrom: i.proposedFrom,
      proposedTo: i.proposedTo,
      window: i.proposedFrom && i.proposedTo ? `${formatDate(i.proposedFrom, locale)} – ${formatDate(i.proposedTo, locale)}` : null,
      requestedOn: date(i.requestedOn),
      responseDueOn: date(i.responseDueOn),
      responseDue: dueStatus(i.responseDueOn, todayIso, deadline === "response"),
      scheduledOnIso: i.scheduledOn,
      scheduledOn: date(i.scheduledOn),
      conductedOn: date(i.conductedOn),
      reportDueOn: date(i.reportDueOn),
      reportDue: dueStatus(i.reportDueOn, todayIso, deadline === "report"),
      reportedOn: date(i.reportedOn),
      declineReason: i.declineReason,
      declineReasonLanguage: i.declineReasonLanguage,
    },
    dueText: explanation
      ? t("common:exchange.due.explanation", {
          count: explanation.workingDays,
          inCountry: t(`common:inCountry.${found.partner.country}`),
          skipped: explanation.skippedHolidays.map((h) => `${t(`common:enum.holiday.${h.key}`)} (${formatDate(h.date, locale)})`).join(", "),
          context: explanation.weekendsOnly ? "weekendsOnly" : explanation.skippedHolidays.length ? "holidays" : undefined,
        })
      : null,
    agreement: found.agreement.title,
    requesting: found.requesting,
    partner: found.partner,
    sides: sides.map((s) => ({ value: String(s.id), label: s.name })),
    enterprises: found.enterprises.map((e) => ({ id: e.id, name: e.name, country: countryName(e.country, locale), number: e.registrationNumber, relation: e.relation, key: `${e.country}-${e.registrationNumber}` })),
    agencies: sides
      .map((s) => ({ country: countryName(s.country, locale), kinds: found.agencies.filter((a) => a.country === s.country).map((a) => a.kind) }))
      .filter((group) => group.kinds.length > 0),
    riskIndicators: found.riskIndicators,
    proposals: found.proposals.map((p) => ({ id: p.id, by: authorityName(p.authorityId), window: `${formatDate(p.from, locale)} – ${formatDate(p.to, locale)}`, note: p.note, noteLanguage: p.noteLanguage })),
    lastPartnerProposalFrom: lastPartnerProposal?.from ?? null,
    plan: found.plan
      ? {
          revision: found.plan.revision,
          dateIso: found.plan.inspectionOn,
          date: formatDate(found.plan.inspectionOn, locale),
          meetingPoint: found.plan.meetingPoint,
          visitingOfficialsRole: found.plan.visitingOfficialsRole,
          documentsToRequest: found.plan.documentsToRequest,
          language: found.plan.textLanguage,
          team: found.plan.team.map((m) => ({ authorityId: m.authorityId, authority: authorityName(m.authorityId), role: m.role, name: m.name })),
        }
      : null,
    canPlan: found.canPlan,
    report: {
      versions: found.report.versions.map((r) => ({ version: r.version, locked: r.lockedAt !== null, at: instant(r.createdAt), by: r.createdBy })),
      shown: found.report.shown ? { version: found.report.shown.version, locked: found.report.shown.lockedAt !== null } : null,
      latestVersion: found.report.latestVersion,
      canAdd: found.report.canAdd,
      addsVersion: found.report.addsVersion,
      byEnterprise: found.enterprises.map((e) => {
        const workers = found.report.workerCounts.filter((w) => w.enterpriseId === e.id);
        return {
          id: e.id,
          name: e.name,
          findings: found.report.findings.filter((f) => f.enterpriseId === e.id).map((f) => ({ id: f.id, authority: authorityName(f.authorityId), text: f.findings, language: f.language, documents: f.documentsInspected })),
          workers: workers.map((w) => ({ country: w.originCountry === "XX" ? t("report.otherCountry") : countryName(w.originCountry, locale), count: formatNumber(w.count, locale) })),
          total: formatNumber(workers.reduce((sum, w) => sum + w.count, 0), locale),
        };
      }),
    },
    followUps: found.followUps.map((f) => ({ id: f.id, description: f.description, language: f.descriptionLanguage, owner: authorityName(f.ownerAuthorityId), dueOn: date(f.dueOn), overdue: !f.doneAt && f.dueOn !== null && f.dueOn < todayIso, done: f.doneAt ? formatDate(f.doneAt, locale) : null })),
    violations: found.violations.map((v) => ({ id: v.id, category: v.category, sanction: v.sanction, foundOn: formatDate(v.foundOn, locale), fine: v.fineAmountCents && v.fineCurrency ? formatMoney(v.fineAmountCents, v.fineCurrency, locale) : null, legalReference: v.legalReference, by: authorityName(v.recordedByAuthorityId) })),
    actions: found.actions,
    timeline: [
      ...found.events.map((ev) => ({ kind: "event" as const, at: ev.at, when: instant(ev.at), action: ev.action, to: ev.to, from: ev.from, who: [ev.user, ev.authority].filter(Boolean).join(", "), note: ev.note, noteLanguage: ev.noteLanguage })),
      ...found.messages.map((m) => ({ kind: "message" as const, at: m.at, when: instant(m.at), action: null, to: null, from: null, who: [m.user, m.authority].filter(Boolean).join(", "), note: m.body, noteLanguage: m.language })),
    ].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writes: the workflow, the plan, the report, follow-up actions, messages

export type WriteResult =
  | { ok: true; status: InspectionStatus }
  | { ok: false; reason: string; changed?: { status: InspectionStatus; version: number; events: { action: string | null; at: string }[] } };

export interface TransitionInput extends InspectionTransitionInput {
  /** A note with a counter-proposal (shown in the timeline). */
  note?: string;
}

function staleResult(inspectionId: number): WriteResult {
  const current = db.select({ status: inspections.status, version: inspections.version }).from(inspections).where(eq(inspections.id, inspectionId)).get()!;
  const events = db.select({ action: caseEvents.action, at: caseEvents.createdAt }).from(caseEvents).where(eq(caseEvents.inspectionId, inspectionId)).orderBy(asc(caseEvents.id)).all();
  return { ok: false, reason: "errors.changed", changed: { status: current.status, version: current.version, events: events.slice(-3) } };
}

const notFound: WriteResult = { ok: false, reason: "errors.notFound" };

/** Rules beyond the state machine that need the case's data (dates against today and the windows). */
function businessRule(row: InspectionRow, action: InspectionAction, input: TransitionInput, todayIso: string): string | null {
  const date = input.date ?? "";
  switch (action) {
    case "request":
      // A draft whose dates have passed must be withdrawn and asked again.
      return row.proposedFrom && row.proposedFrom < todayIso ? "errors.windowInPast" : null;
    case "accept":
      if (date < todayIso) return "errors.dateInPast";
      if ((row.proposedFrom && date < row.proposedFrom) || (row.proposedTo && date > row.proposedTo)) return "errors.dateOutsideWindow";
      return null;
    case "counter_propose": {
      const [from = "", to = from] = input.proposedDates ?? [];
      if (to < from) return "errors.windowOrder";
      if (from < todayIso) return "errors.windowInPast";
      return null;
    }
    case "accept_proposal": {
      if (date < todayIso) return "errors.dateInPast";
      const proposal = db
        .select({ from: inspectionDateProposals.fromOn, to: inspectionDateProposals.toOn })
        .from(inspectionDateProposals)
        .where(and(eq(inspectionDateProposals.inspectionId, row.id), eq(inspectionDateProposals.proposedByAuthorityId, row.partnerAuthorityId)))
        .orderBy(desc(inspectionDateProposals.id))
        .get();
      if (proposal && (date < proposal.from || date > proposal.to)) return "errors.dateOutsideProposal";
      return null;
    }
    case "schedule":
    case "reschedule": {
      if (date < todayIso) return "errors.dateInPast";
      const plan = db.select({ id: inspectionPlans.id }).from(inspectionPlans).where(eq(inspectionPlans.inspectionId, row.id)).get();
      return plan ? null : "errors.planRequired";
    }
    case "mark_conducted":
      return date > todayIso ? "errors.conductedInFuture" : null;
    case "report": {
      const report = currentReport(row.id);
      const finding = report ? db.select({ id: inspectionFindings.id }).from(inspectionFindings).where(eq(inspectionFindings.reportId, report.id)).get() : undefined;
      return finding ? null : "errors.reportEmpty";
    }
    default:
      return null;
  }
}

function currentReport(inspectionId: number, handle: Pick<Db, "select"> = db) {
  return handle.select().from(inspectionReports).where(eq(inspectionReports.inspectionId, inspectionId)).orderBy(desc(inspectionReports.reportVersion)).get() ?? null;
}

/**
 * Moves an inspection by one action: checked by the state machine (who may do what, with which input), then
 * against the version the user saw (if someone changed the case meanwhile nothing is written and the caller learns
 * what changed), then against the case's dates.
 */
export function transitionInspection(
  ref: string,
  action: InspectionAction,
  options: { expectedVersion: number; input?: TransitionInput; language: Locale; dryRun?: boolean },
  actor: Actor,
  now = new Date(),
): WriteResult {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return notFound;
  const { row, side } = visible;
  const input = options.input ?? {};
  const decision = inspectionTransition({ status: row.status }, action, side, input);
  if (!decision.ok) return { ok: false, reason: decision.reason };
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  const broken = businessRule(row, action, input, today(now));
  if (broken) return { ok: false, reason: broken };
  // Requesting a draft is a new request: only under an agreement still in force.
  if (action === "request" && !agreementIsActive(row.agreementId)) return { ok: false, reason: AGREEMENT_NOT_ACTIVE };
  // A check before the user confirms: everything above passed, nothing is written.
  if (options.dryRun) return { ok: true, status: decision.to };

  return db.transaction((tx): WriteResult => {
    if (!bumpVersion(tx, row, options.expectedVersion, now, transitionChanges(row, action, decision.to, input, options.language, now))) return staleResult(row.id);
    applySideEffects(tx, row, action, input, options.language, actor, now);
    const note = input.reason ?? input.note ?? null;
    logEvent(tx, row, { from: row.status, to: decision.to, action, note, language: options.language }, actor, now);
    recordAudit({ ...actor, action: `inspection.${action}`, entity: "inspection", entityId: ref, detail: { from: row.status, to: decision.to, ...(input.date ? { date: input.date } : {}) } });
    notifyOther(tx, row, side, `inspection_${action}`);
    return { ok: true, status: decision.to };
  });
}

/** The row's new values for a transition (the dates it fixes, the deadlines it starts). */
function transitionChanges(row: InspectionRow, action: InspectionAction, to: InspectionStatus, input: TransitionInput, language: Locale, now: Date): Partial<typeof inspections.$inferInsert> {
  const changes: Partial<typeof inspections.$inferInsert> = { status: to };
  const todayIso = today(now);
  switch (action) {
    case "request": {
      const agreement = db.select({ days: agreements.inspectionResponseDays }).from(agreements).where(eq(agreements.id, row.agreementId)).get()!;
      const partner = db.select({ country: authorities.country }).from(authorities).where(eq(authorities.id, row.partnerAuthorityId)).get()!;
      changes.requestedOn = todayIso;
      changes.responseDueOn = inspectionResponseDue(partner.country, todayIso, agreement.days).due;
      break;
    }
    case "accept":
    case "accept_proposal":
    case "schedule":
    case "reschedule":
      changes.scheduledOn = input.date;
      break;
    case "mark_conducted":
      changes.conductedOn = input.date;
      changes.reportDueOn = inspectionReportDue(input.date!);
      break;
    case "report":
      changes.reportedOn = todayIso;
      break;
    case "decline":
      changes.declineReason = input.reason ?? null;
      changes.declineReasonLanguage = input.reason ? language : null;
      break;
  }
  if (to === "closed" || to === "declined" || to === "withdrawn") changes.closedAt = now.toISOString();
  return changes;
}

function applySideEffects(tx: Tx, row: InspectionRow, action: InspectionAction, input: TransitionInput, language: Locale, actor: Actor, now: Date) {
  const stamp = now.toISOString();
  if (action === "counter_propose") {
    const [from = "", to = from] = input.proposedDates ?? [];
    tx.insert(inspectionDateProposals).values({ inspectionId: row.id, proposedByAuthorityId: actor.authorityId, fromOn: from, toOn: to, note: input.note ?? null, noteLanguage: input.note ? language : null, createdAt: stamp }).run();
  }
  if ((action === "schedule" || action === "reschedule") && input.date) {
    // The plan's date follows the schedule: a new revision when they differ.
    const plan = tx.select().from(inspectionPlans).where(eq(inspectionPlans.inspectionId, row.id)).orderBy(desc(inspectionPlans.revision)).get();
    if (plan && plan.inspectionOn !== input.date) {
      const team = tx.select().from(inspectionTeamMembers).where(eq(inspectionTeamMembers.planId, plan.id)).all();
      insertPlan(tx, row.id, plan.revision + 1, { inspectionOn: input.date, meetingPoint: plan.meetingPoint, visitingOfficialsRole: plan.visitingOfficialsRole, documentsToRequest: plan.documentsToRequest, language: plan.textLanguage, team: team.map((m) => ({ authorityId: m.authorityId, role: m.role as TeamRow["role"], name: m.name })) }, actor, now);
    }
  }
  if (action === "mark_conducted" && !currentReport(row.id, tx)) {
    tx.insert(inspectionReports).values({ inspectionId: row.id, reportVersion: 1, createdById: actor.userId, createdAt: stamp }).run();
  }
  if (action === "close") {
    // The report is locked when the case closes; later changes make new versions.
    tx.update(inspectionReports).set({ lockedAt: stamp }).where(and(eq(inspectionReports.inspectionId, row.id), sql`${inspectionReports.lockedAt} is null`)).run();
  }
}

/** Writes `changes` and the next version, only if nobody else did first. */
function bumpVersion(tx: Tx, row: InspectionRow, expectedVersion: number, now: Date, changes: Partial<typeof inspections.$inferInsert> = {}): boolean {
  const updated = tx
    .update(inspections)
    .set({ ...changes, updatedAt: now.toISOString(), version: expectedVersion + 1 })
    .where(and(eq(inspections.id, row.id), eq(inspections.version, expectedVersion)))
    .run();
  return updated.changes === 1;
}

function logEvent(tx: Tx, row: InspectionRow, event: { from: string; to: string; action: string; note?: string | null; language?: Locale }, actor: Actor, now: Date) {
  const note = event.note ?? null;
  tx.insert(caseEvents)
    .values({ inspectionId: row.id, fromStatus: event.from, toStatus: event.to, action: event.action, actorUserId: actor.userId, actorAuthorityId: actor.authorityId, note, noteLanguage: note ? (event.language ?? null) : null, createdAt: now.toISOString() })
    .run();
}

function notifyOther(tx: Tx, row: InspectionRow, side: InspectionSide, kind: string) {
  const other = side === "requester" ? row.partnerAuthorityId : row.requestingAuthorityId;
  if (row.status !== "draft") notify(tx, contactPointsOf(other), kind, row.ref);
}

function insertPlan(tx: Tx, inspectionId: number, revision: number, plan: PlanInput, actor: Actor, now: Date) {
  const created = tx
    .insert(inspectionPlans)
    .values({ inspectionId, revision, inspectionOn: plan.inspectionOn, meetingPoint: plan.meetingPoint, visitingOfficialsRole: plan.visitingOfficialsRole, documentsToRequest: plan.documentsToRequest, textLanguage: plan.language ?? null, createdById: actor.userId, createdAt: now.toISOString() })
    .returning({ id: inspectionPlans.id })
    .get();
  for (const member of plan.team) tx.insert(inspectionTeamMembers).values({ planId: created.id, authorityId: member.authorityId, role: member.role, name: member.name }).run();
}

export interface PlanInput {
  inspectionOn: string;
  meetingPoint: string;
  visitingOfficialsRole: string;
  documentsToRequest: string;
  /** Language of the free text above; null or absent when not known (a plan copied from one written before languages were kept). */
  language?: string | null;
  team: TeamRow[];
}

/**
 * Saves a new revision of the inspection plan (while accepted or scheduled). With `schedule`, an accepted
 * inspection moves to scheduled on the plan's date; a scheduled one whose plan gets another date is rescheduled.
 */
export function saveInspectionPlan(
  ref: string,
  plan: PlanInput,
  options: { expectedVersion: number; schedule: boolean; language: Locale },
  actor: Actor,
  now = new Date(),
): WriteResult & { field?: string } {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return notFound;
  const { row, side } = visible;
  if (!PLAN_STATUSES.includes(row.status)) return { ok: false, reason: "workflow.notAllowed" };
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  if (plan.team.some((m) => m.authorityId !== row.requestingAuthorityId && m.authorityId !== row.partnerAuthorityId)) return { ok: false, reason: "errors.teamSideRequired", field: "team-0-authority" };
  if (!isIsoDate(plan.inspectionOn)) return { ok: false, reason: "workflow.dateInvalid", field: "inspectionOn" };
  if (plan.inspectionOn < today(now)) return { ok: false, reason: "errors.dateInPast", field: "inspectionOn" };
  const step: InspectionAction | null =
    row.status === "accepted" && options.schedule ? "schedule" : row.status === "scheduled" && plan.inspectionOn !== row.scheduledOn ? "reschedule" : null;
  const decision = step ? inspectionTransition({ status: row.status }, step, side, { date: plan.inspectionOn }) : null;
  if (decision && !decision.ok) return { ok: false, reason: decision.reason };
  const to = decision?.ok ? decision.to : row.status;

  return db.transaction((tx): WriteResult => {
    const changes: Partial<typeof inspections.$inferInsert> = step ? { status: to, scheduledOn: plan.inspectionOn } : {};
    if (!bumpVersion(tx, row, options.expectedVersion, now, changes)) return staleResult(row.id);
    const latest = tx.select({ revision: inspectionPlans.revision }).from(inspectionPlans).where(eq(inspectionPlans.inspectionId, row.id)).orderBy(desc(inspectionPlans.revision)).get();
    const revision = (latest?.revision ?? 0) + 1;
    insertPlan(tx, row.id, revision, plan, actor, now);
    logEvent(tx, row, { from: row.status, to: row.status, action: "plan_saved" }, actor, now);
    recordAudit({ ...actor, action: "inspection.plan_saved", entity: "inspection", entityId: ref, detail: { revision, date: plan.inspectionOn } });
    if (step) {
      logEvent(tx, row, { from: row.status, to, action: step }, actor, now);
      recordAudit({ ...actor, action: `inspection.${step}`, entity: "inspection", entityId: ref, detail: { from: row.status, to, date: plan.inspectionOn } });
    }
    notifyOther(tx, row, side, step ? `inspection_${step}` : "inspection_plan_saved");
    return { ok: true, status: to };
  });
}

export interface ReportEntryInput {
  enterpriseId: number;
  findings: string;
  documentsInspected: string;
  language: Locale;
  workerCounts: WorkerCountRow[];
}

/**
 * Adds the actor's findings for one enterprise (and sets the workers checked there, by country of origin) to the
 * report. Both sides may add. While the case is open this changes the open version; once it is closed the report
 * is locked, and each change becomes a new, logged version (a copy of the last one plus the change).
 */
export function addReportEntry(
  ref: string,
  entry: ReportEntryInput,
  options: { expectedVersion: number },
  actor: Actor,
  now = new Date(),
): WriteResult & { field?: string; reportVersion?: number } {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return notFound;
  const { row, side } = visible;
  if (!REPORT_STATUSES.includes(row.status)) return { ok: false, reason: "workflow.notAllowed" };
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  const target = db.select({ id: inspectionEnterprises.id }).from(inspectionEnterprises).where(and(eq(inspectionEnterprises.inspectionId, row.id), eq(inspectionEnterprises.enterpriseId, entry.enterpriseId))).get();
  if (!target) return { ok: false, reason: "errors.enterpriseChoose", field: "enterpriseId" };

  return db.transaction((tx): WriteResult & { reportVersion?: number } => {
    if (!bumpVersion(tx, row, options.expectedVersion, now)) return staleResult(row.id);
    const stamp = now.toISOString();
    let report = currentReport(row.id, tx);
    let revised = false;
    if (!report) {
      report = tx.insert(inspectionReports).values({ inspectionId: row.id, reportVersion: 1, createdById: actor.userId, createdAt: stamp }).returning().get();
    } else if (report.lockedAt) {
      // A locked report is never changed: copy it into a new version, locked too (the case is closed).
      const previous = report;
      report = tx.insert(inspectionReports).values({ inspectionId: row.id, reportVersion: previous.reportVersion + 1, lockedAt: stamp, createdById: actor.userId, createdAt: stamp }).returning().get();
      const newId = report.id;
      for (const f of tx.select().from(inspectionFindings).where(eq(inspectionFindings.reportId, previous.id)).orderBy(asc(inspectionFindings.id)).all()) {
        tx.insert(inspectionFindings).values({ reportId: newId, enterpriseId: f.enterpriseId, authorityId: f.authorityId, findings: f.findings, findingsLanguage: f.findingsLanguage, documentsInspected: f.documentsInspected }).run();
      }
      for (const c of tx.select().from(inspectionWorkerCounts).where(eq(inspectionWorkerCounts.reportId, previous.id)).all()) {
        tx.insert(inspectionWorkerCounts).values({ reportId: newId, enterpriseId: c.enterpriseId, originCountry: c.originCountry, count: c.count }).run();
      }
      revised = true;
    }
    tx.insert(inspectionFindings)
      .values({ reportId: report.id, enterpriseId: entry.enterpriseId, authorityId: actor.authorityId, findings: entry.findings, findingsLanguage: entry.language, documentsInspected: entry.documentsInspected })
      .run();
    for (const c of entry.workerCounts) {
      tx.insert(inspectionWorkerCounts)
        .values({ reportId: report.id, enterpriseId: entry.enterpriseId, originCountry: c.originCountry, count: c.count })
        .onConflictDoUpdate({ target: [inspectionWorkerCounts.reportId, inspectionWorkerCounts.enterpriseId, inspectionWorkerCounts.originCountry], set: { count: c.count } })
        .run();
    }
    const action = revised ? "report_revised" : "finding_added";
    logEvent(tx, row, { from: row.status, to: row.status, action }, actor, now);
    recordAudit({ ...actor, action: `inspection.${action}`, entity: "inspection", entityId: ref, detail: { reportVersion: report.reportVersion, enterpriseId: entry.enterpriseId, workerCounts: entry.workerCounts.length } });
    notifyOther(tx, row, side, `inspection_${action}`);
    return { ok: true, status: row.status, reportVersion: report.reportVersion };
  });
}

export interface FollowUpInput {
  description: string;
  /** The language the description is written in; absent when not known. */
  language?: Locale;
  ownerAuthorityId: number;
  dueOn: string | null;
}

/** A follow-up action after the inspection, owned by one of the two authorities, with an optional due date. */
export function addFollowUpAction(ref: string, input: FollowUpInput, options: { expectedVersion: number }, actor: Actor, now = new Date()): WriteResult & { field?: string } {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return notFound;
  const { row, side } = visible;
  if (!REPORT_STATUSES.includes(row.status)) return { ok: false, reason: "workflow.notAllowed" };
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  if (input.ownerAuthorityId !== row.requestingAuthorityId && input.ownerAuthorityId !== row.partnerAuthorityId) return { ok: false, reason: "errors.ownerRequired", field: "owner" };
  if (input.dueOn !== null && !isIsoDate(input.dueOn)) return { ok: false, reason: "workflow.dateInvalid", field: "dueOn" };
  return db.transaction((tx): WriteResult => {
    if (!bumpVersion(tx, row, options.expectedVersion, now)) return staleResult(row.id);
    tx.insert(followUpActions).values({ inspectionId: row.id, description: input.description, descriptionLanguage: input.language ?? null, ownerAuthorityId: input.ownerAuthorityId, dueOn: input.dueOn, createdAt: now.toISOString() }).run();
    logEvent(tx, row, { from: row.status, to: row.status, action: "follow_up_added" }, actor, now);
    recordAudit({ ...actor, action: "inspection.follow_up_added", entity: "inspection", entityId: ref, detail: { owner: input.ownerAuthorityId, dueOn: input.dueOn } });
    notifyOther(tx, row, side, "inspection_follow_up_added");
    return { ok: true, status: row.status };
  });
}

export function completeFollowUpAction(ref: string, followUpId: number, options: { expectedVersion: number }, actor: Actor, now = new Date()): WriteResult {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return notFound;
  const { row, side } = visible;
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  const action = db.select().from(followUpActions).where(and(eq(followUpActions.id, followUpId), eq(followUpActions.inspectionId, row.id))).get();
  if (!action) return notFound;
  if (action.doneAt) return { ok: false, reason: "workflow.notAllowed" };
  return db.transaction((tx): WriteResult => {
    if (!bumpVersion(tx, row, options.expectedVersion, now)) return staleResult(row.id);
    tx.update(followUpActions).set({ doneAt: now.toISOString() }).where(eq(followUpActions.id, action.id)).run();
    logEvent(tx, row, { from: row.status, to: row.status, action: "follow_up_done" }, actor, now);
    recordAudit({ ...actor, action: "inspection.follow_up_done", entity: "inspection", entityId: ref, detail: { followUpId } });
    notifyOther(tx, row, side, "inspection_follow_up_done");
    return { ok: true, status: row.status };
  });
}

export function addInspectionMessage(ref: string, body: string, language: Locale, actor: Actor, now = new Date()): boolean {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return false;
  db.transaction((tx) => {
    tx.insert(caseMessages).values({ inspectionId: visible.row.id, authorUserId: actor.userId, authorAuthorityId: actor.authorityId, body, language, createdAt: now.toISOString() }).run();
    recordAudit({ ...actor, action: "inspection.message_added", entity: "inspection", entityId: ref });
    notifyOther(tx, visible.row, visible.side, "inspection_message");
  });
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Lists and the calendar

export const INSPECTIONS_PAGE_SIZE = 25;

/** The authority's inspections (both directions; others' drafts never), newest request first. */
export function listInspections(authorityId: number, locale: Locale, filter: { agreementId?: number; status?: InspectionStatus; page: number }, viewer?: Viewer) {
  const partnerAuthorities = sql`case when ${inspections.requestingAuthorityId} = ${authorityId} then ${inspections.partnerAuthorityId} else ${inspections.requestingAuthorityId} end`;
  const conditions: SQL[] = [visibleTo(authorityId)];
  if (filter.agreementId) conditions.push(eq(inspections.agreementId, filter.agreementId));
  if (filter.status) conditions.push(eq(inspections.status, filter.status));
  const rows = db
    .select({
      ref: inspections.ref,
      mode: inspections.mode,
      status: inspections.status,
      hostCountry: inspections.hostCountry,
      municipality: inspections.municipality,
      requestedOn: inspections.requestedOn,
      scheduledOn: inspections.scheduledOn,
      responseDueOn: inspections.responseDueOn,
      reportDueOn: inspections.reportDueOn,
      requestingAuthorityId: inspections.requestingAuthorityId,
      partner: nameColumns[locale],
      agreement: agreements.slug,
    })
    .from(inspections)
    .innerJoin(authorities, eq(authorities.id, partnerAuthorities))
    .innerJoin(agreements, eq(agreements.id, inspections.agreementId))
    .where(and(...conditions))
    .orderBy(sql`${inspections.requestedOn} is null desc`, desc(inspections.requestedOn), desc(inspections.id))
    .limit(INSPECTIONS_PAGE_SIZE + 1)
    .offset((filter.page - 1) * INSPECTIONS_PAGE_SIZE)
    .all();
  if (viewer) recordAudit({ userId: viewer.userId, authorityId, action: "inspection.list.viewed", entity: "inspection", ipAddress: viewer.ipAddress, detail: { page: filter.page } });
  return {
    rows: rows.slice(0, INSPECTIONS_PAGE_SIZE).map((r) => {
      const deadline = inspectionDeadline(r.status);
      return { ...r, direction: r.requestingAuthorityId === authorityId ? ("outgoing" as const) : ("incoming" as const), dueOn: deadline === "response" ? r.responseDueOn : deadline === "report" ? r.reportDueOn : null };
    }),
    hasMore: rows.length > INSPECTIONS_PAGE_SIZE,
  };
}

function visibleTo(authorityId: number): SQL {
  return or(eq(inspections.requestingAuthorityId, authorityId), and(eq(inspections.partnerAuthorityId, authorityId), ne(inspections.status, "draft")))!;
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The month before or after a `YYYY-MM` month. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * Inspections with an agreed date in `month`, per agreement of the authority (one list per agreement, date
 * order). No personal data: reference, mode, host country, municipality, status, partner.
 */
export function inspectionCalendar(authorityId: number, options: { month: string; agreementIds: number[] }) {
  const { from, to } = monthRange(options.month);
  if (options.agreementIds.length === 0) return [];
  const rows = db
    .select({ ref: inspections.ref, agreementId: inspections.agreementId, date: inspections.scheduledOn, mode: inspections.mode, hostCountry: inspections.hostCountry, municipality: inspections.municipality, status: inspections.status })
    .from(inspections)
    .where(and(visibleTo(authorityId), inArray(inspections.agreementId, options.agreementIds), inArray(inspections.status, [...CALENDAR_STATUSES]), gte(inspections.scheduledOn, from), lte(inspections.scheduledOn, to)))
    .orderBy(asc(inspections.scheduledOn), asc(inspections.ref))
    .all();
  return options.agreementIds.map((agreementId) => ({ agreementId, entries: rows.filter((r) => r.agreementId === agreementId) }));
}

// ---------------------------------------------------------------------------------------------------------------
// The .ics feed: a per-user secret URL, because calendar programs cannot sign in.
//
// The token is `<userId>_<HMAC-SHA256(user's password hash, "inspection-calendar:v1:<userId>")>` (hex, 40
// characters). Keyed by the user's own password hash it is unguessable without the database, needs no new column,
// and stops working when the user's password changes (the way to revoke it); disabled users and users without
// read access to inspections get nothing. The feed holds no personal data: reference, mode, host country, date.

const TOKEN = /^(\d{1,9})_([0-9a-f]{40})$/;

function feedMac(userId: number, passwordHash: string): string {
  return createHmac("sha256", passwordHash).update(`inspection-calendar:v1:${userId}`).digest("hex").slice(0, 40);
}

/** The user's feed token, or null when they have no password yet. */
export function calendarFeedToken(userId: number): string | null {
  const user = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  return user?.passwordHash ? `${userId}_${feedMac(userId, user.passwordHash)}` : null;
}

export interface CalendarFeedEntry {
  ref: string;
  mode: "joint" | "concerted";
  hostCountry: string;
  date: string;
  status: InspectionStatus;
  updatedAt: string;
}

/** The entries of a feed token's user (their authority's inspections with an agreed date), or null for a bad token. */
export function calendarFeed(token: string, ipAddress: string): { entries: CalendarFeedEntry[]; preferredLocale: Locale | null } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const user = db.select({ id: users.id, passwordHash: users.passwordHash, status: users.status, authorityId: users.authorityId, preferredLocale: users.preferredLocale }).from(users).where(eq(users.id, userId)).get();
  if (!user?.passwordHash || user.status !== "active" || user.authorityId === null) return null;
  const expected = Buffer.from(feedMac(userId, user.passwordHash));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!hasPermission(rolesOf(userId), "read:inspection:own-authority")) return null;
  const entries = db
    .select({ ref: inspections.ref, mode: inspections.mode, hostCountry: inspections.hostCountry, date: inspections.scheduledOn, status: inspections.status, updatedAt: inspections.updatedAt })
    .from(inspections)
    .where(and(visibleTo(user.authorityId), isNotNull(inspections.scheduledOn), inArray(inspections.status, [...CALENDAR_STATUSES, "withdrawn"])))
    .orderBy(asc(inspections.scheduledOn))
    .all() as CalendarFeedEntry[];
  recordAudit({ userId, authorityId: user.authorityId, action: "inspection.calendar.viewed", entity: "user", entityId: userId, ipAddress });
  return { entries, preferredLocale: isLocale(user.preferredLocale) ? user.preferredLocale : null };
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) and folds lines at 75 octets. */
function icsLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + ch, "utf8") > limit) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
const icsText = (value: string) => value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/([,;])/g, "\\$1");
const icsDate = (iso: string) => iso.slice(0, 10).replace(/-/g, "");
const icsStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, "")}Z`;

/** An iCalendar document of all-day events: one per inspection, its summary in the reader's language. */
export function renderCalendar(entries: CalendarFeedEntry[], options: { name: string; summary: (entry: CalendarFeedEntry) => string; host: string }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NO-LT Labour Cooperation Portal//Joint inspections//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${icsText(options.name)}`];
  for (const entry of entries) {
    const next = new Date(`${entry.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${entry.ref}@${options.host}`,
      `DTSTAMP:${icsStamp(entry.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icsDate(entry.date)}`,
      `DTEND;VALUE=DATE:${icsDate(next.toISOString())}`,
      `SUMMARY:${icsText(options.summary(entry))}`,
      `STATUS:${entry.status === "withdrawn" ? "CANCELLED" : entry.status === "accepted" ? "TENTATIVE" : "CONFIRMED"}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(icsLine).join("\r\n")}\r\n`;
}
