// A content release on start: a database whose rights page differs from the repository's file (as after a
// correction in the repository) gets the repository's text as a new published version when the server starts
// again; a page an editor edited since is kept, and the repository's text waits as a flagged draft.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../support/server";

const dir = mkdtempSync(join(tmpdir(), "portal-release-"));
const databasePath = join(dir, "portal.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const versions = (db: Database.Database, slug: string, locale: string) =>
  db
    .prepare("select v.version, v.status, v.body_markdown as body, v.created_by_id as author from rights_topic_versions v join rights_topics t on t.id = v.topic_id where t.direction = 'to-norway' and t.slug = ? and v.locale = ? order by v.version")
    .all(slug, locale) as { version: number; status: string; body: string; author: number | null }[];

describe("content releases on start", () => {
  it("bring a repository change to an existing database as a new version, and keep an editor's later edit", { timeout: 300_000 }, async () => {
    const first = await startServer({ demoData: false, databasePath });
    await first.stop();

    // The database now holds what an older repository said, for two pages; an editor later edited one of them.
    const db = new Database(databasePath);
    db.prepare("update rights_topic_versions set body_markdown = 'Old text from an earlier release.', content_hash = 'older-release' where locale = 'en' and topic_id = (select id from rights_topics where direction = 'to-norway' and slug = 'overtime')").run();
    db.prepare("update rights_topic_versions set body_markdown = 'Old text from an earlier release.', content_hash = 'older-release' where locale = 'en' and topic_id = (select id from rights_topics where direction = 'to-norway' and slug = 'housing')").run();
    const editorId = (db.prepare("insert into users (email, display_name, password_hash) values ('editor@release.test', 'Release Editor', 'x') returning id").get() as { id: number }).id;
    db.prepare(
      `insert into rights_topic_versions (topic_id, locale, version, status, title, summary, body_markdown, sources_markdown, reviewed_on, reviewed_by_id, created_by_id, published_at)
       select topic_id, locale, version + 1, 'published', title, summary, 'The editor''s own text.', sources_markdown, '2026-12-01', ?, ?, '2026-12-01T10:00:00.000Z'
         from rights_topic_versions where locale = 'en' and topic_id = (select id from rights_topics where direction = 'to-norway' and slug = 'housing')`,
    ).run(editorId, editorId);
    db.close();

    const second = await startServer({ demoData: false, databasePath });
    try {
      const overtime = await (await fetch(`${second.baseUrl}/en/rights/to-norway/overtime`)).text();
      expect(overtime).not.toContain("Old text from an earlier release.");
      const housing = await (await fetch(`${second.baseUrl}/en/rights/to-norway/housing`)).text();
      expect(housing).toMatch(/The editor(&#39;|&#x27;|')s own text\./);
    } finally {
      await second.stop();
    }

    const after = new Database(databasePath, { readonly: true });
    try {
      expect(versions(after, "overtime", "en").map((v) => [v.version, v.status])).toEqual([[1, "published"], [2, "published"]]);
      expect(versions(after, "overtime", "en")[1]!.body).not.toContain("Old text");
      expect(versions(after, "housing", "en").map((v) => [v.version, v.status, v.author === null])).toEqual([
        [1, "published", true],
        [2, "published", false],
        [3, "draft", true],
      ]);
      const audit = after.prepare("select action, detail from audit_log where action like 'content.release%' order by id").all() as { action: string; detail: string }[];
      expect(audit.map((a) => a.action).sort()).toEqual(["content.release_conflict", "content.released"]);
    } finally {
      after.close();
    }
  });
});
