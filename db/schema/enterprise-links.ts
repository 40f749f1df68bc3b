// The people behind enterprises, their contact details as cases bring them in, predecessor/successor links set by
// inspectors, and who follows which enterprise. Each person and contact row names the case it came from, so
// retention can remove what came only from an anonymised case (app/.server/retention-run.ts).
import { desc, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ENTERPRISE_CONTACT_KINDS, ENTERPRISE_PERSON_ROLES } from "../../app/domain/enterprise-links";
import { users } from "./accounts";
import { enterprises, exchanges, inspections, violations } from "./cases";
import { authorities } from "./organisations";
import { createdAt, id, isoDate } from "./columns";

export const enterprisePeople = sqliteTable(
  "enterprise_people",
  {
    id: id(),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    name: text("name").notNull(),
    birthDate: isoDate("birth_date"),
    personalCode: text("personal_code"),
    /** Normalised name and identifier (app/domain/enterprise-links `personKey`); null when it cannot link. */
    personKey: text("person_key"),
    role: text("role", { enum: ENTERPRISE_PERSON_ROLES }).notNull(),
    fromOn: isoDate("from_on"),
    toOn: isoDate("to_on"),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    recordedByAuthorityId: integer("recorded_by_authority_id")
      .notNull()
      .references(() => authorities.id),
    createdAt: createdAt(),
  },
  (t) => [
    // The enterprise page's order (migration 0016).
    index("enterprise_people_enterprise_from_idx").on(t.enterpriseId, sql`coalesce(${t.fromOn}, '') desc`, t.id),
    index("enterprise_people_person_key_idx").on(t.personKey, t.enterpriseId),
    index("enterprise_people_exchange_idx").on(t.exchangeId),
    index("enterprise_people_inspection_idx").on(t.inspectionId),
    index("enterprise_people_recorded_by_idx").on(t.recordedByAuthorityId),
    check("enterprise_people_dates", sql`${t.fromOn} is null or ${t.toOn} is null or ${t.fromOn} <= ${t.toOn}`),
  ],
);

export const enterpriseContacts = sqliteTable(
  "enterprise_contacts",
  {
    id: id(),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    kind: text("kind", { enum: ENTERPRISE_CONTACT_KINDS }).notNull(),
    /** As typed, for display. */
    value: text("value").notNull(),
    /** Normalised (app/domain/enterprise-links `contactMatchValue`), what related enterprises are matched on. */
    matchValue: text("match_value").notNull(),
    seenOn: isoDate("seen_on").notNull(),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    recordedByAuthorityId: integer("recorded_by_authority_id")
      .notNull()
      .references(() => authorities.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("enterprise_contacts_enterprise_kind_idx").on(t.enterpriseId, t.kind, desc(t.seenOn)),
    index("enterprise_contacts_match_idx").on(t.kind, t.matchValue, t.enterpriseId),
    index("enterprise_contacts_exchange_idx").on(t.exchangeId),
    index("enterprise_contacts_inspection_idx").on(t.inspectionId),
    index("enterprise_contacts_recorded_by_idx").on(t.recordedByAuthorityId),
  ],
);

/** "The successor continues the business of the predecessor since …", as an inspector set it. */
export const enterpriseSuccessions = sqliteTable(
  "enterprise_successions",
  {
    id: id(),
    predecessorId: integer("predecessor_id")
      .notNull()
      .references(() => enterprises.id),
    successorId: integer("successor_id")
      .notNull()
      .references(() => enterprises.id),
    sinceOn: isoDate("since_on"),
    setByAuthorityId: integer("set_by_authority_id")
      .notNull()
      .references(() => authorities.id),
    setByUserId: integer("set_by_user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("enterprise_successions_unique").on(t.predecessorId, t.successorId),
    index("enterprise_successions_successor_idx").on(t.successorId),
    index("enterprise_successions_set_by_authority_idx").on(t.setByAuthorityId),
    index("enterprise_successions_set_by_user_idx").on(t.setByUserId),
    check("enterprise_successions_two", sql`${t.predecessorId} <> ${t.successorId}`),
  ],
);

export const enterpriseFollows = sqliteTable(
  "enterprise_follows",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("enterprise_follows_unique").on(t.userId, t.enterpriseId), index("enterprise_follows_enterprise_idx").on(t.enterpriseId)],
);

/**
 * An enterprise's name as one case named it (typed on an exchange or inspection, or as stored when a violation was
 * recorded), so the page can show its names over time. Each row names at most one source, so retention removes the
 * names that came only from an anonymised case; a row without a source was recorded by its authority (the demo seed).
 */
export const enterpriseNames = sqliteTable(
  "enterprise_names",
  {
    id: id(),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id),
    name: text("name").notNull(),
    seenOn: isoDate("seen_on").notNull(),
    exchangeId: integer("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    inspectionId: integer("inspection_id").references(() => inspections.id, { onDelete: "cascade" }),
    violationId: integer("violation_id").references(() => violations.id, { onDelete: "cascade" }),
    recordedByAuthorityId: integer("recorded_by_authority_id")
      .notNull()
      .references(() => authorities.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("enterprise_names_enterprise_idx").on(t.enterpriseId, t.seenOn),
    index("enterprise_names_exchange_idx").on(t.exchangeId),
    index("enterprise_names_inspection_idx").on(t.inspectionId),
    index("enterprise_names_violation_idx").on(t.violationId),
    index("enterprise_names_recorded_by_idx").on(t.recordedByAuthorityId),
    check("enterprise_names_one_source", sql`(${t.exchangeId} is not null) + (${t.inspectionId} is not null) + (${t.violationId} is not null) <= 1`),
  ],
);
