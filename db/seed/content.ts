// Seeds the public rights content from db/content/rights/<direction>/<slug>/<locale>.md.
// Idempotent: a topic is added when missing, and a locale's text only when that locale has no version yet,
// so editors' later versions are never overwritten by a restart.
import type Database from "better-sqlite3";
import { and, eq } from "drizzle-orm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES, RIGHTS_AUDIENCES, RIGHTS_DIRECTIONS, RIGHTS_TOPIC_KINDS } from "../../app/domain/vocabulary";
import type { Db } from "../connection";
import { RIGHTS_CONTENT_FOLDER } from "../paths";
import { reindexTopicLocale } from "../rights-search";
import { rightsTopics, rightsTopicVersions } from "../schema";

export const CONTENT_ROOT = RIGHTS_CONTENT_FOLDER;

export interface ContentFile {
  title: string;
  summary: string;
  audience: (typeof RIGHTS_AUDIENCES)[number];
  kind: (typeof RIGHTS_TOPIC_KINDS)[number];
  sector: string | null;
  position: number;
  related: string[];
  reviewed: string;
  sourcesMarkdown: string;
  body: string;
}

/** Reads the small front-matter dialect the content files use (key: value lines and a `sources:` list). */
export function parseContentFile(text: string, origin = "content file"): ContentFile {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n/g, "\n"));
  if (!match) throw new Error(`${origin}: no front matter`);
  const [, head = "", body = ""] = match;
  const fields: Record<string, string> = {};
  const sources: string[] = [];
  let inSources = false;
  for (const line of head.split("\n")) {
    if (inSources && /^\s+-\s+/.test(line)) {
      sources.push(line.replace(/^\s+-\s+/, "- "));
      continue;
    }
    inSources = false;
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) continue;
    const [, key = "", value = ""] = field;
    if (key === "sources") inSources = true;
    else fields[key] = value.trim();
  }
  const need = (key: string) => {
    const value = fields[key];
    if (!value) throw new Error(`${origin}: missing ${key}`);
    return value;
  };
  const audience = need("audience");
  const kind = fields.kind ?? "topic";
  if (!(RIGHTS_AUDIENCES as readonly string[]).includes(audience)) throw new Error(`${origin}: bad audience ${audience}`);
  if (!(RIGHTS_TOPIC_KINDS as readonly string[]).includes(kind)) throw new Error(`${origin}: bad kind ${kind}`);
  const reviewed = need("reviewed");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) throw new Error(`${origin}: bad reviewed date`);
  return {
    title: need("title"),
    summary: fields.summary ?? "",
    audience: audience as ContentFile["audience"],
    kind: kind as ContentFile["kind"],
    sector: fields.sector || null,
    position: Number(fields.position ?? 0),
    related: (fields.related ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    reviewed,
    sourcesMarkdown: sources.join("\n"),
    body: body.trim() + "\n",
  };
}

export function readContentTree(root = CONTENT_ROOT) {
  const topics: { direction: (typeof RIGHTS_DIRECTIONS)[number]; slug: string; files: Partial<Record<(typeof LOCALES)[number], ContentFile>> }[] = [];
  for (const direction of RIGHTS_DIRECTIONS) {
    const dir = join(root, direction);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const files: Partial<Record<(typeof LOCALES)[number], ContentFile>> = {};
      for (const locale of LOCALES) {
        const path = join(dir, slug, `${locale}.md`);
        if (existsSync(path)) files[locale] = parseContentFile(readFileSync(path, "utf8"), `${direction}/${slug}/${locale}.md`);
      }
      topics.push({ direction, slug, files });
    }
  }
  return topics;
}

export function seedRightsContent({ db, sqlite }: { db: Db; sqlite: Database.Database }, now = new Date()): { topics: number; versions: number } {
  const tree = readContentTree();
  let versions = 0;
  db.transaction((tx) => {
    for (const topic of tree) {
      const meta = topic.files.en ?? Object.values(topic.files)[0];
      if (!meta) continue;
      tx.insert(rightsTopics)
        .values({
          direction: topic.direction,
          slug: topic.slug,
          audience: meta.audience,
          kind: meta.kind,
          sector: meta.sector,
          position: meta.position,
          related: meta.related.join(","),
        })
        .onConflictDoNothing()
        .run();
      const row = tx
        .select({ id: rightsTopics.id })
        .from(rightsTopics)
        .where(and(eq(rightsTopics.direction, topic.direction), eq(rightsTopics.slug, topic.slug)))
        .get();
      if (!row) continue;
      for (const locale of LOCALES) {
        const file = topic.files[locale];
        if (!file) continue;
        const existing = tx
          .select({ id: rightsTopicVersions.id })
          .from(rightsTopicVersions)
          .where(and(eq(rightsTopicVersions.topicId, row.id), eq(rightsTopicVersions.locale, locale)))
          .get();
        if (existing) continue;
        tx.insert(rightsTopicVersions)
          .values({
            topicId: row.id,
            locale,
            version: 1,
            status: "published",
            title: file.title,
            summary: file.summary,
            bodyMarkdown: file.body,
            sourcesMarkdown: file.sourcesMarkdown,
            reviewedOn: file.reviewed,
            createdAt: now.toISOString(),
            publishedAt: now.toISOString(),
          })
          .run();
        reindexTopicLocale(sqlite, row.id, locale);
        versions++;
      }
    }
  });
  return { topics: tree.length, versions };
}
