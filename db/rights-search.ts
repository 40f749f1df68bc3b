// The full-text index of published rights content: one row per topic and locale, replaced on every publish.
import type Database from "better-sqlite3";
import { markdownToSearchText } from "../app/.server/markdown";
import { FIGURE_PLACEHOLDER } from "../app/domain/legal-figures";

/**
 * `{{fig key}}` placeholders as the index holds them: dropped, so a key never matches a search. The one place
 * to switch to the register's renderFigurePlaceholders, so that "10,2 %" or "264,32" can be found.
 */
export function figuresForSearchIndex(markdown: string): string {
  return markdown.replace(FIGURE_PLACEHOLDER, "");
}

export function reindexTopicLocale(sqlite: Database.Database, topicId: number, locale: string): void {
  const latest = sqlite
    .prepare(
      `select v.title, v.summary, v.body_markdown as body, t.direction, t.slug
         from rights_topic_versions v join rights_topics t on t.id = v.topic_id
        where v.topic_id = ? and v.locale = ? and v.status = 'published'
        order by v.version desc limit 1`,
    )
    .get(topicId, locale) as { title: string; summary: string; body: string; direction: string; slug: string } | undefined;
  sqlite.prepare("delete from rights_search where topic_id = ? and locale = ?").run(topicId, locale);
  if (!latest) return;
  sqlite
    .prepare("insert into rights_search (title, summary, body, topic_id, locale, direction, slug) values (?, ?, ?, ?, ?, ?, ?)")
    .run(latest.title, figuresForSearchIndex(latest.summary), markdownToSearchText(figuresForSearchIndex(latest.body)), topicId, locale, latest.direction, latest.slug);
}
