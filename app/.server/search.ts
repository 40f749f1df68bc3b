// Full-text search of published rights content in one language (SQLite FTS5, diacritics folded). The question is
// split into words (app/domain/search-query.ts); a page needs to match only one of them, and pages matching more
// of the reader's words come first, then by bm25 (title weighs most). A word the index does not know in this
// language is corrected to the nearest one it knows ("HSM" → "HMS"). Decision: docs/decisions/0040-….
import type { RightsDirection } from "~/domain/vocabulary";
import { allowedTypos, editDistance, groupToFts, queryGroups, type QueryGroup } from "~/domain/search-query";
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

const MAX_HITS = 30;
const START = "\u0001";
const END = "\u0002";
/** Words longer than this are not corrected (a pasted sentence without spaces is no typo). */
const MAX_CORRECTED_LENGTH = 24;

const FILTER = "rights_search match :query and locale = :locale and (:direction is null or direction = :direction)";

const searchStatement = sqlite.prepare(`
  select rowid as id, direction, slug, title,
         snippet(rights_search, 2, '${START}', '${END}', '…', 16) as snippet
    from rights_search
   where ${FILTER}
   order by bm25(rights_search, 10.0, 4.0, 1.0)`);

const rowidsStatement = sqlite.prepare(`select rowid as id from rights_search where ${FILTER}`).pluck();
const countStatement = sqlite.prepare(`select count(*) from rights_search where ${FILTER}`).pluck();
const totalStatement = sqlite.prepare("select count(*) from rights_search where locale = :locale and (:direction is null or direction = :direction)").pluck();
const vocabularyStatement = sqlite.prepare("select term, doc from rights_search_vocab where term >= ? and term < ?");

interface Scope {
  locale: Locale;
  direction: RightsDirection | null;
}

const countFor = (query: string, scope: Scope) => countStatement.get({ query, ...scope }) as number;

/** The group, with a mistyped word replaced by the closest word of the index that finds pages in this scope. */
function corrected(group: QueryGroup, scope: Scope): QueryGroup {
  if (countFor(groupToFts(group), scope) > 0) return group;
  const [word] = group.alternatives[0]!;
  if (!word || word.length > MAX_CORRECTED_LENGTH || allowedTypos(word.length) === 0) return group;
  const first = word[0]!;
  const next = String.fromCodePoint(first.codePointAt(0)! + 1);
  const candidates = (vocabularyStatement.all(first, next) as { term: string; doc: number }[])
    .map(({ term, doc }) => {
      // A mistyped start of a longer word ("HSM" for "HMS-kort") counts as well as the whole word.
      const prefix = term.slice(0, word.length);
      const prefixDistance = editDistance(word, prefix);
      const wholeDistance = editDistance(word, term);
      return prefixDistance < wholeDistance ? { text: prefix, distance: prefixDistance, doc } : { text: term, distance: wholeDistance, doc };
    })
    .filter((c) => c.distance <= allowedTypos(word.length))
    .sort((a, b) => a.distance - b.distance || b.doc - a.doc);
  const tried = new Set<string>();
  for (const candidate of candidates) {
    if (tried.has(candidate.text) || tried.size >= 5) continue;
    tried.add(candidate.text);
    // The corrected word as if the reader had typed it: its stem and its synonyms ("atlyginmas" → "atlyginimas").
    const retyped = queryGroups(candidate.text, scope.locale)[0];
    const replacement = retyped ? { ...retyped, word: group.word } : { ...group, alternatives: [[candidate.text]], ownCount: 1 };
    if (countFor(groupToFts(replacement), scope) > 0) return replacement;
  }
  return group;
}

function compile(q: string, scope: Scope): { groups: QueryGroup[]; any: string } | null {
  const groups = queryGroups(q, scope.locale).map((group) => corrected(group, scope));
  if (groups.length === 0) return null;
  return { groups, any: groups.map((group) => groupToFts(group)).join(" OR ") };
}

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
  const scope = { locale, direction };
  const query = compile(q, scope);
  if (!query) return [];
  const rows = searchStatement.all({ query: query.any, ...scope }) as { id: number; direction: RightsDirection; slug: string; title: string; snippet: string }[];
  // Each word weighs by how rare it is among the pages (inverse document frequency), so "housing" counts for
  // more than "pays" in "who pays for housing".
  const total = totalStatement.get(scope) as number;
  const matched = new Map<number, number>();
  const inTitle = new Map<number, number>();
  const ownInTitle = new Map<number, number>();
  const add = (map: Map<number, number>, ids: number[], weight: number) => {
    for (const id of ids) map.set(id, (map.get(id) ?? 0) + weight);
  };
  for (const group of query.groups) {
    const ids = rowidsStatement.all({ query: groupToFts(group), ...scope }) as number[];
    const weight = Math.log(1 + total / Math.max(ids.length, 1));
    add(matched, ids, weight);
    add(inTitle, rowidsStatement.all({ query: `{title} : ${groupToFts(group)}`, ...scope }) as number[], weight);
    add(ownInTitle, rowidsStatement.all({ query: `{title} : ${groupToFts(group, true)}`, ...scope }) as number[], weight);
  }
  const score = (map: Map<number, number>, id: number) => map.get(id) ?? 0;
  // The most (and rarest) of the reader's words first; then those words or their synonyms in the title, then the
  // reader's own words in the title. Array.prototype.sort is stable, so the bm25 order stays among pages that tie.
  return rows
    .sort(
      (a, b) =>
        score(matched, b.id) - score(matched, a.id) ||
        score(inTitle, b.id) - score(inTitle, a.id) ||
        score(ownInTitle, b.id) - score(ownInTitle, a.id),
    )
    .slice(0, MAX_HITS)
    .map(({ direction: d, slug, title, snippet }) => ({ direction: d, slug, title, snippet: splitSnippet(snippet.replace(/\s*\n+\s*/g, " ")) }));
}

/** How many hits the same words would find elsewhere, to suggest on an empty result. */
export function countHits(q: string, locale: Locale, direction: RightsDirection | null = null): number {
  const scope = { locale, direction };
  const query = compile(q, scope);
  return query ? countFor(query.any, scope) : 0;
}
