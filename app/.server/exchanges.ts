// Information exchanges between contact points: create, send (with the reply deadline), view (need-to-know, every
// view audited), move through the one state machine with optimistic concurrency, answer, and talk.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import {
  agreements,
  authorities,
  caseEvents,
  caseMessages,
  enterprises,
  exchangeQuestions,
  exchanges,
  penaltyInstruments,
  referenceCounters,
  violations,
} from "../../db/schema";
import {
  availableExchangeActions,
  exchangeTransition,
  type ExchangeAction,
  type ExchangeActor,
  type ExchangeTransitionInput,
} from "~/domain/exchange-workflow";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { findQuestion } from "~/domain/question-catalogue";
import { caseReference } from "~/domain/references";
import type { ExchangeStatus, ExchangeType } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import type { AnswerableQuestion } from "~/lib/schemas/exchange-answers";
import type { NewExchangeServerChecks } from "~/lib/schemas/exchanges";
import { AGREEMENT_NOT_ACTIVE, agreementIsActive } from "./agreements";
import { recordAudit } from "./audit";
import { clarificationClockStart, explainReplyDueDate, replyDueDate } from "./due-dates";
import { today } from "./clock";
import type { Db } from "../../db/connection";
import { db } from "./db";
import { enterpriseForNewCase, getKnownEnterprise } from "./enterprise-access";
import { recordEnterpriseName } from "./enterprise-names";
import { caseTimelineRecords, contactPointsOf } from "./case-records";
import { withholdExchangeRecords } from "./retention";
import type { SessionUser } from "./session";

export interface Actor {
  userId: number;
  authorityId: number;
  ipAddress: string;
}

export function actorFor(user: SessionUser, ipAddress: string): Actor | null {
  return user.authorityId === null ? null : { userId: user.id, authorityId: user.authorityId, ipAddress };
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const nameColumns = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn } as const;
const titleColumns = { nb: agreements.titleNb, lt: agreements.titleLt, en: agreements.titleEn } as const;

/** One prepared statement per locale, for queries that read the locale's name or title column. */
function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { nb: make("nb"), lt: make("lt"), en: make("en") };
}

// Prepared once: these run on every inbox and case page, and building a drizzle query costs more than running it.
const authorityParameter = sql.placeholder("authority");
const agreementsOfAuthorityQuery = perLocale((locale) =>
  db
    .select({ id: agreements.id, slug: agreements.slug, title: titleColumns[locale], partner: { id: authorities.id, name: nameColumns[locale], country: authorities.country } })
    .from(agreements)
    // The partner is the other party.
    .innerJoin(
      authorities,
      or(
        and(eq(agreements.partyAId, authorityParameter), eq(authorities.id, agreements.partyBId)),
        and(eq(agreements.partyBId, authorityParameter), eq(authorities.id, agreements.partyAId)),
      ),
    )
    .where(and(or(eq(agreements.partyAId, authorityParameter), eq(agreements.partyBId, authorityParameter)), eq(agreements.status, "active")))
    .orderBy(asc(agreements.slug))
    .prepare(),
);

/** Agreements the authority is party to, each with the partner (the other party). */
export function agreementsOfAuthority(authorityId: number, locale: Locale) {
  return agreementsOfAuthorityQuery[locale].all({ authority: authorityId });
}

const authoritiesOfCountryQuery = perLocale((locale) =>
  db
    .select({ id: authorities.id, name: nameColumns[locale] })
    .from(authorities)
    .where(and(eq(authorities.country, sql.placeholder("country")), sql`${authorities.id} <> ${sql.placeholder("exceptId")}`))
    .orderBy(asc(nameColumns[locale]))
    .prepare(),
);

/** Authorities of a country other than `exceptId` (forwarding targets). */
export function authoritiesOfCountry(country: string, exceptId: number, locale: Locale) {
  return authoritiesOfCountryQuery[locale].all({ country, exceptId });
}

/** Next human reference for an agreement, kind and year: `EX-NO-LT-2026-0042`. */
export function nextReference(tx: Tx, agreement: { id: number; slug: string }, prefix: "EX" | "JI", year: number): string {
  tx.insert(referenceCounters).values({ agreementId: agreement.id, prefix, year, lastNumber: 0 }).onConflictDoNothing().run();
  const row = tx
    .update(referenceCounters)
    .set({ lastNumber: sql`${referenceCounters.lastNumber} + 1` })
    .where(and(eq(referenceCounters.agreementId, agreement.id), eq(referenceCounters.prefix, prefix), eq(referenceCounters.year, year)))
    .returning({ n: referenceCounters.lastNumber })
    .get();
  return caseReference(prefix, agreement.slug, year, row!.n);
}

export interface NewExchange {
  agreementId: number;
  type: ExchangeType;
  urgency: "standard" | "urgent";
  urgencyReason: string | null;
  subject: string;
  /** A known enterprise (with the name typed for it, if one was) or a new one. */
  enterprise: { id: number; name?: string } | { country: string; registrationNumber: string; name: string; address: string } | null;
  postedWorkersCount: number | null;
  questionCodes: string[];
  freeQuestions: string[];
  supplementaryText: string | null;
  language: Locale;
  instrument: Omit<typeof penaltyInstruments.$inferInsert, "exchangeId"> | null;
  send: boolean;
}

export type CreateResult = { ok: true; ref: string } | { ok: false; errors: Record<string, string> };


let notify: (tx: Tx, userIds: number[], kind: string, caseRef: string) => void = () => {};
/** The notifications module registers itself here (kept separate so exchanges need not know about e-mail). */
export function onExchangeEvent(listener: typeof notify) {
  notify = listener;
}

/** Why a new request cannot go under this agreement (not the actor's authority's, or no longer in force), or null. */
function agreementProblem(agreement: { partyAId: number; partyBId: number; status: string } | undefined, actor: Actor): string | null {
  if (!agreement || (agreement.partyAId !== actor.authorityId && agreement.partyBId !== actor.authorityId)) return "exchange.errors.agreementInvalid";
  return agreement.status === "active" ? null : AGREEMENT_NOT_ACTIVE;
}

/**
 * The new-request form's checks that need the database, for the form's schema, so one round shows every error:
 * the agreement, a chosen enterprise the authority still knows (need-to-know), a name for an enterprise not known yet.
 */
export function newExchangeChecksFor(actor: Actor): NewExchangeServerChecks {
  return (v) => {
    const errors: Record<string, string> = {};
    if (/^\d{1,9}$/.test(v.agreementId)) {
      const problem = agreementProblem(db.select().from(agreements).where(eq(agreements.id, Number(v.agreementId))).get(), actor);
      if (problem) errors.agreementId = problem;
    }
    if (v.enterpriseId) {
      if (!getKnownEnterprise(Number(v.enterpriseId), actor.authorityId)) errors.enterpriseId = "exchange.errors.enterpriseUnknown";
    } else if (v.enterpriseCountry && v.enterpriseNumber) {
      const checked = validateRegistrationNumber(v.enterpriseCountry, v.enterpriseNumber);
      const typed = checked.ok ? { country: v.enterpriseCountry, registrationNumber: checked.value, name: v.enterpriseName, address: v.enterpriseAddress } : null;
      if (typed && "nameRequired" in enterpriseForNewCase(typed, actor.authorityId)) errors.enterpriseName = "exchange.errors.enterpriseNameRequired";
    }
    return errors;
  };
}

export function createExchange(input: NewExchange, actor: Actor, now = new Date()): CreateResult {
  const agreement = db.select().from(agreements).where(eq(agreements.id, input.agreementId)).get();
  const problem = agreementProblem(agreement, actor);
  if (problem || !agreement) return { ok: false, errors: { agreementId: problem ?? "exchange.errors.agreementInvalid" } };
  const requestedId = agreement.partyAId === actor.authorityId ? agreement.partyBId : agreement.partyAId;
  const requested = db.select().from(authorities).where(eq(authorities.id, requestedId)).get()!;
  for (const code of input.questionCodes) if (!findQuestion(code)) return { ok: false, errors: { questions: "exchange.errors.questionUnknown" } };
  if (input.type !== "alert" && input.questionCodes.length + input.freeQuestions.length === 0) {
    return { ok: false, errors: { questions: "exchange.errors.questionsRequired" } };
  }

  const ref = db.transaction((tx) => {
    let enterpriseId: number | null = null;
    if (input.enterprise && "id" in input.enterprise) enterpriseId = input.enterprise.id;
    else if (input.enterprise) {
      const existing = tx
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(and(eq(enterprises.country, input.enterprise.country), eq(enterprises.registrationNumber, input.enterprise.registrationNumber)))
        .get();
      enterpriseId =
        existing?.id ??
        tx
          .insert(enterprises)
          .values({ country: input.enterprise.country, registrationNumber: input.enterprise.registrationNumber, name: input.enterprise.name, address: input.enterprise.address })
          .returning({ id: enterprises.id })
          .get().id;
    }
    const sentOn = today(now);
    const due = input.send ? replyDueDate({ type: input.type, urgency: input.urgency, agreementId: agreement.id, requestedAuthorityId: requested.id }, sentOn) : null;
    const ref = nextReference(tx, agreement, "EX", Number(sentOn.slice(0, 4)));
    const created = tx
      .insert(exchanges)
      .values({
        ref,
        agreementId: agreement.id,
        requestingAuthorityId: actor.authorityId,
        requestedAuthorityId: requested.id,
        type: input.type,
        urgency: input.urgency,
        urgencyReason: input.urgency === "urgent" ? input.urgencyReason : null,
        status: input.send ? "sent" : "draft",
        subject: input.subject,
        enterpriseId,
        postedWorkersCount: input.postedWorkersCount,
        sentOn: input.send ? sentOn : null,
        sentAt: input.send ? now.toISOString() : null,
        dueOn: due?.due ?? null,
        createdById: actor.userId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .returning({ id: exchanges.id })
      .get();
    if (enterpriseId !== null && input.enterprise) {
      recordEnterpriseName(tx, { enterpriseId, typedName: input.enterprise.name, seenOn: sentOn, source: { exchangeId: created.id }, authorityId: actor.authorityId });
    }
    let position = 1;
    for (const code of input.questionCodes) {
      tx.insert(exchangeQuestions).values({ exchangeId: created.id, questionCode: code, position: position++ }).run();
    }
    for (const text of input.freeQuestions) {
      tx.insert(exchangeQuestions).values({ exchangeId: created.id, questionCode: null, position: position++, supplementaryText: text, supplementaryLanguage: input.language }).run();
    }
    if (input.supplementaryText) {
      tx.insert(caseMessages)
        .values({ exchangeId: created.id, authorUserId: actor.userId, authorAuthorityId: actor.authorityId, body: input.supplementaryText, language: input.language, createdAt: now.toISOString() })
        .run();
    }
    if (input.instrument && (input.type === "notification_request" || input.type === "recovery_request")) {
      tx.insert(penaltyInstruments).values({ ...input.instrument, exchangeId: created.id }).run();
    }
    tx.insert(caseEvents)
      .values({ exchangeId: created.id, fromStatus: null, toStatus: input.send ? "sent" : "draft", action: input.send ? "send" : "create", actorUserId: actor.userId, actorAuthorityId: actor.authorityId, createdAt: now.toISOString() })
      .run();
    recordAudit({ ...actor, action: input.send ? "exchange.sent" : "exchange.draft_created", entity: "exchange", entityId: ref });
    if (input.send) notify(tx, contactPointsOf(requested.id), "exchange_received", ref);
    return ref;
  });
  return { ok: true, ref };
}

/** The exchange as one of its two authorities may see it; null (→ 404) for anyone else. Drafts: requester only. */
export function loadVisible(ref: string, authorityId: number) {
  const row = db.select().from(exchanges).where(eq(exchanges.ref, ref)).get();
  if (!row) return null;
  const isRequester = row.requestingAuthorityId === authorityId;
  const isRequested = row.requestedAuthorityId === authorityId && row.status !== "draft";
  if (!isRequester && !isRequested) return null;
  return { row, side: (isRequester ? "requester" : "requested") as ExchangeActor };
}

// The case page's own reads, prepared once (see agreementsOfAuthorityQuery).
const caseQueries = {
  authority: perLocale((locale) =>
    db.select({ name: nameColumns[locale], country: authorities.country }).from(authorities).where(eq(authorities.id, sql.placeholder("id"))).prepare(),
  ),
  agreement: perLocale((locale) =>
    db.select({ slug: agreements.slug, title: titleColumns[locale] }).from(agreements).where(eq(agreements.id, sql.placeholder("id"))).prepare(),
  ),
  enterprise: db.select().from(enterprises).where(eq(enterprises.id, sql.placeholder("id"))).prepare(),
  questions: db.select().from(exchangeQuestions).where(eq(exchangeQuestions.exchangeId, sql.placeholder("exchangeId"))).orderBy(asc(exchangeQuestions.position)).prepare(),
  instrument: db.select().from(penaltyInstruments).where(eq(penaltyInstruments.exchangeId, sql.placeholder("exchangeId"))).prepare(),
  violations: db
    .select({ id: violations.id, category: violations.category, sanction: violations.sanction, foundOn: violations.foundOn, status: violations.status, fineAmountCents: violations.fineAmountCents, fineCurrency: violations.fineCurrency, legalReference: violations.legalReference })
    .from(violations)
    .where(eq(violations.exchangeId, sql.placeholder("exchangeId")))
    .orderBy(asc(violations.id))
    .prepare(),
};

export function getExchangeCase(ref: string, user: SessionUser, locale: Locale, ipAddress: string) {
  if (user.authorityId === null) return null;
  const visible = loadVisible(ref, user.authorityId);
  if (!visible) return null;
  const { row, side } = visible;
  recordAudit({ userId: user.id, authorityId: user.authorityId, action: "exchange.viewed", entity: "exchange", entityId: ref, ipAddress });

  const authorityName = (id: number | null) => (id === null ? null : (caseQueries.authority[locale].get({ id }) ?? null));
  const agreement = caseQueries.agreement[locale].get({ id: row.agreementId })!;
  const enterprise = row.enterpriseId ? (caseQueries.enterprise.get({ id: row.enterpriseId }) ?? null) : null;
  const questions = caseQueries.questions.all({ exchangeId: row.id });
  const { events, messages } = caseTimelineRecords({ exchangeId: row.id }, locale);
  const instrument = caseQueries.instrument.get({ exchangeId: row.id }) ?? null;
  const recordedViolations = caseQueries.violations.all({ exchangeId: row.id });
  const requested = authorityName(row.requestedAuthorityId)!;
  // Personal data of a case closed long ago is withheld here, for every page that shows the case (retention.ts).
  return withholdExchangeRecords({
    exchange: row,
    side,
    agreement,
    requesting: authorityName(row.requestingAuthorityId)!,
    requested,
    enterprise,
    questions,
    events,
    messages,
    instrument,
    violations: recordedViolations,
    actions: availableExchangeActions({ status: row.status, type: row.type }, side),
    forwardTargets: side === "requested" ? authoritiesOfCountry(requested.country, row.requestedAuthorityId, locale) : [],
    dueExplanation: explainReplyDueDate(row),
  }, user.roles);
}

/** The questions of an exchange the authority may open, as the answer form needs them; null (→ 404) otherwise. */
export function answerableQuestions(ref: string, authorityId: number): AnswerableQuestion[] | null {
  const visible = loadVisible(ref, authorityId);
  if (!visible) return null;
  return db
    .select({ id: exchangeQuestions.id, code: exchangeQuestions.questionCode })
    .from(exchangeQuestions)
    .where(eq(exchangeQuestions.exchangeId, visible.row.id))
    .orderBy(asc(exchangeQuestions.position))
    .all()
    .map(({ id, code }) => {
      const question = code ? findQuestion(code) : undefined;
      return { id, answerType: question?.answerType ?? "text", amountKind: question?.amountKind, past: question?.past };
    });
}

export type TransitionResult =
  | { ok: true; status: ExchangeStatus }
  | { ok: false; reason: string; changed?: { status: ExchangeStatus; version: number; events: { action: string | null; at: string }[] } };

export interface AnswerInput {
  questionId: number;
  value: string | null;
  text: string | null;
}

/**
 * Moves an exchange by one action, checked by the state machine and against the version the user saw: if
 * someone changed the case meanwhile, nothing is written and the caller learns what changed.
 */
export function transitionExchange(
  ref: string,
  action: ExchangeAction,
  options: {
    expectedVersion: number;
    input?: ExchangeTransitionInput;
    answers?: AnswerInput[];
    language: Locale;
    /** Check everything and change nothing: the check-your-answers step before an irreversible action. */
    dryRun?: boolean;
  },
  actor: Actor,
  now = new Date(),
): TransitionResult {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return { ok: false, reason: "exchange.errors.notFound" };
  const { row, side } = visible;
  const requested = db.select({ country: authorities.country }).from(authorities).where(eq(authorities.id, row.requestedAuthorityId)).get()!;
  // A forward target's country comes from the register, never from the form.
  const forwardTarget = options.input?.forwardTo
    ? db.select({ id: authorities.id, country: authorities.country }).from(authorities).where(eq(authorities.id, Number(options.input.forwardTo.authorityId))).get()
    : undefined;
  const input: ExchangeTransitionInput | undefined = options.input && {
    ...options.input,
    forwardTo: forwardTarget ? { authorityId: String(forwardTarget.id), country: forwardTarget.country } : undefined,
  };
  const decision = exchangeTransition(
    { status: row.status, type: row.type, requestedCountry: requested.country, requestedAuthorityId: String(row.requestedAuthorityId) },
    action,
    side,
    input,
  );
  if (!decision.ok) return { ok: false, reason: decision.reason };
  if (row.version !== options.expectedVersion) return staleResult(row.id);
  // Sending a draft is a new request: only under an agreement still in force. Running cases are finished as they are.
  if (action === "send" && !agreementIsActive(row.agreementId)) return { ok: false, reason: AGREEMENT_NOT_ACTIVE };
  if (options.dryRun) return { ok: true, status: decision.to };

  return db.transaction((tx): TransitionResult => {
    const stamp = now.toISOString();
    const changes: Partial<typeof exchanges.$inferInsert> = { status: decision.to, updatedAt: stamp, version: row.version + 1 };
    if (action === "send") {
      const sentOn = today(now);
      changes.sentOn = sentOn;
      changes.sentAt = stamp;
      changes.dueOn = replyDueDate(row, sentOn)?.due ?? null;
    }
    // Asking for clarification restarts the requested side's reply clock.
    if (action === "request_clarification") changes.dueOn = replyDueDate(row, clarificationClockStart(now))?.due ?? null;
    if (action === "accept") changes.acceptedAt = stamp;
    if (action === "answer" || action === "answer_partially") changes.answeredAt = stamp;
    if (decision.to === "closed" || decision.to === "declined" || decision.to === "withdrawn") changes.closedAt = stamp;
    if (action === "decline") changes.declineReason = options.input?.reason ?? null;
    if (action === "forward" && forwardTarget) {
      // The new authority's clock starts on receipt.
      const target = forwardTarget.id;
      changes.forwardedFromAuthorityId = row.requestedAuthorityId;
      changes.requestedAuthorityId = target;
      changes.sentOn = today(now);
      changes.dueOn = replyDueDate({ ...row, requestedAuthorityId: target }, today(now))?.due ?? null;
    }
    const updated = tx
      .update(exchanges)
      .set(changes)
      .where(and(eq(exchanges.id, row.id), eq(exchanges.version, options.expectedVersion)))
      .run();
    if (updated.changes !== 1) return staleResult(row.id);

    if (options.answers?.length) {
      for (const answer of options.answers) {
        tx.update(exchangeQuestions)
          .set({ answerValue: answer.value, answerText: answer.text, answerLanguage: answer.text ? options.language : null, answeredAt: stamp, answeredById: actor.userId })
          .where(and(eq(exchangeQuestions.id, answer.questionId), eq(exchangeQuestions.exchangeId, row.id)))
          .run();
      }
    }
    const note = options.input?.reason ?? options.input?.message ?? null;
    tx.insert(caseEvents)
      .values({ exchangeId: row.id, fromStatus: row.status, toStatus: decision.to, action, actorUserId: actor.userId, actorAuthorityId: actor.authorityId, note, noteLanguage: note ? options.language : null, createdAt: stamp })
      .run();
    recordAudit({ ...actor, action: `exchange.${action}`, entity: "exchange", entityId: ref, detail: { from: row.status, to: decision.to } });
    const other = side === "requester" ? (changes.requestedAuthorityId ?? row.requestedAuthorityId) : row.requestingAuthorityId;
    notify(tx, contactPointsOf(other), `exchange_${action}`, ref);
    return { ok: true, status: decision.to };
  });
}

function staleResult(exchangeId: number): TransitionResult {
  const current = db.select({ status: exchanges.status, version: exchanges.version }).from(exchanges).where(eq(exchanges.id, exchangeId)).get()!;
  const events = db.select({ action: caseEvents.action, at: caseEvents.createdAt }).from(caseEvents).where(eq(caseEvents.exchangeId, exchangeId)).orderBy(asc(caseEvents.id)).all();
  return { ok: false, reason: "exchange.errors.changed", changed: { status: current.status, version: current.version, events: events.slice(-3) } };
}

export function addExchangeMessage(ref: string, body: string, language: Locale, actor: Actor, now = new Date()): boolean {
  const visible = loadVisible(ref, actor.authorityId);
  if (!visible) return false;
  db.transaction((tx) => {
    tx.insert(caseMessages).values({ exchangeId: visible.row.id, authorUserId: actor.userId, authorAuthorityId: actor.authorityId, body, language, createdAt: now.toISOString() }).run();
    recordAudit({ ...actor, action: "exchange.message_added", entity: "exchange", entityId: ref });
    const other = visible.side === "requester" ? visible.row.requestedAuthorityId : visible.row.requestingAuthorityId;
    if (visible.row.status !== "draft") notify(tx, contactPointsOf(other), "exchange_message", ref);
  });
  return true;
}
