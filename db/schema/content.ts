// Public rights content: topics, and their versioned Markdown per locale.
import { sql } from "drizzle-orm";
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CONTENT_STATUSES, RIGHTS_AUDIENCES, RIGHTS_DIRECTIONS, RIGHTS_TOPIC_KINDS } from "../../app/domain/vocabulary";
import { createdAt, id, isoDate, isoInstant } from "./columns";
import { users } from "./accounts";

export const rightsTopics = sqliteTable(
  "rights_topics",
  {
    id: id(),
    direction: text("direction", { enum: RIGHTS_DIRECTIONS }).notNull(),
    slug: text("slug").notNull(),
    audience: text("audience", { enum: RIGHTS_AUDIENCES }).notNull(),
    kind: text("kind", { enum: RIGHTS_TOPIC_KINDS }).notNull().default("topic"),
    /** For sector pages: the sector code (vocabulary SECTORS). */
    sector: text("sector"),
    position: integer("position").notNull().default(0),
    /** Slugs of related topics in the same direction, comma-separated. */
    related: text("related").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("rights_topics_direction_slug_unique").on(t.direction, t.slug),
    index("rights_topics_direction_audience_idx").on(t.direction, t.audience, t.position),
  ],
);

export const rightsTopicVersions = sqliteTable(
  "rights_topic_versions",
  {
    id: id(),
    topicId: integer("topic_id")
      .notNull()
      .references(() => rightsTopics.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    version: integer("version").notNull(),
    status: text("status", { enum: CONTENT_STATUSES }).notNull().default("draft"),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    bodyMarkdown: text("body_markdown").notNull(),
    /** Official sources, one Markdown link per line. */
    sourcesMarkdown: text("sources_markdown").notNull().default(""),
    reviewedOn: isoDate("reviewed_on").notNull(),
    /** The editor who confirmed the page on `reviewedOn`; null when the date came from the repository file. */
    reviewedById: integer("reviewed_by_id").references(() => users.id),
    /** For versions released from the repository (db/content): the hash of the file's content, see db/seed/content.ts. */
    contentHash: text("content_hash"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    publishedAt: isoInstant("published_at"),
  },
  (t) => [
    uniqueIndex("rights_topic_versions_unique").on(t.topicId, t.locale, t.version),
    index("rights_topic_versions_status_idx").on(t.topicId, t.locale, t.status),
    index("rights_topic_versions_created_by_idx").on(t.createdById),
    index("rights_topic_versions_reviewed_by_idx").on(t.reviewedById),
    check("rights_topic_versions_locale", sql`${t.locale} in ('nb', 'lt', 'en')`),
  ],
);

/** The register of legal figures (app/domain/legal-figures.ts): one row per dated value of a key. */
export const legalFigures = sqliteTable(
  "legal_figures",
  {
    id: id(),
    key: text("key").notNull(),
    country: text("country").notNull(),
    topic: text("topic").notNull(),
    value: real("value").notNull(),
    unit: text("unit").notNull(),
    currency: text("currency"),
    validFrom: isoDate("valid_from").notNull(),
    validTo: isoDate("valid_to"),
    source: text("source").notNull(),
    checkedOn: isoDate("checked_on").notNull(),
    checkedBy: text("checked_by").notNull(),
    note: text("note").notNull().default(""),
    /** Hash of the repository's copy (db/seed/legal-figures) this row was last seeded from; null when an editor added it. */
    seedHash: text("seed_hash"),
    /** When an editor last changed the row (new value, checked); the seed then leaves the row alone. */
    editedAt: isoInstant("edited_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("legal_figures_key_valid_from_unique").on(t.key, t.validFrom), index("legal_figures_checked_on_idx").on(t.checkedOn)],
);
