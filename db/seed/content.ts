// Seeds and releases the public rights content from db/content/rights/<direction>/<slug>/<locale>.md.
// A content release: a file whose content is not yet in the database becomes a new published version (its content
// hash stored with it), unless an editor saved a version since the last release: then the repository's text is
// kept as a draft beside the editor's text and flagged to editors as a conflict, never published over it.
// Idempotent: a second run adds nothing. Every release and conflict is audited.
import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES, RIGHTS_AUDIENCES, RIGHTS_DIRECTIONS, RIGHTS_TOPIC_KINDS } from "../../app/domain/vocabulary";
import type { Db } from "../connection";
import { readLegalFigures } from "../legal-figures";
import { RIGHTS_CONTENT_FOLDER } from "../paths";
import { reindexTopicLocale } from "../rights-search";
import { auditLog, rightsTopics, rightsTopicVersions } from "../schema";

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

/** The hash of what a reader sees of a language version (the `reviewed` date is not content). */
export function contentHash(text: { title: string; summary: string; body?: string; bodyMarkdown?: string; sourcesMarkdown: string }): string {
  const body = (text.bodyMarkdown ?? text.body ?? "").trim();
  return createHash("sha256").update(JSON.stringify([text.title.trim(), text.summary.trim(), body, text.sourcesMarkdown.trim()])).digest("hex");
}

export interface ContentReleaseResult {
  topics: number;
  /** Versions added: first versions of new topics or locales, and releases. */
  versions: number;
  /** `direction/slug/locale` published as a new version because the repository's text changed. */
  released: string[];
  /** `direction/slug/locale` whose repository change waits as a draft because an editor edited the page since. */
  conflicts: string[];
}

export function seedRightsContent({ db, sqlite }: { db: Db; sqlite: Database.Database }, now = new Date(), root = CONTENT_ROOT): ContentReleaseResult {
  const tree = readContentTree(root);
  const figures = readLegalFigures(sqlite);
  const result: ContentReleaseResult = { topics: tree.length, versions: 0, released: [], conflicts: [] };
  const at = now.toISOString();
  db.transaction((tx) => {
    // The first load of an empty database is no release; a new topic or locale reaching a running portal is.
    const hadContent = tx.select({ id: rightsTopicVersions.id }).from(rightsTopicVersions).limit(1).get() !== undefined;
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
        const hash = contentHash(file);
        const versions = tx
          .select()
          .from(rightsTopicVersions)
          .where(and(eq(rightsTopicVersions.topicId, row.id), eq(rightsTopicVersions.locale, locale)))
          .orderBy(desc(rightsTopicVersions.version))
          .all();
        // Already there: released before, or the same text saved by an editor or by the seed before releases existed.
        if (versions.some((v) => v.contentHash === hash || contentHash(v) === hash)) continue;
        const lastRelease = versions.find((v) => v.createdById === null && v.status === "published");
        const editedSince = versions.some((v) => v.createdById !== null && v.version > (lastRelease?.version ?? 0));
        const version = (versions[0]?.version ?? 0) + 1;
        const publish = !editedSince;
        tx.insert(rightsTopicVersions)
          .values({
            topicId: row.id,
            locale,
            version,
            status: publish ? "published" : "draft",
            title: file.title,
            summary: file.summary,
            bodyMarkdown: file.body,
            sourcesMarkdown: file.sourcesMarkdown,
            reviewedOn: file.reviewed,
            contentHash: hash,
            createdAt: at,
            publishedAt: publish ? at : null,
          })
          .run();
        result.versions++;
        const label = `${topic.direction}/${topic.slug}/${locale}`;
        if (publish) reindexTopicLocale(sqlite, row.id, locale, figures);
        if (!hadContent) continue;
        (publish ? result.released : result.conflicts).push(label);
        tx.insert(auditLog)
          .values({
            at,
            action: publish ? "content.released" : "content.release_conflict",
            entity: "rights_topic",
            entityId: String(row.id),
            detail: JSON.stringify({ locale, version, contentHash: hash }),
          })
          .run();
      }
    }
  });
  return result;
}
