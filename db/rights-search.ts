// The full-text index of published rights content: one row per topic and locale, replaced on every publish.
import type Database from "better-sqlite3";
import { markdownToPlainText } from "../app/.server/markdown";
import { FIGURE_PLACEHOLDER } from "../app/domain/legal-figures";

/**
 * The `{{fig key}}` placeholders of a text as the index holds them. Until the register's renderer is merged
 * they are dropped, so a placeholder's key never matches a search; this is the one place to switch to
 * rendering the figures' values (renderFigurePlaceholders) so that "10,2 %" or "264,32" can be found.
 */
export function figuresForSearchIndex(markdown: string, _locale: string): string {
  return markdown.replace(FIGURE_PLACEHOLDER, "");
}

/** Plain text for the index in which each heading ends a sentence, so a snippet never runs it into the text below. */
export function searchableText(markdown: string, locale: string): string {
  const headingsEnded = figuresForSearchIndex(markdown, locale).replace(/^(\s{0,3}#{1,6}\s+)(.*?)[ \t#]*$/gm, (_line, marker: string, text: string) =>
    /[.!?:…]$/.test(text) ? `${marker}${text}` : `${marker}${text}.`,
  );
  return markdownToPlainText(headingsEnded);
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
    .run(
      figuresForSearchIndex(latest.title, locale),
      figuresForSearchIndex(latest.summary, locale),
      searchableText(latest.body, locale),
      topicId,
      locale,
      latest.direction,
      latest.slug,
    );
}
