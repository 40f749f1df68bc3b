// Public rights content: topics, and their versioned Markdown per locale.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    publishedAt: isoInstant("published_at"),
  },
  (t) => [
    uniqueIndex("rights_topic_versions_unique").on(t.topicId, t.locale, t.version),
    index("rights_topic_versions_status_idx").on(t.topicId, t.locale, t.status),
    index("rights_topic_versions_created_by_idx").on(t.createdById),
    check("rights_topic_versions_locale", sql`${t.locale} in ('nb', 'lt', 'en')`),
  ],
);
