// Retention of personal data (docs/domain-facts.md §6; the rule itself is app/domain/retention). This module is the one place that
// says what personal data a case holds and who still sees it:
// - the settings, read from the environment once per call, in one place;
// - `caseRetention`: the stage of a case today and whether this viewer gets its personal data;
// - `withholdExchangeRecords` / `withholdInspectionRecords`: what the services that read a case hand to the pages
//   (case pages, printable versions) once it is withheld — attachments ask `caseRetention` too;
// - `ANONYMISE_STATEMENTS`: the same fields overwritten in the database by `npm run retention` (retention-run.ts).
//
// Personal data here is every name or identifier of a natural person and every free text that describes the facts
// of a case (it may name or describe workers): an exchange's subject, urgency and decline reasons, the free text of
// questions and answers (and the structured answers of questions marked `personalData` in the catalogue), the
// uniform instrument's addressee, facts, instrument and claim; an inspection's reasons, decline reason, notes on date
// proposals, team members' names, findings and documents inspected, follow-up actions; every case's event notes,
// messages, attachments (names and bytes) and the descriptions of violations recorded on it.
// Not personal data, and kept for the outcome figures and the record: references, types, statuses, dates,
// authorities, agreement, sector, mode, host country, site address and municipality, the inspection plan's logistics,
// enterprises (legal persons: names, registration numbers, addresses), worker counts, question codes, risk
// indicators, agencies, and violations' categories, sanctions, fines and legal references. Who acted (officials'
// user accounts) stays too: they are the portal's users, not the subjects of the case.
import { caseRetentionStage, DEFAULT_RETENTION, parseRetentionSettings, type RetentionSettings, type RetentionStage } from "~/domain/retention";
import { hasPermission, type RoleGrant } from "~/domain/permissions";
import { QUESTION_CATALOGUE } from "~/domain/question-catalogue";
import { dateInOslo, today } from "./clock";
import { logger } from "./logger";

/** What anonymised free text and names read in the database afterwards (language-neutral; pages never show it). */
export const ANONYMISED = "[anonymised]";

// ---------------------------------------------------------------------------------------------------------------
// Settings

export class RetentionSettingsError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid retention settings: ${errors.join("; ")}`);
    this.name = "RetentionSettingsError";
  }
}

/** The settings for a retention run: invalid environment variables stop the run (RetentionSettingsError). */
export function retentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
  const parsed = parseRetentionSettings(env);
  if (!parsed.ok) throw new RetentionSettingsError(parsed.errors);
  return parsed.settings;
}

let warnedAbout: string | null = null;

/** The settings for reading a case: never fails a page; invalid variables fall back to the defaults, with a warning. */
function settingsForReading(): RetentionSettings {
  const parsed = parseRetentionSettings(process.env);
  if (parsed.ok) return parsed.settings;
  const message = parsed.errors.join("; ");
  if (warnedAbout !== message) logger.warn("invalid retention settings; pages use the defaults", { errors: parsed.errors });
  warnedAbout = message;
  return DEFAULT_RETENTION;
}

// ---------------------------------------------------------------------------------------------------------------
// A case's stage, for one viewer

export interface CaseRetentionFacts {
  closedAt: string | null;
  personalDataHiddenAt: string | null;
  anonymisedAt: string | null;
}

export interface CaseRetention {
  /** `hidden` once closed beyond the hiding period (or marked so), `anonymised` once anonymised or due for it. */
  stage: RetentionStage;
  /** The viewer does not get the case's personal data (everyone once anonymised; all but administrators before). */
  withheld: boolean;
  /** When the personal data was overwritten in the database (ISO date), if it has been. */
  anonymisedOn: string | null;
  /** The configured hiding period, for the notice ("closed more than 6 months ago"). */
  hideAfterMonths: number;
}

/** Whether the roles may read personal data the retention rule hides (administrators). */
export function mayReadRetainedPersonalData(roles: readonly RoleGrant[]): boolean {
  return hasPermission(roles, "read:retained-personal-data:any");
}

/**
 * The stage of a case today and whether this viewer gets its personal data. Decided from the closing date on every
 * read, so a case is hidden on the first day the rule says, whether or not the daily run has been yet.
 */
export function caseRetention(facts: CaseRetentionFacts, roles: readonly RoleGrant[], todayIso: string = today()): CaseRetention {
  const settings = settingsForReading();
  const byRule = caseRetentionStage(facts.closedAt ? dateInOslo(facts.closedAt) : null, todayIso, settings);
  const stage: RetentionStage = facts.anonymisedAt ? "anonymised" : byRule === "none" && facts.personalDataHiddenAt ? "hidden" : byRule;
  // Until the run has overwritten it, an administrator still sees what is due for anonymisation.
  const withheld = facts.anonymisedAt !== null || (stage !== "none" && !mayReadRetainedPersonalData(roles));
  return { stage, withheld, anonymisedOn: facts.anonymisedAt ? dateInOslo(facts.anonymisedAt) : null, hideAfterMonths: settings.hideAfterMonths };
}

/**
 * Whether personal data may still be recorded against the case (a person behind one of its enterprises, a contact
 * detail): only while the rule hides nothing, whoever records — once hidden it would be withheld from contact points
 * at once, and once anonymised it is gone.
 */
export function acceptsPersonalData(facts: CaseRetentionFacts, todayIso: string = today()): boolean {
  return caseRetention(facts, [], todayIso).stage === "none";
}

// ---------------------------------------------------------------------------------------------------------------
// What a withheld case shows

/** Catalogue questions whose structured answer concerns an identified person. */
export const PERSONAL_QUESTION_CODES: readonly string[] = QUESTION_CATALOGUE.filter((q) => q.personalData).map((q) => q.code);

const isPersonalAnswer = (questionCode: string | null) => questionCode === null || PERSONAL_QUESTION_CODES.includes(questionCode);

interface Timeline {
  events: { note: string | null }[];
  messages: { body: string }[];
}

interface ExchangeRecords extends Timeline {
  exchange: CaseRetentionFacts & { subject: string; urgencyReason: string | null; declineReason: string | null };
  questions: { questionCode: string | null; supplementaryText: string | null; answerValue: string | null; answerText: string | null }[];
  instrument: {
    addresseeName: string;
    addresseeAddress: string;
    addresseeIdentifier: string | null;
    factsSummary: string;
    enforceableInstrument: string;
    underlyingClaim: string | null;
  } | null;
}

function withholdTimeline<T extends Timeline>(records: T) {
  return {
    events: records.events.map((event) => ({ ...event, note: null })),
    messages: records.messages.map((message) => ({ ...message, body: "" })),
  };
}

/**
 * An exchange as its services hand it to pages, with `retention`: personal fields emptied when they are withheld
 * from this viewer (texts become "" or null; the page says why).
 */
export function withholdExchangeRecords<T extends ExchangeRecords>(records: T, roles: readonly RoleGrant[]): T & { retention: CaseRetention } {
  const retention = caseRetention(records.exchange, roles);
  if (!retention.withheld) return { ...records, retention };
  return {
    ...records,
    ...withholdTimeline(records),
    retention,
    exchange: { ...records.exchange, subject: "", urgencyReason: null, declineReason: null },
    questions: records.questions.map((q) => ({
      ...q,
      supplementaryText: null,
      answerText: null,
      answerValue: isPersonalAnswer(q.questionCode) ? null : q.answerValue,
    })),
    instrument: records.instrument
      ? { ...records.instrument, addresseeName: "", addresseeAddress: "", addresseeIdentifier: null, factsSummary: "", enforceableInstrument: "", underlyingClaim: null }
      : null,
  };
}

interface InspectionRecords extends Timeline {
  inspection: CaseRetentionFacts & { reasons: string; declineReason: string | null };
  proposals: { note: string | null }[];
  plan: { team: { name: string | null }[] } | null;
  report: { findings: { findings: string; documentsInspected: string }[] };
  followUps: { description: string }[];
}

/** A joint inspection as its services hand it to pages, with `retention` (see withholdExchangeRecords). */
export function withholdInspectionRecords<T extends InspectionRecords>(records: T, roles: readonly RoleGrant[]): T & { retention: CaseRetention } {
  const retention = caseRetention(records.inspection, roles);
  if (!retention.withheld) return { ...records, retention };
  return {
    ...records,
    ...withholdTimeline(records),
    retention,
    inspection: { ...records.inspection, reasons: "", declineReason: null },
    proposals: records.proposals.map((p) => ({ ...p, note: null })),
    plan: records.plan ? { ...records.plan, team: records.plan.team.map((m) => ({ ...m, name: null })) } : null,
    report: { ...records.report, findings: records.report.findings.map((f) => ({ ...f, findings: "", documentsInspected: "" })) },
    followUps: records.followUps.map((f) => ({ ...f, description: "" })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What anonymisation overwrites (run by retention-run.ts over every case whose `anonymised_at` is set)
//
// Free text becomes ANONYMISED (empty stays empty, null stays null) and identifiers become null, so the record
// still shows that there was a message, a reason or an answer. Each statement touches only rows not yet overwritten
// (running again changes nothing) and returns the case it belongs to, for the audit log. Attachments (names and
// stored bytes) are done by the run itself.

const ANONYMISED_EXCHANGES = "(select id from exchanges where anonymised_at is not null)";
const ANONYMISED_INSPECTIONS = "(select id from inspections where anonymised_at is not null)";
const PERSONAL_CODES_SQL = `(${PERSONAL_QUESTION_CODES.map((code) => `'${code.replace(/[^A-Z0-9]/g, "")}'`).join(", ")})`;
const PERSONAL_ANSWER_SQL = `(question_code is null or question_code in ${PERSONAL_CODES_SQL})`;

/** Each returns `exchangeId` and/or `inspectionId` of the case a changed row belongs to; `:marker` is ANONYMISED. */
export const ANONYMISE_STATEMENTS: readonly { table: string; sql: string }[] = [
  {
    table: "exchanges",
    sql: `update exchanges set subject = iif(subject = '', '', :marker), urgency_reason = iif(urgency_reason is null, null, :marker),
            decline_reason = iif(decline_reason is null, null, :marker)
          where anonymised_at is not null and ((subject <> '' and subject <> :marker) or urgency_reason <> :marker or decline_reason <> :marker)
          returning id as exchangeId`,
  },
  {
    table: "exchange_questions",
    sql: `update exchange_questions set supplementary_text = iif(supplementary_text is null, null, :marker),
            answer_text = iif(answer_text is null, null, :marker),
            answer_value = iif(answer_value is not null and ${PERSONAL_ANSWER_SQL}, :marker, answer_value)
          where exchange_id in ${ANONYMISED_EXCHANGES}
            and (supplementary_text <> :marker or answer_text <> :marker or (answer_value <> :marker and ${PERSONAL_ANSWER_SQL}))
          returning exchange_id as exchangeId`,
  },
  {
    table: "penalty_instruments",
    sql: `update penalty_instruments set addressee_name = :marker, addressee_address = :marker, addressee_identifier = null,
            facts_summary = :marker, enforceable_instrument = :marker, underlying_claim = iif(underlying_claim is null, null, :marker)
          where exchange_id in ${ANONYMISED_EXCHANGES}
            and (addressee_name <> :marker or addressee_address <> :marker or addressee_identifier is not null or facts_summary <> :marker
                 or enforceable_instrument <> :marker or underlying_claim <> :marker)
          returning exchange_id as exchangeId`,
  },
  {
    table: "inspections",
    sql: `update inspections set reasons = iif(reasons = '', '', :marker), decline_reason = iif(decline_reason is null, null, :marker)
          where anonymised_at is not null and ((reasons <> '' and reasons <> :marker) or decline_reason <> :marker)
          returning id as inspectionId`,
  },
  {
    table: "inspection_date_proposals",
    sql: `update inspection_date_proposals set note = :marker
          where inspection_id in ${ANONYMISED_INSPECTIONS} and note <> :marker
          returning inspection_id as inspectionId`,
  },
  {
    table: "inspection_team_members",
    sql: `update inspection_team_members set name = null
          where plan_id in (select id from inspection_plans where inspection_id in ${ANONYMISED_INSPECTIONS}) and name is not null
          returning (select inspection_id from inspection_plans p where p.id = plan_id) as inspectionId`,
  },
  {
    table: "inspection_findings",
    sql: `update inspection_findings set findings = iif(findings = '', '', :marker), documents_inspected = iif(documents_inspected = '', '', :marker)
          where report_id in (select id from inspection_reports where inspection_id in ${ANONYMISED_INSPECTIONS})
            and ((findings <> '' and findings <> :marker) or (documents_inspected <> '' and documents_inspected <> :marker))
          returning (select inspection_id from inspection_reports r where r.id = report_id) as inspectionId`,
  },
  {
    table: "follow_up_actions",
    sql: `update follow_up_actions set description = :marker
          where inspection_id in ${ANONYMISED_INSPECTIONS} and description <> :marker
          returning inspection_id as inspectionId`,
  },
  {
    table: "case_events",
    sql: `update case_events set note = :marker
          where (exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}) and note <> :marker
          returning exchange_id as exchangeId, inspection_id as inspectionId`,
  },
  {
    table: "case_messages",
    sql: `update case_messages set body = :marker
          where (exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}) and body <> :marker
          returning exchange_id as exchangeId, inspection_id as inspectionId`,
  },
  {
    table: "violations",
    sql: `update violations set description = :marker
          where (exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}) and description <> '' and description <> :marker
          returning exchange_id as exchangeId, inspection_id as inspectionId`,
  },
  // The people behind enterprises and their contact details, as an anonymised case brought them in: the rows go
  // (each row names one case, so what other cases brought in stays); the enterprise and its violations stay.
  {
    table: "enterprise_people",
    sql: `delete from enterprise_people where exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}
          returning exchange_id as exchangeId, inspection_id as inspectionId`,
  },
  {
    table: "enterprise_contacts",
    sql: `delete from enterprise_contacts where exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}
          returning exchange_id as exchangeId, inspection_id as inspectionId`,
  },
  // The names an anonymised case gave an enterprise (a sole trader's name is a person's); a violation's name row
  // goes with the violation's case. Names other cases brought in stay, and so does the enterprise's stored name.
  {
    table: "enterprise_names",
    sql: `delete from enterprise_names where exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS}
            or violation_id in (select id from violations where exchange_id in ${ANONYMISED_EXCHANGES} or inspection_id in ${ANONYMISED_INSPECTIONS})
          returning coalesce(exchange_id, (select exchange_id from violations v where v.id = violation_id)) as exchangeId,
            coalesce(inspection_id, (select inspection_id from violations v where v.id = violation_id)) as inspectionId`,
  },
];
