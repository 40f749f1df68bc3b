// Rights content: seeding, the reader's view with English fallback, search, and editors' versions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { readContentTree, seedRightsContent } from "../../db/seed/content";
import { RIGHTS_DIRECTIONS } from "~/domain/vocabulary";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let rights: typeof import("~/.server/rights");
let search: typeof import("~/.server/search");
let content: typeof import("~/.server/content");
let sqlite: typeof import("~/.server/db").sqlite;
const editor = { userId: 1, authorityId: null, ipAddress: "10.5.0.1" };

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  const connection = openDatabase(database.path);
  seedRightsContent(connection);
  connection.sqlite.close();
  rights = await import("~/.server/rights");
  search = await import("~/.server/search");
  content = await import("~/.server/content");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(() => database.cleanup());

describe("content files", () => {
  const tree = readContentTree();
  it("has at least 30 topics, each in nb, lt and en", () => {
    expect(tree.length).toBeGreaterThanOrEqual(30);
    for (const topic of tree) expect(Object.keys(topic.files).sort(), `${topic.direction}/${topic.slug}`).toEqual(["en", "lt", "nb"]);
  });

  it("links related topics that exist, and dates every page", () => {
    for (const topic of tree) {
      const slugs = new Set(tree.filter((t) => t.direction === topic.direction).map((t) => t.slug));
      for (const file of Object.values(topic.files)) {
        for (const related of file.related) expect(slugs.has(related), `${topic.slug} → ${related}`).toBe(true);
        expect(file.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(file.sourcesMarkdown).toMatch(/\]\(https:\/\//);
      }
    }
  });

  it("has worker, employer and sector pages in both directions, and a sector page per Norwegian agreement", () => {
    for (const direction of RIGHTS_DIRECTIONS) {
      const files = tree.filter((t) => t.direction === direction).map((t) => t.files.en!);
      expect(files.some((f) => f.audience === "worker")).toBe(true);
      expect(files.some((f) => f.audience === "employer")).toBe(true);
    }
    const sectors = tree.filter((t) => t.direction === "to-norway" && t.files.en?.kind === "sector").map((t) => t.files.en!.sector);
    expect(sectors.sort()).toEqual(["agriculture", "automotive", "cleaning", "construction", "electrical", "fish_processing", "freight_transport", "hospitality", "shipbuilding", "tour_buses"]);
  });

  it("seeds again without adding anything", () => {
    const connection = openDatabase(database.path);
    expect(seedRightsContent(connection).versions).toBe(0);
    connection.sqlite.close();
  });
});

describe("reading", () => {
  it("lists a direction's topics in the reader's language", () => {
    const topics = rights.listDirectionTopics("to-norway", "lt");
    expect(topics.find((t) => t.slug === "hse-card")?.title).toBe("HMS kortelė");
    expect(topics.every((t) => t.locale === "lt")).toBe(true);
  });

  it("falls back to English, and says so, when the reader's language is missing", () => {
    const topic = sqlite.prepare("select id from rights_topics where slug = 'overtime' and direction = 'to-lithuania'").get() as { id: number };
    sqlite.prepare("update rights_topic_versions set status = 'archived' where topic_id = ? and locale = 'nb'").run(topic.id);
    const page = rights.getTopicPage("to-lithuania", "overtime", "nb");
    expect(page?.isFallback).toBe(true);
    expect(page?.contentLocale).toBe("en");
    sqlite.prepare("update rights_topic_versions set status = 'published' where topic_id = ? and locale = 'nb'").run(topic.id);
  });

  it.each([
    ["nb", "HMS-kort", "hse-card"],
    ["lt", "darbo laikas", "working-time-and-rest"],
    ["en", "overtime", "overtime"],
    ["lt", "komandiruotas", null],
    ["nb", "arbeidstid", "working-time-and-rest"],
  ] as const)("search in %s for %j finds %s", (locale, words, slug) => {
    const hits = search.searchRights(words, locale);
    expect(hits.length).toBeGreaterThan(0);
    if (slug) expect(hits.map((h) => h.slug)).toContain(slug);
    expect(hits[0]!.snippet.some((part) => part.match)).toBe(true);
  });

  it("takes any input without breaking the FTS query", () => {
    for (const input of ['"', "AND OR NOT", "NEAR(", "*", "-", "' OR 1=1 --", "<script>", "\u0000", "ą".repeat(5_000)]) {
      expect(() => search.searchRights(input, "en")).not.toThrow();
    }
  });
});

describe("editing", () => {
  const topicId = () => (sqlite.prepare("select id from rights_topics where slug = 'pay' and direction = 'to-norway'").get() as { id: number }).id;

  it("keeps a draft from readers, publishes a new version and re-indexes it for search", () => {
    const state = content.getEditorState(topicId(), "en")!;
    const draft = content.saveTopicVersion(
      { topicId: topicId(), locale: "en", fields: { ...state.fields, bodyMarkdown: `${state.fields.bodyMarkdown}\n\nQuokkaword draft.` }, publish: false, baseVersion: state.latestVersion },
      editor,
    );
    expect(draft).toEqual({ ok: true, version: state.latestVersion + 1 });
    expect(search.searchRights("quokkaword", "en")).toEqual([]);
    expect(rights.getTopicPage("to-norway", "pay", "en")?.body.html).not.toContain("Quokkaword");

    const generationBefore = sqlite.prepare("select value from data_generation").pluck().get() as number;
    const published = content.saveTopicVersion(
      { topicId: topicId(), locale: "en", fields: { ...state.fields, bodyMarkdown: `${state.fields.bodyMarkdown}\n\nQuokkaword published.` }, publish: true, baseVersion: state.latestVersion + 1 },
      editor,
    );
    expect(published.ok).toBe(true);
    expect(search.searchRights("quokkaword", "en").map((h) => h.slug)).toEqual(["pay"]);
    expect(rights.getTopicPage("to-norway", "pay", "en")?.body.html).toContain("Quokkaword published.");
    // Publishing moves the generation every cache of derived pages compares (public pages included).
    expect(sqlite.prepare("select value from data_generation").pluck().get()).toBeGreaterThan(generationBefore);
  });

  it("refuses a save based on an old version, so nobody overwrites a colleague unseen", () => {
    const state = content.getEditorState(topicId(), "nb")!;
    expect(content.saveTopicVersion({ topicId: topicId(), locale: "nb", fields: state.fields, publish: false, baseVersion: state.latestVersion }, editor).ok).toBe(true);
    expect(content.saveTopicVersion({ topicId: topicId(), locale: "nb", fields: state.fields, publish: false, baseVersion: state.latestVersion }, editor)).toEqual({ ok: false, error: "stale" });
  });

  it("keeps the history and can bring back an old text", () => {
    const state = content.getEditorState(topicId(), "en")!;
    expect(state.history.length).toBeGreaterThanOrEqual(3);
    expect(content.versionFields(topicId(), "en", 1)?.bodyMarkdown).not.toContain("Quokkaword");
    const audit = sqlite.prepare("select action from audit_log where entity = 'rights_topic' order by id").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["content.draft_saved", "content.published"]));
  });

  it("shows completeness per locale", () => {
    const rows = content.translationCompleteness("en");
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const pay = rows.find((r) => r.slug === "pay" && r.direction === "to-norway")!;
    // English was just republished: the Norwegian and Lithuanian texts are now older than it.
    expect(pay.states).toEqual({ en: "published", nb: "outdated", lt: "outdated" });
  });
});
