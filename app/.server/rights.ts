// Public rights pages: directions, their topics, and one topic in the reader's language (English as fallback).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { rightsTopics, rightsTopicVersions } from "../../db/schema";
import type { RightsDirection } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { missingFigureKeys, renderFigurePlaceholders, type LegalFigure } from "~/domain/legal-figures";
import { today as todayInOslo } from "./clock";
import { db } from "./db";
import { legalFigures } from "./legal-figures";
import { logger } from "./logger";
import { renderMarkdown, type RenderedMarkdown } from "./markdown";

export interface TopicSummary {
  slug: string;
  audience: string;
  kind: string;
  sector: string | null;
  title: string;
  summary: string;
  /** The locale the title is in (English when the reader's language is missing). */
  locale: Locale;
}

const publishedTitles = db
  .select({
    topicId: rightsTopicVersions.topicId,
    locale: rightsTopicVersions.locale,
    version: rightsTopicVersions.version,
    title: rightsTopicVersions.title,
    summary: rightsTopicVersions.summary,
  })
  .from(rightsTopicVersions)
  .innerJoin(rightsTopics, eq(rightsTopics.id, rightsTopicVersions.topicId))
  .where(and(eq(rightsTopics.direction, sql.placeholder("direction")), eq(rightsTopicVersions.status, "published")))
  .prepare();

const topicsOfDirection = db
  .select()
  .from(rightsTopics)
  .where(eq(rightsTopics.direction, sql.placeholder("direction")))
  .orderBy(asc(rightsTopics.position), asc(rightsTopics.slug))
  .prepare();

/** Topics of a direction in order, each titled in the reader's language or else English. */
export function listDirectionTopics(direction: RightsDirection, locale: Locale): TopicSummary[] {
  const versions = publishedTitles.all({ direction });
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) {
    const key = `${v.topicId}:${v.locale}`;
    const seen = latest.get(key);
    if (!seen || seen.version < v.version) latest.set(key, v);
  }
  return topicsOfDirection.all({ direction }).flatMap((topic) => {
    const version = latest.get(`${topic.id}:${locale}`) ?? latest.get(`${topic.id}:en`);
    if (!version) return [];
    return [
      {
        slug: topic.slug,
        audience: topic.audience,
        kind: topic.kind,
        sector: topic.sector,
        title: version.title,
        summary: version.summary,
        locale: version.locale as Locale,
      },
    ];
  });
}

const topicBySlug = db
  .select()
  .from(rightsTopics)
  .where(and(eq(rightsTopics.direction, sql.placeholder("direction")), eq(rightsTopics.slug, sql.placeholder("slug"))))
  .prepare();

const latestPublished = db
  .select()
  .from(rightsTopicVersions)
  .where(
    and(
      eq(rightsTopicVersions.topicId, sql.placeholder("topicId")),
      eq(rightsTopicVersions.locale, sql.placeholder("locale")),
      eq(rightsTopicVersions.status, "published"),
    ),
  )
  .orderBy(desc(rightsTopicVersions.version))
  .limit(1)
  .prepare();

export interface TopicPage {
  direction: RightsDirection;
  slug: string;
  audience: string;
  kind: string;
  title: string;
  summary: string;
  contentLocale: Locale;
  isFallback: boolean;
  /** The day an editor last confirmed this version; null while no editor has (e.g. just released from the repository). */
  reviewedOn: string | null;
  body: RenderedMarkdown;
  sources: RenderedMarkdown;
  related: { slug: string; title: string }[];
}

// Rendered Markdown per published version: a version never changes once published, but the figures in it do
// (an editor's new value, or a new value taking effect today), so the copy is kept only for the same register and day.
const renderedCache = new Map<number, { body: RenderedMarkdown; sources: RenderedMarkdown; figures: readonly LegalFigure[]; today: string }>();

export function getTopicPage(direction: RightsDirection, slug: string, locale: Locale): TopicPage | null {
  const topic = topicBySlug.get({ direction, slug });
  if (!topic) return null;
  const own = latestPublished.get({ topicId: topic.id, locale });
  const version = own ?? latestPublished.get({ topicId: topic.id, locale: "en" });
  if (!version) return null;
  const figures = legalFigures();
  const today = todayInOslo();
  let rendered = renderedCache.get(version.id);
  if (!rendered || rendered.figures !== figures || rendered.today !== today) {
    const missing = missingFigureKeys(version.bodyMarkdown, figures, today);
    if (missing.length) logger.warn("rights page refers to figures without a value in force", { direction, slug, locale: version.locale, missing });
    const body = renderFigurePlaceholders(version.bodyMarkdown, version.locale as Locale, figures, today);
    rendered = { body: renderMarkdown(body), sources: renderMarkdown(version.sourcesMarkdown), figures, today };
    if (renderedCache.size > 2_000) renderedCache.clear();
    renderedCache.set(version.id, rendered);
  }
  const relatedSlugs = topic.related.split(",").map((s) => s.trim()).filter(Boolean);
  const relatedTitles = relatedSlugs.length ? listDirectionTopics(direction, locale).filter((t) => relatedSlugs.includes(t.slug)) : [];
  return {
    direction,
    slug,
    audience: topic.audience,
    kind: topic.kind,
    title: version.title,
    summary: version.summary,
    contentLocale: version.locale as Locale,
    isFallback: !own,
    reviewedOn: version.reviewedById === null ? null : version.reviewedOn,
    body: rendered.body,
    sources: rendered.sources,
    related: relatedSlugs.flatMap((s) => relatedTitles.filter((t) => t.slug === s).map((t) => ({ slug: t.slug, title: t.title }))),
  };
}

