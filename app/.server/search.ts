// Full-text search of published rights content in one language (SQLite FTS5, diacritics folded).
import type { RightsDirection } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { sqlite } from "./db";

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  direction: RightsDirection;
  slug: string;
  title: string;
  snippet: SnippetPart[];
}

const MAX_TERMS = 12;
const START = "\u0001";
const END = "\u0002";

/** The reader's words as an FTS5 query: each word quoted (no operators get through) and matched as a prefix. */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"]/g, " ")
    .split(/[\s,.;:!?()[\]{}<>«»„“”'`*^+=|\\/]+/)
    .map((term) => term.replace(/^-+|-+$/g, ""))
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term}"*`).join(" ");
}

const searchStatement = sqlite.prepare(`
  select direction, slug, title,
         snippet(rights_search, 2, '${START}', '${END}', '…', 16) as snippet
    from rights_search
   where rights_search match :query and locale = :locale and (:direction is null or direction = :direction)
   order by bm25(rights_search, 10.0, 4.0, 1.0)
   limit 30`);

const countStatement = sqlite.prepare(`
  select count(*) as n from rights_search
   where rights_search match :query and locale = :locale and (:direction is null or direction = :direction)`);

function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, chunk] of snippet.split(START).entries()) {
    if (index === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [hit = "", rest = ""] = chunk.split(END);
    parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

export function searchRights(q: string, locale: Locale, direction: RightsDirection | null = null): SearchHit[] {
  const query = toFtsQuery(q);
  if (!query) return [];
  const rows = searchStatement.all({ query, locale, direction }) as { direction: RightsDirection; slug: string; title: string; snippet: string }[];
  return rows.map((row) => ({ ...row, snippet: splitSnippet(row.snippet.replace(/\n+/g, " ")) }));
}

/** How many hits the same words would find elsewhere, to suggest on an empty result. */
export function countHits(q: string, locale: Locale, direction: RightsDirection | null = null): number {
  const query = toFtsQuery(q);
  if (!query) return 0;
  return (countStatement.get({ query, locale, direction }) as { n: number }).n;
}
