// Cases between contact points: enterprises, information exchanges, joint inspections, their messages,
// events and attachments, violations, and tips from the public.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ENTERPRISE_RELATIONS,
  EXCHANGE_STATUSES,
  EXCHANGE_TYPES,
  INSPECTION_MODES,
  INSPECTION_STATUSES,
  SANCTIONS,
  TIP_STATUSES,
  URGENCIES,
  VIOLATION_CATEGORIES,
  VIOLATION_SOURCES,
  VIOLATION_STATUSES,
} from "../../app/domain/vocabulary";
import { createdAt, id, isoDate, isoInstant, rowVersion, updatedAt } from "./columns";
import { users } from "./accounts";
import { activities, agreements, authorities } from "./organisations";

export const enterprises = sqliteTable(
  "enterprises",
  {
    id: id(),
    country: text("country").notNull(),
    /** Normalised: digits only (see app/domain/identifiers). */
    registrationNumber: text("registration_number").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("enterprises_country_regno_unique").on(t.country, t.registrationNumber),
    index("enterprises_name_idx").on(t.name),
  ],
);

/** Human references per agreement, kind and year: `EX-NO-LT-2026-0042`. */
export const referenceCounters = sqliteTable(
  "reference_counters",
  {
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    prefix: text("prefix").notNull(),
    year: integer("year").notNull(),
    lastNumber: integer("last_number").notNull().default(0),
  },
  (t) => [uniqueIndex("reference_counters_unique").on(t.agreementId, t.prefix, t.year)],
);

export const exchanges = sqliteTable(
  "exchanges",
  {
    id: id(),
    ref: text("ref").notNull(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    requestingAuthorityId: integer("requesting_authority_id")
      .notNull()
      .references(() => authorities.id),
    /** The authority that must answer now (changes when the request is forwarded). */
    requestedAuthorityId: integer("requested_authority_id")
      .notNull()
      .references(() => authorities.id),
    forwardedFromAuthorityId: integer("forwarded_from_authority_id").references(() => authorities.id),
    type: text("type", { enum: EXCHANGE_TYPES }).notNull(),
    urgency: text("urgency", { enum: URGENCIES }).notNull().default("standard"),
    urgencyReason: text("urgency_reason"),
    status: text("status", { enum: EXCHANGE_STATUSES }).notNull().default("draft"),
    subject: text("subject").notNull().default(""),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id),
    postedWorkersCount: integer("posted_workers_count"),
    /** Date the request was sent (the day the deadline counts from). */
    sentOn: isoDate("sent_on"),
    sentAt: isoInstant("sent_at"),
    dueOn: isoDate("due_on"),
    acceptedAt: isoInstant("accepted_at"),
    answeredAt: isoInstant("answered_at"),
    closedAt: isoInstant("closed_at"),
    declineReason: text("decline_reason"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: rowVersion(),
    /** Retention: personal data hidden from non-admins, then anonymised (see the retention rule). */
    personalDataHiddenAt: isoInstant("personal_data_hidden_at"),
    anonymisedAt: isoInstant("anonymised_at"),
  },
  (t) => [
    uniqueIndex("exchanges_ref_unique").on(t.ref),
    // The inbox: one authority's cases by status and due date.
    index("exchanges_requested_status_due_idx").on(t.requestedAuthorityId, t.status, t.dueOn),
    index("exchanges_requesting_status_due_idx").on(t.requestingAuthorityId, t.status, t.dueOn),
    // The navigation's "awaiting your reply" and "overdue" counts read only this index (no row lookups for the
    // type), which keeps them under a millisecond at a million exchanges.
    index("exchanges_awaiting_reply_idx").on(t.requestedAuthorityId, t.status, t.dueOn).where(sql`type <> 'alert'`),
    // The inbox's "all" and "closed" views, newest first: one page read in order (the row id breaks ties).
    index("exchanges_requested_sent_idx").on(t.requestedAuthorityId, t.sentOn),
    index("exchanges_requesting_sent_idx").on(t.requestingAuthorityId, t.sentOn),
    // Open cases in due-date order, so the inbox reads one page without sorting an authority's whole history.
    index("exchanges_open_requested_due_idx")
      .on(t.requestedAuthorityId, t.dueOn)
      .where(sql`status in ('draft', 'sent', 'accepted', 'clarification_requested', 'answered', 'partially_answered')`),
    index("exchanges_open_requesting_due_idx")
      .on(t.requestingAuthorityId, t.dueOn)
      .where(sql`status in ('draft', 'sent', 'accepted', 'clarification_requested', 'answered', 'partially_answered')`),
    // Outcome metrics per agreement and period.
    index("exchanges_agreement_sent_idx").on(t.agreementId, t.sentOn, t.type, t.status),
    // The enterprise page's order (migration 0016).
    index("exchanges_enterprise_date_idx").on(t.enterpriseId, sql`coalesce(${t.sentOn}, substr(${t.createdAt}, 1, 10))`, t.id),
    index("exchanges_forwarded_from_idx").on(t.forwardedFromAuthorityId),
    index("exchanges_created_by_idx").on(t.createdById),
    index("exchanges_closed_idx").on(t.closedAt),
    check("exchanges_workers_non_negative", sql`${t.postedWorkersCount} is null or ${t.postedWorkersCount} >= 0`),
  ],
);

export const exchangeQuestions = sqliteTable(
  "exchange_questions",
  {
    id: id(),
    exchangeId: integer("exchange_id")
      .notNull()
      .references(() => exchanges.id, { onDelete: "cascade" }),
    /** Code from the question catalogue (app/domain), e.g. `Q012`; null for a free-text question. */
    questionCode: text("question_code"),
    position: integer("position").notNull(),
    supplementaryText: text("supplementary_text"),
    supplementaryLanguage: text("supplementary_language"),
    /** Structured answer, per the question's answer type (yes/no, ISO date, minor units, text). */
    answerValue: text("answer_value"),
    answerText: text("answer_text"),
    answerLanguage: text("answer_language"),
    answeredAt: isoInstant("answered_at"),
    answeredById: integer("answered_by_id").references(() => users.id),
  },
  (t) => [
    uniqueIndex("exchange_questions_position_unique").on(t.exchangeId, t.position),
    index("exchange_questions_answered_by_idx").on(t.answeredById),
  ],
);

/** The uniform instrument carried by requests to notify or recover a penalty (Directive 2014/67/EU Art. 16). */
export const penaltyInstruments = sqliteTable("penalty_instruments", {
  exchangeId: integer("exchange_id")
    .primaryKey()
    .references(() => exchanges.id, { onDelete: "cascade" }),
  addresseeName: text("addressee_name").notNull(),
  addresseeAddress: text("addressee_address").notNull(),
  addresseeIdentifier: text("addressee_identifier"),
  factsSummary: text("facts_summary").notNull(),
  infringementNature: text("infringement_nature").notNull(),
  rulesConcerned: text("rules_concerned").notNull(),
  enforceableInstrument: text("enforceable_instrument").notNull(),
  requestingBody: text("requesting_body").notNull(),
  challengeBody: text("challenge_body").notNull(),
  enforceableOn: isoDate("enforceable_on"),
  penaltyNature: text("penalty_nature").notNull(),
  amountCents: integer("amount_cents").notNull(),
  currency: text("currency").notNull(),
  notificationDates: text("notification_dates"),
  noAppealRemains: integer("no_appeal_remains", { mode: "boolean" }).notNull().default(false),
  underlyingClaim: text("underlying_claim"),
});

export const inspections = sqliteTable(
  "inspections",
  {
    id: id(),
    ref: text("ref").notNull(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    requestingAuthorityId: integer("requesting_authority_id")
      .notNull()
      .references(() => authorities.id),
    partnerAuthorityId: integer("partner_authority_id")
      .notNull()
      .references(() => authorities.id),
    /** Where the inspection happens (ISO code); its law applies. */
    hostCountry: text("host_country").notNull(),
    mode: text("mode", { enum: INSPECTION_MODES }).notNull().default("joint"),
    status: text("status", { enum: INSPECTION_STATUSES }).notNull().default("draft"),
    sector: text("sector").notNull(),
    siteAddress: text("site_address").notNull().default(""),
    municipality: text("municipality").notNull().default(""),
    reasons: text("reasons").notNull().default(""),
    proposedFrom: isoDate("proposed_from"),
    proposedTo: isoDate("proposed_to"),
    languageNeeds: text("language_needs").notNull().default(""),
    /** Language the request's free text (reasons, language needs) was written in; null when not known. */
    textLanguage: text("text_language"),
    interpreterNeeded: integer("interpreter_needed", { mode: "boolean" }).notNull().default(false),
    requestedOn: isoDate("requested_on"),
    /** Partner's answer is due (working days in the partner's calendar). */
    responseDueOn: isoDate("response_due_on"),
    scheduledOn: isoDate("scheduled_on"),
    conductedOn: isoDate("conducted_on"),
    /** Report due 14 calendar days after the inspection. */
    reportDueOn: isoDate("report_due_on"),
    reportedOn: isoDate("reported_on"),
    closedAt: isoInstant("closed_at"),
    declineReason: text("decline_reason"),
    declineReasonLanguage: text("decline_reason_language"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: rowVersion(),
    personalDataHiddenAt: isoInstant("personal_data_hidden_at"),
    anonymisedAt: isoInstant("anonymised_at"),
  },
  (t) => [
    uniqueIndex("inspections_ref_unique").on(t.ref),
    index("inspections_partner_status_idx").on(t.partnerAuthorityId, t.status, t.responseDueOn),
    index("inspections_requesting_status_idx").on(t.requestingAuthorityId, t.status, t.responseDueOn),
    // Open inspections in the order of their next due date (the same expression as the inbox's, term for term, or
    // SQLite will not use them), so the open inbox reads one page without sorting.
    index("inspections_open_partner_due_idx")
      .on(t.partnerAuthorityId, sql`(case status when 'requested' then response_due_on when 'conducted' then report_due_on else null end)`)
      .where(sql`status not in ('closed', 'declined', 'withdrawn')`),
    index("inspections_open_requesting_due_idx")
      .on(t.requestingAuthorityId, sql`(case status when 'requested' then response_due_on when 'conducted' then report_due_on else null end)`)
      .where(sql`status not in ('closed', 'declined', 'withdrawn')`),
    // The inbox's "all" and "closed" views, newest first, without sorting an authority's history.
    index("inspections_partner_requested_idx").on(t.partnerAuthorityId, t.requestedOn),
    index("inspections_requesting_requested_idx").on(t.requestingAuthorityId, t.requestedOn),
    index("inspections_agreement_requested_idx").on(t.agreementId, t.requestedOn, t.status),
    index("inspections_agreement_scheduled_idx").on(t.agreementId, t.scheduledOn),
    index("inspections_created_by_idx").on(t.createdById),
    index("inspections_closed_idx").on(t.closedAt),
  ],
);

export const inspectionEnterprises = sqliteTable(
  "inspection_enterprises",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    relation: text("relation", { enum: ENTERPRISE_RELATIONS }).notNull().default("other"),
  },
  (t) => [
    uniqueIndex("inspection_enterprises_unique").on(t.inspectionId, t.enterpriseId),
    index("inspection_enterprises_enterprise_idx").on(t.enterpriseId),
  ],
);

export const inspectionAgencies = sqliteTable(
  "inspection_agencies",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    /** Which side brings the agency (ISO code of its country). */
    country: text("country").notNull(),
    agencyKind: text("agency_kind").notNull(),
  },
  (t) => [uniqueIndex("inspection_agencies_unique").on(t.inspectionId, t.country, t.agencyKind)],
);

export const inspectionRiskIndicators = sqliteTable(
  "inspection_risk_indicators",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    indicator: text("indicator").notNull(),
  },
  (t) => [uniqueIndex("inspection_risk_indicators_unique").on(t.inspectionId, t.indicator)],
);

/** Date windows proposed by either side (the request's own window and every counter-proposal). */
export const inspectionDateProposals = sqliteTable(
  "inspection_date_proposals",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    proposedByAuthorityId: integer("proposed_by_authority_id")
      .notNull()
      .references(() => authorities.id),
    fromOn: isoDate("from_on").notNull(),
    toOn: isoDate("to_on").notNull(),
    note: text("note"),
    noteLanguage: text("note_language"),
    createdAt: createdAt(),
  },
  (t) => [
    index("inspection_date_proposals_inspection_idx").on(t.inspectionId),
    index("inspection_date_proposals_authority_idx").on(t.proposedByAuthorityId),
  ],
);

/** The agreed inspection plan; a new row per revision. */
export const inspectionPlans = sqliteTable(
  "inspection_plans",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    inspectionOn: isoDate("inspection_on").notNull(),
    meetingPoint: text("meeting_point").notNull().default(""),
    visitingOfficialsRole: text("visiting_officials_role").notNull().default(""),
    documentsToRequest: text("documents_to_request").notNull().default(""),
    /** Language of the plan's free text (meeting point, role, documents); null when not known. */
    textLanguage: text("text_language"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("inspection_plans_revision_unique").on(t.inspectionId, t.revision),
    index("inspection_plans_created_by_idx").on(t.createdById),
  ],
);

export const inspectionTeamMembers = sqliteTable(
  "inspection_team_members",
  {
    id: id(),
    planId: integer("plan_id")
      .notNull()
      .references(() => inspectionPlans.id, { onDelete: "cascade" }),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    /** Team role code (`lead`, `inspector`, `interpreter`, `police_officer`, …). */
    role: text("role").notNull(),
    /** Optional display name; personal data, removed by the retention rule. */
    name: text("name"),
  },
  (t) => [
    index("inspection_team_members_plan_idx").on(t.planId),
    index("inspection_team_members_authority_idx").on(t.authorityId),
  ],
);

/** Post-inspection report; each change after closing is a new version. */
export const inspectionReports = sqliteTable(
  "inspection_reports",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    reportVersion: integer("report_version").notNull(),
    lockedAt: isoInstant("locked_at"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("inspection_reports_version_unique").on(t.inspectionId, t.reportVersion),
    index("inspection_reports_created_by_idx").on(t.createdById),
  ],
);

/** Findings per enterprise and side. */
export const inspectionFindings = sqliteTable(
  "inspection_findings",
  {
    id: id(),
    reportId: integer("report_id")
      .notNull()
      .references(() => inspectionReports.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    findings: text("findings").notNull().default(""),
    findingsLanguage: text("findings_language").notNull().default("en"),
    documentsInspected: text("documents_inspected").notNull().default(""),
  },
  (t) => [
    index("inspection_findings_report_idx").on(t.reportId),
    index("inspection_findings_enterprise_idx").on(t.enterpriseId),
    index("inspection_findings_authority_idx").on(t.authorityId),
  ],
);

/** Workers checked, counted by country of origin (workers are counted, not named). */
export const inspectionWorkerCounts = sqliteTable(
  "inspection_worker_counts",
  {
    id: id(),
    reportId: integer("report_id")
      .notNull()
      .references(() => inspectionReports.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    originCountry: text("origin_country").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    uniqueIndex("inspection_worker_counts_unique").on(t.reportId, t.enterpriseId, t.originCountry),
    index("inspection_worker_counts_enterprise_idx").on(t.enterpriseId),
    check("inspection_worker_counts_non_negative", sql`${t.count} >= 0`),
  ],
);

export const followUpActions = sqliteTable(
  "follow_up_actions",
  {
    id: id(),
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    descriptionLanguage: text("description_language"),
    ownerAuthorityId: integer("owner_authority_id")
      .notNull()
      .references(() => authorities.id),
    dueOn: isoDate("due_on"),
    doneAt: isoInstant("done_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("follow_up_actions_inspection_idx").on(t.inspectionId),
    index("follow_up_actions_owner_due_idx").on(t.ownerAuthorityId, t.dueOn),
  ],
);

/** Every status change of a case, with who made it (the case timeline). */
export const caseEvents = sqliteTable(
  "case_events",
  {
    id: id(),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    /** The workflow action (`send`, `accept`, `forward`, …); a forward keeps the status, so the action tells. */
    action: text("action"),
    actorUserId: integer("actor_user_id").references(() => users.id),
    actorAuthorityId: integer("actor_authority_id").references(() => authorities.id),
    note: text("note"),
    noteLanguage: text("note_language"),
    createdAt: createdAt(),
  },
  (t) => [
    index("case_events_exchange_idx").on(t.exchangeId, t.createdAt),
    index("case_events_inspection_idx").on(t.inspectionId, t.createdAt),
    index("case_events_actor_user_idx").on(t.actorUserId),
    index("case_events_actor_authority_idx").on(t.actorAuthorityId),
    check("case_events_one_case", sql`(${t.exchangeId} is null) <> (${t.inspectionId} is null)`),
  ],
);

export const caseMessages = sqliteTable(
  "case_messages",
  {
    id: id(),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    authorUserId: integer("author_user_id").references(() => users.id),
    authorAuthorityId: integer("author_authority_id")
      .notNull()
      .references(() => authorities.id),
    body: text("body").notNull(),
    /** Language the message was written in: free text is shown with it. */
    language: text("language").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("case_messages_exchange_idx").on(t.exchangeId, t.createdAt),
    index("case_messages_inspection_idx").on(t.inspectionId, t.createdAt),
    index("case_messages_author_user_idx").on(t.authorUserId),
    index("case_messages_author_authority_idx").on(t.authorAuthorityId),
    check("case_messages_one_case", sql`(${t.exchangeId} is null) <> (${t.inspectionId} is null)`),
  ],
);

/** Files on a case; bytes live under the data directory, addressed by their SHA-256. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: id(),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    messageId: integer("message_id").references(() => caseMessages.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedById: integer("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_exchange_idx").on(t.exchangeId),
    index("attachments_inspection_idx").on(t.inspectionId),
    index("attachments_message_idx").on(t.messageId),
    index("attachments_uploaded_by_idx").on(t.uploadedById),
    check("attachments_size_limit", sql`${t.sizeBytes} between 1 and 10485760`),
  ],
);

export const violations = sqliteTable(
  "violations",
  {
    id: id(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    source: text("source", { enum: VIOLATION_SOURCES }).notNull(),
    exchangeId: integer("exchange_id").references(() => exchanges.id),
    inspectionId: integer("inspection_id").references(() => inspections.id),
    activityId: integer("activity_id").references(() => activities.id),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id),
    /** Which inspectorate recorded it. */
    recordedByAuthorityId: integer("recorded_by_authority_id").references(() => authorities.id),
    category: text("category", { enum: VIOLATION_CATEGORIES }).notNull(),
    legalReference: text("legal_reference").notNull().default(""),
    description: text("description").notNull().default(""),
    descriptionLanguage: text("description_language").notNull().default("en"),
    foundOn: isoDate("found_on").notNull(),
    sanction: text("sanction", { enum: SANCTIONS }).notNull().default("none"),
    fineAmountCents: integer("fine_amount_cents"),
    fineCurrency: text("fine_currency"),
    status: text("status", { enum: VIOLATION_STATUSES }).notNull().default("open"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [
    index("violations_agreement_found_idx").on(t.agreementId, t.foundOn, t.source, t.category),
    index("violations_exchange_idx").on(t.exchangeId),
    index("violations_inspection_idx").on(t.inspectionId),
    index("violations_activity_idx").on(t.activityId),
    // Newest first on the enterprise page (migration 0016).
    index("violations_enterprise_found_idx").on(t.enterpriseId, t.foundOn, t.id),
    index("violations_recorded_by_idx").on(t.recordedByAuthorityId),
    index("violations_created_by_idx").on(t.createdById),
    check(
      "violations_source_link",
      sql`(${t.source} = 'joint_inspection' and ${t.inspectionId} is not null)
        or (${t.source} = 'information_exchange' and ${t.exchangeId} is not null)
        or (${t.source} = 'joint_meeting' and ${t.activityId} is not null)
        or ${t.source} = 'other'`,
    ),
    check(
      "violations_fine_amount",
      sql`${t.sanction} <> 'fine' or (${t.fineAmountCents} > 0 and ${t.fineCurrency} is not null)`,
    ),
  ],
);

/** Concerns reported by the public; the reporter's details are confidential to the receiving inspectorate. */
export const tips = sqliteTable(
  "tips",
  {
    id: id(),
    ref: text("ref").notNull(),
    /** Where the work happens; decides which inspectorate receives it. */
    country: text("country").notNull(),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    sector: text("sector").notNull(),
    place: text("place").notNull().default(""),
    employerName: text("employer_name").notNull().default(""),
    description: text("description").notNull(),
    language: text("language").notNull(),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(true),
    reporterName: text("reporter_name"),
    reporterContact: text("reporter_contact"),
    status: text("status", { enum: TIP_STATUSES }).notNull().default("new"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: rowVersion(),
    reporterDetailsRemovedAt: isoInstant("reporter_details_removed_at"),
    /** The employer's registration number as the reporter typed it (optional; not checked, not personal data). */
    employerNumber: text("employer_number").notNull().default(""),
    /** The enterprise the tip is about, once linked (migration 0013); kept when the reporter's details are erased. */
    enterpriseId: integer("enterprise_id").references(() => enterprises.id),
  },
  (t) => [
    uniqueIndex("tips_ref_unique").on(t.ref),
    index("tips_authority_status_idx").on(t.authorityId, t.status, t.createdAt),
    index("tips_created_idx").on(t.createdAt),
    index("tips_enterprise_idx").on(t.enterpriseId, t.authorityId, t.createdAt),
  ],
);
