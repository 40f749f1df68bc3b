// Rights content for editors: topics and the state of each translation.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { reindexTopicLocale } from "../../db/rights-search";
import { rightsTopics, rightsTopicVersions, users } from "../../db/schema";
import { LOCALES, type Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { today as todayInOslo } from "./clock";
import { db, sqlite } from "./db";

export type TranslationState = "missing" | "draft_only" | "published" | "outdated";

export interface TopicCompleteness {
  id: number;
  direction: string;
  slug: string;
  title: string;
  states: Record<Locale, TranslationState>;
}

/** For each topic and locale: missing, only drafts, published, or published but older than the English text. */
export function translationCompleteness(locale: Locale): TopicCompleteness[] {
  const topics = db.select().from(rightsTopics).orderBy(asc(rightsTopics.direction), asc(rightsTopics.position)).all();
  const versions = db
    .select({
      topicId: rightsTopicVersions.topicId,
      locale: rightsTopicVersions.locale,
      status: rightsTopicVersions.status,
      title: rightsTopicVersions.title,
      publishedAt: rightsTopicVersions.publishedAt,
    })
    .from(rightsTopicVersions)
    .all();
  return topics.map((topic) => {
    const mine = versions.filter((v) => v.topicId === topic.id);
    const latestPublished = (l: Locale) =>
      mine.filter((v) => v.locale === l && v.status === "published").sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))[0];
    const english = latestPublished("en");
    const states = Object.fromEntries(
      LOCALES.map((l) => {
        const published = latestPublished(l);
        if (!published) return [l, mine.some((v) => v.locale === l) ? "draft_only" : "missing"];
        const outdated = l !== "en" && english && (published.publishedAt ?? "") < (english.publishedAt ?? "");
        return [l, outdated ? "outdated" : "published"];
      }),
    ) as Record<Locale, TranslationState>;
    const title = latestPublished(locale)?.title ?? english?.title ?? mine[0]?.title ?? topic.slug;
    return { id: topic.id, direction: topic.direction, slug: topic.slug, title, states };
  });
}


export interface VersionFields {
  title: string;
  summary: string;
  bodyMarkdown: string;
  sourcesMarkdown: string;
  reviewedOn: string;
}

/** What the editor needs for one topic in one locale: the latest text (draft or published) and the history. */
export function getEditorState(topicId: number, locale: Locale) {
  const topic = db.select().from(rightsTopics).where(eq(rightsTopics.id, topicId)).get();
  if (!topic) return null;
  const history = db
    .select({
      version: rightsTopicVersions.version,
      status: rightsTopicVersions.status,
      title: rightsTopicVersions.title,
      createdAt: rightsTopicVersions.createdAt,
      publishedAt: rightsTopicVersions.publishedAt,
      reviewedOn: rightsTopicVersions.reviewedOn,
      reviewedById: rightsTopicVersions.reviewedById,
      author: users.displayName,
    })
    .from(rightsTopicVersions)
    .leftJoin(users, eq(users.id, rightsTopicVersions.createdById))
    .where(and(eq(rightsTopicVersions.topicId, topicId), eq(rightsTopicVersions.locale, locale)))
    .orderBy(desc(rightsTopicVersions.version))
    .all();
  const latest = db
    .select()
    .from(rightsTopicVersions)
    .where(and(eq(rightsTopicVersions.topicId, topicId), eq(rightsTopicVersions.locale, locale)))
    .orderBy(desc(rightsTopicVersions.version))
    .limit(1)
    .get();
  // A locale without any text starts from the English one, to translate.
  const english = latest
    ? undefined
    : db
        .select()
        .from(rightsTopicVersions)
        .where(and(eq(rightsTopicVersions.topicId, topicId), eq(rightsTopicVersions.locale, "en"), eq(rightsTopicVersions.status, "published")))
        .orderBy(desc(rightsTopicVersions.version))
        .limit(1)
        .get();
  const source = latest ?? english;
  const fields: VersionFields = {
    title: source?.title ?? "",
    summary: source?.summary ?? "",
    bodyMarkdown: source?.bodyMarkdown ?? "",
    sourcesMarkdown: source?.sourcesMarkdown ?? "",
    reviewedOn: source?.reviewedOn ?? new Date().toISOString().slice(0, 10),
  };
  return { topic, fields, startedFromEnglish: !latest && Boolean(english), latestVersion: latest?.version ?? 0, history };
}

export type SaveResult = { ok: true; version: number } | { ok: false; error: "stale" | "not_found" | "no_version" };

/**
 * Saves a new version (draft or published). `baseVersion` is the latest version the editor saw: if someone
 * saved since, nothing is written and the editor is told, so no text is lost silently.
 */
export function saveTopicVersion(
  input: { topicId: number; locale: Locale; fields: VersionFields; publish: boolean; baseVersion: number },
  actor: { userId: number; authorityId: number | null; ipAddress: string },
  now = new Date(),
): SaveResult {
  const result = db.transaction((tx): SaveResult => {
    const topic = tx.select({ id: rightsTopics.id }).from(rightsTopics).where(eq(rightsTopics.id, input.topicId)).get();
    if (!topic) return { ok: false, error: "not_found" };
    const latest = tx
      .select({ version: rightsTopicVersions.version })
      .from(rightsTopicVersions)
      .where(and(eq(rightsTopicVersions.topicId, input.topicId), eq(rightsTopicVersions.locale, input.locale)))
      .orderBy(desc(rightsTopicVersions.version))
      .limit(1)
      .get();
    if ((latest?.version ?? 0) !== input.baseVersion) return { ok: false, error: "stale" };
    const version = input.baseVersion + 1;
    tx.insert(rightsTopicVersions)
      .values({
        topicId: input.topicId,
        locale: input.locale,
        version,
        status: input.publish ? "published" : "draft",
        ...input.fields,
        createdById: actor.userId,
        // An editor who publishes a text vouches for it on the review date they give.
        reviewedById: input.publish ? actor.userId : null,
        createdAt: now.toISOString(),
        publishedAt: input.publish ? now.toISOString() : null,
      })
      .run();
    if (input.publish) reindexTopicLocale(sqlite, input.topicId, input.locale);
    recordAudit({
      ...actor,
      action: input.publish ? "content.published" : "content.draft_saved",
      entity: "rights_topic",
      entityId: input.topicId,
      detail: { locale: input.locale, version },
    });
    return { ok: true, version };
  });
  return result;
}

/** The fields of an earlier version, to load into the editor as the start of a new version. */
export function versionFields(topicId: number, locale: Locale, version: number): VersionFields | null {
  const row = db
    .select()
    .from(rightsTopicVersions)
    .where(and(eq(rightsTopicVersions.topicId, topicId), eq(rightsTopicVersions.locale, locale), eq(rightsTopicVersions.version, version)))
    .get();
  if (!row) return null;
  return { title: row.title, summary: row.summary, bodyMarkdown: row.bodyMarkdown, sourcesMarkdown: row.sourcesMarkdown, reviewedOn: row.reviewedOn };
}

/**
 * The editor confirms that the published page in `locale` is right as it stands: "last reviewed" on the page
 * becomes today, by them. The text does not change, so no new version is made.
 */
export function confirmPageReviewed(
  topicId: number,
  locale: Locale,
  actor: { userId: number; authorityId: number | null; ipAddress: string },
  now = new Date(),
): { ok: true; version: number; reviewedOn: string } | { ok: false } {
  const published = db
    .select({ id: rightsTopicVersions.id, version: rightsTopicVersions.version, reviewedOn: rightsTopicVersions.reviewedOn })
    .from(rightsTopicVersions)
    .where(and(eq(rightsTopicVersions.topicId, topicId), eq(rightsTopicVersions.locale, locale), eq(rightsTopicVersions.status, "published")))
    .orderBy(desc(rightsTopicVersions.version))
    .limit(1)
    .get();
  if (!published) return { ok: false };
  const reviewedOn = todayInOslo(now);
  db.update(rightsTopicVersions).set({ reviewedOn, reviewedById: actor.userId }).where(eq(rightsTopicVersions.id, published.id)).run();
  recordAudit({ ...actor, action: "content.reviewed", entity: "rights_topic", entityId: topicId, detail: { locale, version: published.version, previousReviewedOn: published.reviewedOn, reviewedOn } });
  return { ok: true, version: published.version, reviewedOn };
}

export interface ReleaseConflict {
  topicId: number;
  direction: string;
  slug: string;
  locale: Locale;
  version: number;
  title: string;
  createdAt: string;
}

/**
 * Pages whose repository text changed after an editor edited them (db/seed/content.ts): the repository's text
 * waits as the latest version, a draft, until an editor publishes a version that settles it.
 */
export function releaseConflicts(): ReleaseConflict[] {
  const latest = sql`(select max(v2.version) from rights_topic_versions v2 where v2.topic_id = ${rightsTopicVersions.topicId} and v2.locale = ${rightsTopicVersions.locale})`;
  return db
    .select({
      topicId: rightsTopicVersions.topicId,
      direction: rightsTopics.direction,
      slug: rightsTopics.slug,
      locale: rightsTopicVersions.locale,
      version: rightsTopicVersions.version,
      title: rightsTopicVersions.title,
      createdAt: rightsTopicVersions.createdAt,
    })
    .from(rightsTopicVersions)
    .innerJoin(rightsTopics, eq(rightsTopics.id, rightsTopicVersions.topicId))
    .where(and(eq(rightsTopicVersions.status, "draft"), sql`${rightsTopicVersions.contentHash} is not null`, eq(rightsTopicVersions.version, latest)))
    .orderBy(asc(rightsTopics.direction), asc(rightsTopics.slug), asc(rightsTopicVersions.locale))
    .all()
    .map((row) => ({ ...row, locale: row.locale as Locale }));
}
