// Authorities, agreements between them, project periods with funding and targets, and activities.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  AGREEMENT_STATUSES,
  AUTHORITY_KINDS,
  FUNDING_SOURCES,
} from "../../app/domain/vocabulary";
import { createdAt, id, isoDate, updatedAt } from "./columns";

export const authorities = sqliteTable(
  "authorities",
  {
    id: id(),
    slug: text("slug").notNull(),
    /** ISO 3166-1 alpha-2; the country's name comes from Intl.DisplayNames. */
    country: text("country").notNull(),
    kind: text("kind", { enum: AUTHORITY_KINDS }).notNull(),
    nameNb: text("name_nb").notNull(),
    nameLt: text("name_lt").notNull(),
    nameEn: text("name_en").notNull(),
    shortName: text("short_name").notNull(),
    /** Function mailbox and switchboard, never a person's own. */
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("authorities_slug_unique").on(t.slug),
    index("authorities_country_kind_idx").on(t.country, t.kind),
    check("authorities_country_iso", sql`length(${t.country}) = 2 and ${t.country} = upper(${t.country})`),
  ],
);

export const agreements = sqliteTable(
  "agreements",
  {
    id: id(),
    slug: text("slug").notNull(),
    partyAId: integer("party_a_id")
      .notNull()
      .references(() => authorities.id),
    partyBId: integer("party_b_id")
      .notNull()
      .references(() => authorities.id),
    signedOn: isoDate("signed_on"),
    supersedesId: integer("supersedes_id").references((): AnySQLiteColumn => agreements.id),
    status: text("status", { enum: AGREEMENT_STATUSES }).notNull().default("active"),
    titleNb: text("title_nb").notNull(),
    titleLt: text("title_lt").notNull(),
    titleEn: text("title_en").notNull(),
    scopeNb: text("scope_nb").notNull().default(""),
    scopeLt: text("scope_lt").notNull().default(""),
    scopeEn: text("scope_en").notNull().default(""),
    /** Working days the partner has to answer a joint-inspection request (partner's calendar). */
    inspectionResponseDays: integer("inspection_response_days").notNull().default(10),
    /** Shorter reply limits agreed for information exchanges; null means the directive's 25 and 2. */
    exchangeStandardDays: integer("exchange_standard_days"),
    exchangeUrgentDays: integer("exchange_urgent_days"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("agreements_slug_unique").on(t.slug),
    index("agreements_party_a_idx").on(t.partyAId),
    index("agreements_party_b_idx").on(t.partyBId),
    index("agreements_supersedes_idx").on(t.supersedesId),
    check("agreements_two_parties", sql`${t.partyAId} <> ${t.partyBId}`),
  ],
);

export const projectPeriods = sqliteTable(
  "project_periods",
  {
    id: id(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    slug: text("slug").notNull(),
    nameNb: text("name_nb").notNull(),
    nameLt: text("name_lt").notNull(),
    nameEn: text("name_en").notNull(),
    startsOn: isoDate("starts_on").notNull(),
    endsOn: isoDate("ends_on").notNull(),
    budgetCents: integer("budget_cents"),
    budgetCurrency: text("budget_currency").notNull().default("EUR"),
    objectivesNb: text("objectives_nb").notNull().default(""),
    objectivesLt: text("objectives_lt").notNull().default(""),
    objectivesEn: text("objectives_en").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("project_periods_agreement_slug_unique").on(t.agreementId, t.slug),
    check("project_periods_dates", sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

export const periodFundingSources = sqliteTable(
  "period_funding_sources",
  {
    id: id(),
    periodId: integer("period_id")
      .notNull()
      .references(() => projectPeriods.id, { onDelete: "cascade" }),
    source: text("source", { enum: FUNDING_SOURCES }).notNull(),
    /** Share of the budget in basis points (5000 = 50 %). */
    shareBasisPoints: integer("share_basis_points").notNull(),
    amountCents: integer("amount_cents"),
  },
  (t) => [
    index("period_funding_sources_period_idx").on(t.periodId),
    check("period_funding_share_range", sql`${t.shareBasisPoints} between 0 and 10000`),
  ],
);

export const periodTargets = sqliteTable(
  "period_targets",
  {
    id: id(),
    periodId: integer("period_id")
      .notNull()
      .references(() => projectPeriods.id, { onDelete: "cascade" }),
    /** A stable metric key, e.g. `joint_inspections_conducted` (see app/domain outcome metrics). */
    metric: text("metric").notNull(),
    targetValue: integer("target_value").notNull(),
  },
  (t) => [uniqueIndex("period_targets_period_metric_unique").on(t.periodId, t.metric)],
);

export const activities = sqliteTable(
  "activities",
  {
    id: id(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    kind: text("kind", { enum: ACTIVITY_KINDS }).notNull(),
    status: text("status", { enum: ACTIVITY_STATUSES }).notNull().default("held"),
    title: text("title").notNull(),
    startsOn: isoDate("starts_on").notNull(),
    endsOn: isoDate("ends_on"),
    place: text("place").notNull().default(""),
    /** Where it took place (ISO code), when it took place in one country. */
    country: text("country"),
    summary: text("summary").notNull().default(""),
    /** Language the free text was written in (nb, lt, en). */
    summaryLanguage: text("summary_language").notNull().default("en"),
    createdById: integer("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("activities_agreement_date_idx").on(t.agreementId, t.startsOn, t.kind, t.status),
    index("activities_created_by_idx").on(t.createdById),
  ],
);

export const activityParticipants = sqliteTable(
  "activity_participants",
  {
    id: id(),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    authorityId: integer("authority_id").references(() => authorities.id),
    /** For organisations that are not authorities in the register (social partners, NGOs). */
    organisation: text("organisation"),
    count: integer("count").notNull(),
  },
  (t) => [
    index("activity_participants_activity_idx").on(t.activityId),
    index("activity_participants_authority_idx").on(t.authorityId),
    check("activity_participants_count", sql`${t.count} >= 0`),
  ],
);
