// Rights content for editors: topics and the state of each translation.
import { asc } from "drizzle-orm";
import { rightsTopics, rightsTopicVersions } from "../../db/schema";
import { LOCALES, type Locale } from "~/lib/i18n";
import { db } from "./db";

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

