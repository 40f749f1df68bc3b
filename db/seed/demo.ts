// Idempotent demo seed: every row is found by its natural key (authority slug, agreement slug,
// (agreement, period slug), enterprise number, user email, case ref) and inserted only if missing, so
// running it again changes nothing and never overwrites what people have edited since. A case's children
// (events, report, violations) are inserted only when the case itself is new.
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "../../app/.server/password";
import type { ViolationSource } from "../../app/domain/vocabulary";
import type { Db } from "../connection";
import {
  activities,
  activityParticipants,
  agreements,
  authorities,
  caseEvents,
  exchangeQuestions,
  enterprises,
  exchanges,
  inspectionAgencies,
  inspectionDateProposals,
  inspectionEnterprises,
  inspectionFindings,
  inspectionPlans,
  inspectionReports,
  inspectionRiskIndicators,
  inspections,
  inspectionWorkerCounts,
  periodFundingSources,
  periodTargets,
  projectPeriods,
  referenceCounters,
  userRoles,
  users,
  violations,
} from "../schema";
import {
  DEMO_PASSWORD,
  demoActivities,
  demoAgreements,
  demoAuthorities,
  demoEnterprises,
  demoExchanges,
  demoInspections,
  demoPeriods,
  demoUsers,
} from "./demo-data";
import type {
  DemoActivity,
  DemoExchange,
  DemoInspection,
  DemoViolation,
  IsoDate,
} from "./demo-types";
import { seedEnterpriseLinks, seedEnterpriseNames } from "./demo-enterprise-links";
import { seedDemoTips } from "./demo-tips";

/** The handle inside `db.transaction` (synchronous with better-sqlite3). */
type SeedTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Database ids of the rows seeded so far, by natural key. */
interface SeedIds {
  authorities: Map<string, number>;
  agreements: Map<string, number>;
  enterprises: Map<string, number>;
  /** Contact-point user per authority slug, to sign the open demo cases. */
  contactPointUsers: Map<string, number>;
}

type ViolationLink =
  | { source: "joint_inspection"; inspectionId: number }
  | { source: "information_exchange"; exchangeId: number }
  | { source: "joint_meeting"; activityId: number };

interface CaseEventSpec {
  fromStatus: string;
  toStatus: string;
  actor: string;
  at: string;
}

const CASE_REF_PATTERN = /^(EX|JI)-[A-Z]{2}-[A-Z]{2}-(\d{4})-(\d{4})$/;

export function isDatabaseEmpty(db: Db): boolean {
  return db.select({ id: authorities.id }).from(authorities).limit(1).get() === undefined;
}

export async function seedDemoData(db: Db): Promise<void> {
  // scrypt is async and slow by design, while better-sqlite3 transactions must be synchronous: hash before
  // opening the transaction, once for all demo users, and only if some demo user is still missing.
  const passwordHash = hasAllDemoUsers(db) ? null : await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const ids: SeedIds = {
      authorities: seedAuthorities(tx),
      agreements: new Map(),
      enterprises: new Map(),
      contactPointUsers: new Map(),
    };
    ids.agreements = seedAgreements(tx, ids);
    seedPeriods(tx, ids);
    ids.contactPointUsers = seedUsers(tx, ids, passwordHash);
    ids.enterprises = seedEnterprises(tx);
    for (const activity of demoActivities) seedActivity(tx, ids, activity);
    for (const inspection of demoInspections) seedInspection(tx, ids, inspection);
    for (const exchange of demoExchanges) seedExchange(tx, ids, exchange);
    seedReferenceCounters(tx, ids);
    seedEnterpriseLinks(tx);
    seedDemoTips(tx);
    seedEnterpriseNames(tx);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function requireId(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo data refers to unknown ${what} "${key}"`);
  return id;
}

/** A demo instant on the given day: the time of day keeps a case's events in their natural order. */
function instant(date: IsoDate, time: string): string {
  return `${date}T${time}:00.000Z`;
}

function hasAllDemoUsers(db: Db): boolean {
  const existing = new Set(db.select({ email: users.email }).from(users).all().map((row) => row.email));
  return demoUsers.every((user) => existing.has(user.email));
}

/** Cases still open in the demo are signed by the demo contact points; historic cases predate them. */
function isOpenCase(status: string): boolean {
  return status !== "closed";
}

// ---------------------------------------------------------------------------------------------------------
// Organisations

function seedAuthorities(tx: SeedTransaction): Map<string, number> {
  const ids = new Map<string, number>();
  for (const authority of demoAuthorities) {
    tx.insert(authorities)
      .values({
        slug: authority.slug,
        country: authority.country,
        kind: authority.kind,
        nameNb: authority.name.nb,
        nameLt: authority.name.lt,
        nameEn: authority.name.en,
        shortName: authority.shortName,
        email: authority.email,
        phone: authority.phone,
        website: authority.website,
      })
      .onConflictDoNothing({ target: authorities.slug })
      .run();
    const row = tx.select({ id: authorities.id }).from(authorities).where(eq(authorities.slug, authority.slug)).get();
    if (!row) throw new Error(`Authority "${authority.slug}" was not stored`);
    ids.set(authority.slug, row.id);
  }
  return ids;
}

function seedAgreements(tx: SeedTransaction, ids: SeedIds): Map<string, number> {
  const agreementIds = new Map<string, number>();
  for (const agreement of demoAgreements) {
    tx.insert(agreements)
      .values({
        slug: agreement.slug,
        partyAId: requireId(ids.authorities, agreement.partyA, "authority"),
        partyBId: requireId(ids.authorities, agreement.partyB, "authority"),
        signedOn: agreement.signedOn,
        supersedesId: agreement.supersedes ? requireId(agreementIds, agreement.supersedes, "agreement") : null,
        status: agreement.status,
        titleNb: agreement.title.nb,
        titleLt: agreement.title.lt,
        titleEn: agreement.title.en,
        scopeNb: agreement.scope.nb,
        scopeLt: agreement.scope.lt,
        scopeEn: agreement.scope.en,
        inspectionResponseDays: agreement.inspectionResponseDays,
      })
      .onConflictDoNothing({ target: agreements.slug })
      .run();
    const row = tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.slug, agreement.slug)).get();
    if (!row) throw new Error(`Agreement "${agreement.slug}" was not stored`);
    agreementIds.set(agreement.slug, row.id);
  }
  return agreementIds;
}

function seedPeriods(tx: SeedTransaction, ids: SeedIds): void {
  for (const period of demoPeriods) {
    const agreementId = requireId(ids.agreements, period.agreement, "agreement");
    const inserted = tx
      .insert(projectPeriods)
      .values({
        agreementId,
        slug: period.slug,
        nameNb: period.name.nb,
        nameLt: period.name.lt,
        nameEn: period.name.en,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        budgetCents: period.budgetCents,
        objectivesNb: period.objectives.nb,
        objectivesLt: period.objectives.lt,
        objectivesEn: period.objectives.en,
      })
      .onConflictDoNothing({ target: [projectPeriods.agreementId, projectPeriods.slug] })
      .run();
    const row = tx
      .select({ id: projectPeriods.id })
      .from(projectPeriods)
      .where(and(eq(projectPeriods.agreementId, agreementId), eq(projectPeriods.slug, period.slug)))
      .get();
    if (!row) throw new Error(`Project period "${period.agreement}/${period.slug}" was not stored`);

    // Funding rows have no natural key of their own: they come with a new period only.
    if (inserted.changes > 0 && period.funding.length > 0) {
      tx.insert(periodFundingSources)
        .values(period.funding.map((funding) => ({ periodId: row.id, ...funding })))
        .run();
    }
    const targets = Object.entries(period.targets).map(([metric, targetValue]) => ({
      periodId: row.id,
      metric,
      targetValue,
    }));
    if (targets.length > 0) {
      tx.insert(periodTargets)
        .values(targets)
        .onConflictDoNothing({ target: [periodTargets.periodId, periodTargets.metric] })
        .run();
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Users

/** Returns the contact-point user of each authority. `passwordHash` is null when every user exists already. */
function seedUsers(tx: SeedTransaction, ids: SeedIds, passwordHash: string | null): Map<string, number> {
  const contactPoints = new Map<string, number>();
  for (const user of demoUsers) {
    if (passwordHash !== null) {
      tx.insert(users)
        .values({
          email: user.email,
          displayName: user.displayName,
          authorityId: user.authority ? requireId(ids.authorities, user.authority, "authority") : null,
          passwordHash,
          status: "active",
          preferredLocale: user.preferredLocale,
        })
        .onConflictDoNothing({ target: users.email })
        .run();
    }
    const row = tx.select({ id: users.id }).from(users).where(eq(users.email, user.email)).get();
    if (!row) throw new Error(`User "${user.email}" was not stored`);

    for (const { role, agreement } of user.roles) {
      // The unique index is on an expression (null agreement counts as one value): no conflict target.
      tx.insert(userRoles)
        .values({
          userId: row.id,
          role,
          agreementId: agreement ? requireId(ids.agreements, agreement, "agreement") : null,
        })
        .onConflictDoNothing()
        .run();
      if (role === "contact_point" && user.authority && !contactPoints.has(user.authority)) {
        contactPoints.set(user.authority, row.id);
      }
    }
  }
  return contactPoints;
}

// ---------------------------------------------------------------------------------------------------------
// Enterprises, activities and violations

function seedEnterprises(tx: SeedTransaction): Map<string, number> {
  const ids = new Map<string, number>();
  for (const enterprise of demoEnterprises) {
    tx.insert(enterprises)
      .values({
        country: enterprise.country,
        registrationNumber: enterprise.registrationNumber,
        name: enterprise.name,
        address: enterprise.address,
      })
      .onConflictDoNothing({ target: [enterprises.country, enterprises.registrationNumber] })
      .run();
    const row = tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(
        and(
          eq(enterprises.country, enterprise.country),
          eq(enterprises.registrationNumber, enterprise.registrationNumber),
        ),
      )
      .get();
    if (!row) throw new Error(`Enterprise "${enterprise.key}" was not stored`);
    ids.set(enterprise.key, row.id);
  }
  return ids;
}

/** Activities have no slug: (agreement, kind, start date, title) identifies a demo activity. */
function seedActivity(tx: SeedTransaction, ids: SeedIds, activity: DemoActivity): void {
  const agreementId = requireId(ids.agreements, activity.agreement, "agreement");
  const existing = tx
    .select({ id: activities.id })
    .from(activities)
    .where(
      and(
        eq(activities.agreementId, agreementId),
        eq(activities.kind, activity.kind),
        eq(activities.startsOn, activity.startsOn),
        eq(activities.title, activity.title),
      ),
    )
    .get();
  if (existing) return;

  const created = tx
    .insert(activities)
    .values({
      agreementId,
      kind: activity.kind,
      status: activity.status,
      title: activity.title,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
      place: activity.place,
      country: activity.country,
      summary: `${activity.summary} ${ILLUSTRATIVE_ACTIVITY_NOTE}`,
      summaryLanguage: "en",
    })
    .returning({ id: activities.id })
    .get();

  tx.insert(activityParticipants)
    .values(
      activity.participants.map((participant) => ({
        activityId: created.id,
        authorityId: participant.authority ? requireId(ids.authorities, participant.authority, "authority") : null,
        organisation: participant.organisation ?? null,
        count: participant.count,
      })),
    )
    .run();
  insertViolations(tx, ids, agreementId, { source: "joint_meeting", activityId: created.id }, activity.violations);
}

// Demo records show where they are read that their details are invented: the project fiche gives totals only.
const ILLUSTRATIVE_ACTIVITY_NOTE = "(Illustrative demo record: the place and head counts are invented.)";
const ILLUSTRATIVE_VIOLATION_NOTE =
  "(Illustrative demo record: the details, the fine and how the violations split between sources are invented; the project fiche gives only the total.)";

function insertViolations(
  tx: SeedTransaction,
  ids: SeedIds,
  agreementId: number,
  link: ViolationLink,
  demoViolations: DemoViolation[],
): void {
  if (demoViolations.length === 0) return;
  const source: ViolationSource = link.source;
  tx.insert(violations)
    .values(
      demoViolations.map((violation) => ({
        agreementId,
        source,
        inspectionId: link.source === "joint_inspection" ? link.inspectionId : null,
        exchangeId: link.source === "information_exchange" ? link.exchangeId : null,
        activityId: link.source === "joint_meeting" ? link.activityId : null,
        enterpriseId: requireId(ids.enterprises, violation.enterprise, "enterprise"),
        recordedByAuthorityId: requireId(ids.authorities, violation.recordedBy, "authority"),
        category: violation.category,
        legalReference: violation.legalReference,
        description: `${violation.description} ${ILLUSTRATIVE_VIOLATION_NOTE}`,
        descriptionLanguage: "en",
        foundOn: violation.foundOn,
        sanction: violation.sanction,
        fineAmountCents: violation.fine?.amountCents ?? null,
        fineCurrency: violation.fine?.currency ?? null,
        status: violation.status,
        createdAt: instant(violation.foundOn, "17:00"),
        updatedAt: instant(violation.foundOn, "17:00"),
      })),
    )
    .run();
}

// ---------------------------------------------------------------------------------------------------------
// Cases

/** The status changes a demo case went through, derived from the dates it has. */
function exchangeEvents(exchange: DemoExchange): CaseEventSpec[] {
  const events: CaseEventSpec[] = [
    { fromStatus: "draft", toStatus: "sent", actor: exchange.requesting, at: instant(exchange.sentOn, "08:30") },
  ];
  if (exchange.acceptedOn) {
    events.push({
      fromStatus: "sent",
      toStatus: "accepted",
      actor: exchange.requested,
      at: instant(exchange.acceptedOn, "10:00"),
    });
  }
  if (exchange.answeredOn) {
    events.push({
      fromStatus: "accepted",
      toStatus: "answered",
      actor: exchange.requested,
      at: instant(exchange.answeredOn, "13:00"),
    });
  }
  if (exchange.closedOn) {
    events.push({
      fromStatus: "answered",
      toStatus: "closed",
      actor: exchange.requesting,
      at: instant(exchange.closedOn, "15:00"),
    });
  }
  return events;
}

function inspectionEvents(inspection: DemoInspection, host: string): CaseEventSpec[] {
  const { requesting, partner } = inspection;
  const steps: [IsoDate | null, string, string, string, string][] = [
    [inspection.requestedOn, "draft", "requested", requesting, "08:30"],
    [inspection.acceptedOn, "requested", "accepted", partner, "10:00"],
    // The date is agreed when the request is accepted; the host inspectorate enters it.
    [inspection.acceptedOn, "accepted", "scheduled", host, "14:00"],
    [inspection.conductedOn, "scheduled", "conducted", host, "16:00"],
    [inspection.reportedOn, "conducted", "reported", host, "12:00"],
    [inspection.closedOn, "reported", "closed", requesting, "15:00"],
  ];
  const events: CaseEventSpec[] = [];
  for (const [date, fromStatus, toStatus, actor, time] of steps) {
    if (!date) break;
    events.push({ fromStatus, toStatus, actor, at: instant(date, time) });
  }
  return events;
}

function lastEvent(ref: string, events: CaseEventSpec[], status: string): CaseEventSpec {
  const last = events.at(-1);
  // A guard against demo data whose dates and status disagree.
  if (!last || last.toStatus !== status) {
    throw new Error(`Demo case ${ref}: status "${status}" does not match its dates (last: ${last?.toStatus})`);
  }
  return last;
}

function insertCaseEvents(
  tx: SeedTransaction,
  ids: SeedIds,
  caseLink: { exchangeId: number } | { inspectionId: number },
  events: CaseEventSpec[],
  signedByContactPoints: boolean,
): void {
  tx.insert(caseEvents)
    .values(
      events.map((event) => ({
        ...caseLink,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        actorAuthorityId: requireId(ids.authorities, event.actor, "authority"),
        actorUserId: signedByContactPoints ? (ids.contactPointUsers.get(event.actor) ?? null) : null,
        createdAt: event.at,
      })),
    )
    .run();
}

function seedExchange(tx: SeedTransaction, ids: SeedIds, exchange: DemoExchange): void {
  const events = exchangeEvents(exchange);
  const last = lastEvent(exchange.ref, events, exchange.status);
  const agreementId = requireId(ids.agreements, exchange.agreement, "agreement");
  const signed = isOpenCase(exchange.status);

  const created = tx
    .insert(exchanges)
    .values({
      ref: exchange.ref,
      agreementId,
      requestingAuthorityId: requireId(ids.authorities, exchange.requesting, "authority"),
      requestedAuthorityId: requireId(ids.authorities, exchange.requested, "authority"),
      type: exchange.type,
      urgency: exchange.urgency,
      status: exchange.status,
      subject: exchange.subject,
      enterpriseId: exchange.enterprise ? requireId(ids.enterprises, exchange.enterprise, "enterprise") : null,
      postedWorkersCount: exchange.postedWorkersCount,
      sentOn: exchange.sentOn,
      sentAt: instant(exchange.sentOn, "08:30"),
      dueOn: exchange.dueOn,
      acceptedAt: exchange.acceptedOn ? instant(exchange.acceptedOn, "10:00") : null,
      answeredAt: exchange.answeredOn ? instant(exchange.answeredOn, "13:00") : null,
      closedAt: exchange.closedOn ? instant(exchange.closedOn, "15:00") : null,
      createdById: signed ? (ids.contactPointUsers.get(exchange.requesting) ?? null) : null,
      createdAt: instant(exchange.sentOn, "08:00"),
      updatedAt: last.at,
    })
    .onConflictDoNothing({ target: exchanges.ref })
    .returning({ id: exchanges.id })
    .get();
  // Already seeded (or created by someone else with this ref): leave it and its children alone.
  if (!created) return;

  insertCaseEvents(tx, ids, { exchangeId: created.id }, events, signed);
  insertQuestions(tx, created.id, exchange);
  insertViolations(
    tx,
    ids,
    agreementId,
    { source: "information_exchange", exchangeId: created.id },
    exchange.violations,
  );
}

/** Catalogue questions of each demo request, answered when the request was answered. */
const DEMO_QUESTIONS: Record<string, { code: string; answer: string; text: string | null }[]> = {
  information_request: [
    { code: "Q001", answer: "yes", text: null },
    { code: "Q002", answer: "2015-04-14", text: null },
    { code: "Q011", answer: "yes", text: "A1 certificates were issued for all workers named in the posting notification." },
    { code: "Q016", answer: "7.05 EUR", text: "Hourly pay according to the payslips." },
  ],
  inspection_request: [
    { code: "Q003", answer: "yes", text: null },
    { code: "Q019", answer: "no", text: "Time records show up to 11 hours a day on several days." },
  ],
};

function insertQuestions(tx: SeedTransaction, exchangeId: number, exchange: DemoExchange): void {
  const questions = DEMO_QUESTIONS[exchange.type] ?? [];
  questions.forEach((question, index) =>
    tx
      .insert(exchangeQuestions)
      .values({
        exchangeId,
        questionCode: question.code,
        position: index + 1,
        answerValue: exchange.answeredOn ? question.answer : null,
        answerText: exchange.answeredOn ? question.text : null,
        answerLanguage: exchange.answeredOn && question.text ? "en" : null,
        answeredAt: exchange.answeredOn ? instant(exchange.answeredOn, "13:00") : null,
      })
      .run(),
  );
}

/** The inspectorate of the country where the inspection takes place. */
function hostInspectorate(inspection: DemoInspection): string {
  const host = [inspection.requesting, inspection.partner].find(
    (slug) => demoAuthorities.find((authority) => authority.slug === slug)?.country === inspection.hostCountry,
  );
  if (!host) throw new Error(`Demo case ${inspection.ref}: neither party is in host country ${inspection.hostCountry}`);
  return host;
}

function seedInspection(tx: SeedTransaction, ids: SeedIds, inspection: DemoInspection): void {
  const host = hostInspectorate(inspection);
  const events = inspectionEvents(inspection, host);
  const last = lastEvent(inspection.ref, events, inspection.status);
  const agreementId = requireId(ids.agreements, inspection.agreement, "agreement");
  const signed = isOpenCase(inspection.status);
  const requestingId = requireId(ids.authorities, inspection.requesting, "authority");

  const created = tx
    .insert(inspections)
    .values({
      ref: inspection.ref,
      agreementId,
      requestingAuthorityId: requestingId,
      partnerAuthorityId: requireId(ids.authorities, inspection.partner, "authority"),
      hostCountry: inspection.hostCountry,
      mode: "joint",
      status: inspection.status,
      sector: inspection.sector,
      siteAddress: inspection.siteAddress,
      municipality: inspection.municipality,
      reasons: inspection.reasons,
      proposedFrom: inspection.proposedFrom,
      proposedTo: inspection.proposedTo,
      languageNeeds: inspection.languageNeeds,
      // The demo's free text is written in English; pages in Norwegian and Lithuanian mark it so.
      textLanguage: "en",
      interpreterNeeded: inspection.interpreterNeeded,
      requestedOn: inspection.requestedOn,
      responseDueOn: inspection.responseDueOn,
      scheduledOn: inspection.scheduledOn,
      conductedOn: inspection.conductedOn,
      reportDueOn: inspection.reportDueOn,
      reportedOn: inspection.reportedOn,
      closedAt: inspection.closedOn ? instant(inspection.closedOn, "15:00") : null,
      createdById: signed ? (ids.contactPointUsers.get(inspection.requesting) ?? null) : null,
      createdAt: instant(inspection.requestedOn, "08:00"),
      updatedAt: last.at,
    })
    .onConflictDoNothing({ target: inspections.ref })
    .returning({ id: inspections.id })
    .get();
  if (!created) return;
  const inspectionId = created.id;

  tx.insert(inspectionEnterprises)
    .values(
      inspection.enterprises.map(({ enterprise, relation }) => ({
        inspectionId,
        enterpriseId: requireId(ids.enterprises, enterprise, "enterprise"),
        relation,
      })),
    )
    .run();
  tx.insert(inspectionAgencies)
    .values(inspection.agencies.map((agency) => ({ inspectionId, ...agency })))
    .run();
  if (inspection.riskIndicators.length > 0) {
    tx.insert(inspectionRiskIndicators)
      .values(inspection.riskIndicators.map((indicator) => ({ inspectionId, indicator })))
      .run();
  }
  tx.insert(inspectionDateProposals)
    .values({
      inspectionId,
      proposedByAuthorityId: requestingId,
      fromOn: inspection.proposedFrom,
      toOn: inspection.proposedTo,
      createdAt: instant(inspection.requestedOn, "08:30"),
    })
    .run();

  if (inspection.plan && inspection.scheduledOn) {
    tx.insert(inspectionPlans)
      .values({
        inspectionId,
        revision: 1,
        inspectionOn: inspection.scheduledOn,
        ...inspection.plan,
        textLanguage: "en",
        createdAt: instant(inspection.acceptedOn ?? inspection.scheduledOn, "14:00"),
      })
      .run();
  }

  if (inspection.report && inspection.reportedOn) {
    const reportedAt = instant(inspection.reportedOn, "12:00");
    const report = tx
      .insert(inspectionReports)
      .values({ inspectionId, reportVersion: 1, lockedAt: reportedAt, createdAt: reportedAt })
      .returning({ id: inspectionReports.id })
      .get();
    tx.insert(inspectionFindings)
      .values(
        inspection.report.findings.map((finding) => ({
          reportId: report.id,
          enterpriseId: requireId(ids.enterprises, finding.enterprise, "enterprise"),
          authorityId: requireId(ids.authorities, finding.authority, "authority"),
          findings: finding.findings,
          findingsLanguage: "en",
          documentsInspected: finding.documentsInspected,
        })),
      )
      .run();
    tx.insert(inspectionWorkerCounts)
      .values(
        inspection.report.workerCounts.map((workerCount) => ({
          reportId: report.id,
          enterpriseId: requireId(ids.enterprises, workerCount.enterprise, "enterprise"),
          originCountry: workerCount.originCountry,
          count: workerCount.count,
        })),
      )
      .run();
  }

  insertCaseEvents(tx, ids, { inspectionId }, events, signed);
  insertViolations(tx, ids, agreementId, { source: "joint_inspection", inspectionId }, inspection.violations);
}

// ---------------------------------------------------------------------------------------------------------
// Reference counters

/**
 * Brings each (agreement, prefix, year) counter up to the highest demo ref, so the next case the app creates
 * gets the next free number. Never lowers a counter the app has already moved on.
 */
function seedReferenceCounters(tx: SeedTransaction, ids: SeedIds): void {
  const highest = new Map<string, { agreementId: number; prefix: string; year: number; lastNumber: number }>();
  for (const demoCase of [...demoExchanges, ...demoInspections]) {
    const match = CASE_REF_PATTERN.exec(demoCase.ref);
    if (!match) throw new Error(`Demo case ref "${demoCase.ref}" does not follow PREFIX-AA-BB-YYYY-NNNN`);
    const [, prefix = "", year = "", number = ""] = match;
    const agreementId = requireId(ids.agreements, demoCase.agreement, "agreement");
    const key = `${agreementId}/${prefix}/${year}`;
    const lastNumber = Math.max(Number(number), highest.get(key)?.lastNumber ?? 0);
    highest.set(key, { agreementId, prefix, year: Number(year), lastNumber });
  }
  for (const counter of highest.values()) {
    tx.insert(referenceCounters)
      .values(counter)
      .onConflictDoUpdate({
        target: [referenceCounters.agreementId, referenceCounters.prefix, referenceCounters.year],
        set: { lastNumber: sql`max(${referenceCounters.lastNumber}, excluded.last_number)` },
      })
      .run();
  }
}
