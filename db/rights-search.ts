// The full-text index of published rights content: one row per topic and locale, replaced on every publish.
// It indexes the text as readers see it: register placeholders (`{{fig key}}`) rendered, not the placeholder, and
// no "figure missing" marker (its register key is no reader's word).
import type Database from "better-sqlite3";
import { today as todayInOslo } from "../app/.server/clock";
import { markdownToSearchText } from "../app/.server/markdown";
import { renderFigurePlaceholdersForSearch, type LegalFigure } from "../app/domain/legal-figures";
import { isLocale } from "../app/lib/i18n";
import { readLegalFigures } from "./legal-figures";

export function reindexTopicLocale(
  sqlite: Database.Database,
  topicId: number,
  locale: string,
  figures: readonly LegalFigure[] = readLegalFigures(sqlite),
  today: string = todayInOslo(),
): void {
  const latest = sqlite
    .prepare(
      `select v.title, v.summary, v.body_markdown as body, t.direction, t.slug
         from rights_topic_versions v join rights_topics t on t.id = v.topic_id
        where v.topic_id = ? and v.locale = ? and v.status = 'published'
        order by v.version desc limit 1`,
    )
    .get(topicId, locale) as { title: string; summary: string; body: string; direction: string; slug: string } | undefined;
  sqlite.prepare("delete from rights_search where topic_id = ? and locale = ?").run(topicId, locale);
  if (!latest || !isLocale(locale)) return;
  const body = renderFigurePlaceholdersForSearch(latest.body, locale, figures, today);
  sqlite
    .prepare("insert into rights_search (title, summary, body, topic_id, locale, direction, slug) values (?, ?, ?, ?, ?, ?, ?)")
    .run(latest.title, latest.summary, markdownToSearchText(body), topicId, locale, latest.direction, latest.slug);
}

/** Every published topic and locale again, e.g. after the register changed or at start (a new value may apply today). */
export function reindexAllTopics(sqlite: Database.Database, figures: readonly LegalFigure[] = readLegalFigures(sqlite), today: string = todayInOslo()): void {
  const pairs = sqlite.prepare("select distinct topic_id as topicId, locale from rights_topic_versions where status = 'published'").all() as { topicId: number; locale: string }[];
  sqlite.transaction(() => {
    for (const { topicId, locale } of pairs) reindexTopicLocale(sqlite, topicId, locale, figures, today);
  })();
}
