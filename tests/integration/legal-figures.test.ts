// The register of legal figures in a database: the idempotent seed, editors' changes (a new value ends the old
// one, confirming a check, the "due for review" list), figures on pages and in search, "last reviewed" as an
// editor's confirmation, and content releases from the repository (a changed file reaches an existing database).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../db/connection";
import { CONTENT_ROOT } from "../../db/seed/content";
import { seedLegalFigures } from "../../db/seed/figures";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";
import { releaseRepositoryContent } from "../../db/seed/release";
import type { LegalFigure } from "~/domain/legal-figures";
import { useAppDatabase } from "../support/app-database";

const TODAY = "2026-12-02";
const NOW = new Date(`${TODAY}T10:00:00Z`);
const editor = { userId: 1, authorityId: null, ipAddress: "10.5.0.1" };

const testRate: LegalFigure = {
  key: "test.min-pay.rate",
  country: "NO",
  topic: "pay",
  value: 20000,
  unit: "money-per-hour",
  currency: "NOK",
  validFrom: "2024-01-01",
  source: "https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190",
  checkedOn: "2024-01-10",
  checkedBy: "seed",
  note: "Test rate.",
};

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let connection: Connection;
let contentRoot: string;
let figures: typeof import("~/.server/legal-figures");
let rights: typeof import("~/.server/rights");
let search: typeof import("~/.server/search");
let content: typeof import("~/.server/content");
let sqlite: typeof import("~/.server/db").sqlite;

beforeAll(async () => {
  process.env.PORTAL_TODAY = TODAY;
  database = await useAppDatabase({ seed: true });
  contentRoot = mkdtempSync(join(tmpdir(), "portal-content-"));
  cpSync(CONTENT_ROOT, contentRoot, { recursive: true });
  connection = openDatabase(database.path);
  releaseRepositoryContent(connection, { now: NOW, contentRoot, figures: [...LEGAL_FIGURES, testRate] });
  figures = await import("~/.server/legal-figures");
  rights = await import("~/.server/rights");
  search = await import("~/.server/search");
  content = await import("~/.server/content");
  ({ sqlite } = await import("~/.server/db"));
});
afterAll(async () => {
  delete process.env.PORTAL_TODAY;
  delete process.env.FIGURE_REVIEW_MONTHS;
  connection.sqlite.close();
  rmSync(contentRoot, { recursive: true, force: true });
  await database.cleanup();
});

const rowsOf = (key: string) =>
  connection.sqlite.prepare("select value, valid_from as validFrom, valid_to as validTo, note, checked_on as checkedOn, checked_by as checkedBy from legal_figures where key = ? order by valid_from").all(key) as {
    value: number;
    validFrom: string;
    validTo: string | null;
    note: string;
    checkedOn: string;
    checkedBy: string;
  }[];

describe("seeding the register", () => {
  it("loads every record of the repository's register", () => {
    const keys = (connection.sqlite.prepare("select key, valid_from as validFrom from legal_figures").all() as { key: string; validFrom: string }[]).map((r) => `${r.key}@${r.validFrom}`);
    for (const figure of LEGAL_FIGURES) expect(keys).toContain(`${figure.key}@${figure.validFrom}`);
  });

  it("changes nothing when run again", () => {
    expect(seedLegalFigures(connection, [...LEGAL_FIGURES, testRate], NOW)).toEqual({ inserted: [], updated: [], keptEditorChanges: [], ended: [] });
  });

  it("updates a record whose repository copy changed, and ends an old value when a newer one arrives", () => {
    const corrected = { ...testRate, note: "Corrected note." };
    const raise = { ...testRate, value: 21000, validFrom: "2025-01-01", checkedOn: "2025-01-05" };
    const result = seedLegalFigures(connection, [...LEGAL_FIGURES, corrected, raise], NOW);
    expect(result.updated).toEqual(["test.min-pay.rate@2024-01-01"]);
    expect(result.inserted).toEqual(["test.min-pay.rate@2025-01-01"]);
    expect(rowsOf(testRate.key)).toMatchObject([
      { value: 20000, validFrom: "2024-01-01", validTo: "2024-12-31", note: "Corrected note." },
      { value: 21000, validFrom: "2025-01-01", validTo: null },
    ]);
    const audit = connection.sqlite.prepare("select count(*) as n from audit_log where action = 'figures.seeded'").get() as { n: number };
    expect(audit.n).toBeGreaterThanOrEqual(2);
  });
});

describe("editors and the register", () => {
  it("adds a new value that ends the current one, audited, and pages and search show it", () => {
    const page = content.getEditorState((sqlite.prepare("select id from rights_topics where slug = 'pay' and direction = 'to-norway'").get() as { id: number }).id, "en")!;
    const saved = content.saveTopicVersion(
      { topicId: page.topic.id, locale: "en", fields: { ...page.fields, bodyMarkdown: `${page.fields.bodyMarkdown}\n\nThe test rate is {{fig test.min-pay.rate}}.` }, publish: true, baseVersion: page.latestVersion },
      editor,
      NOW,
    );
    expect(saved.ok).toBe(true);
    const before = rights.getTopicPage("to-norway", "pay", "en")!.body.html;
    expect(before).toContain("The test rate is NOK\u00a0210.00 per hour (as at 5 January 2025, <a href=\"https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190\"");
    expect(before).not.toContain("{{fig");

    const added = figures.addFigureValue({ key: testRate.key, value: 22550, validFrom: "2026-06-01", source: "https://lovdata.no/dokument/SF/forskrift/2026-05-01-1", note: "" }, editor, NOW);
    expect(added.ok).toBe(true);
    expect(rowsOf(testRate.key).slice(1)).toMatchObject([
      { value: 21000, validTo: "2026-05-31" },
      { value: 22550, validFrom: "2026-06-01", validTo: null, checkedOn: TODAY, note: "Test rate." },
    ]);
    const after = rights.getTopicPage("to-norway", "pay", "en")!.body.html;
    expect(after).toContain("NOK\u00a0225.50 per hour (as at 2 December 2026, <a href=\"https://lovdata.no/dokument/SF/forskrift/2026-05-01-1\"");
    expect(search.searchRights("225.50", "en").map((h) => h.slug)).toContain("pay");
    expect(search.searchRights("fig", "en").map((h) => h.slug)).not.toContain("pay");
    const audit = sqlite.prepare("select detail from audit_log where action = 'figure.value_added'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ key: testRate.key, value: 22550, previous: { value: 21000, validTo: "2026-05-31" } });
  });

  it("refuses a value for an unknown key or one that does not start after the current value", () => {
    expect(figures.addFigureValue({ key: "no.such.key", value: 1, validFrom: "2027-01-01", source: "https://lovdata.no/x", note: "" }, editor, NOW)).toEqual({ ok: false, error: "unknown_key" });
    expect(figures.addFigureValue({ key: testRate.key, value: 1, validFrom: "2026-06-01", source: "https://lovdata.no/x", note: "" }, editor, NOW)).toEqual({ ok: false, error: "not_after_current" });
  });

  it("lists figures due for review after the interval, and a confirmed check takes one off the list", () => {
    const stale = figures.listFigureRecords().find((f) => f.key === testRate.key && f.validFrom === "2025-01-01")!;
    expect(figures.figuresDueNow().map((f) => f.id)).not.toContain(stale.id); // ended values are history
    sqlite.prepare("update legal_figures set checked_on = '2026-05-01' where key = ? and valid_to is null").run(testRate.key);
    const current = figures.listFigureRecords().find((f) => f.key === testRate.key && f.validTo === undefined)!;
    expect(figures.figuresDueNow().map((f) => f.id)).toContain(current.id);
    process.env.FIGURE_REVIEW_MONTHS = "12";
    expect(figures.figuresDueNow().map((f) => f.id)).not.toContain(current.id);
    process.env.FIGURE_REVIEW_MONTHS = "6";
    expect(figures.confirmFigureChecked(current.id, editor, NOW)).toBe(true);
    expect(figures.figuresDueNow().map((f) => f.id)).not.toContain(current.id);
    expect(figures.confirmFigureChecked(999_999, editor, NOW)).toBe(false);
    const audit = sqlite.prepare("select detail from audit_log where action = 'figure.checked'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ key: testRate.key, previousCheckedOn: "2026-05-01", checkedOn: TODAY });
  });

  it("keeps an editor's change when the repository's copy of the same record changes later", () => {
    const changedInRepository = { ...testRate, value: 21000, validFrom: "2025-01-01", checkedOn: "2025-01-05", note: "Changed in the repository." };
    const result = seedLegalFigures(connection, [...LEGAL_FIGURES, testRate, changedInRepository], NOW);
    expect(result.keptEditorChanges).toEqual(["test.min-pay.rate@2025-01-01"]);
    expect(rowsOf(testRate.key)[1]).toMatchObject({ validTo: "2026-05-31", note: "Test rate." });
  });
});

describe("last reviewed", () => {
  it("is empty for a page released from the repository until an editor confirms it", () => {
    expect(rights.getTopicPage("to-norway", "hse-card", "lt")!.reviewedOn).toBeNull();
    const topicId = (sqlite.prepare("select id from rights_topics where slug = 'hse-card' and direction = 'to-norway'").get() as { id: number }).id;
    expect(content.confirmPageReviewed(topicId, "lt", editor, NOW)).toMatchObject({ ok: true, reviewedOn: TODAY });
    expect(rights.getTopicPage("to-norway", "hse-card", "lt")!.reviewedOn).toBe(TODAY);
    expect(rights.getTopicPage("to-norway", "hse-card", "en")!.reviewedOn).toBeNull();
    expect(content.confirmPageReviewed(999_999, "lt", editor, NOW)).toEqual({ ok: false });
    expect((sqlite.prepare("select count(*) as n from audit_log where action = 'content.reviewed'").get() as { n: number }).n).toBe(1);
  });

  it("is the editor's when they publish a version", () => {
    expect(rights.getTopicPage("to-norway", "pay", "en")!.reviewedOn).not.toBeNull();
  });
});

describe("content releases", () => {
  const file = (slug: string, locale: string) => join(contentRoot, "to-norway", slug, `${locale}.md`);
  const versionsOf = (slug: string, locale: string) =>
    connection.sqlite
      .prepare("select v.version, v.status, v.content_hash as hash, v.created_by_id as author from rights_topic_versions v join rights_topics t on t.id = v.topic_id where t.slug = ? and t.direction = 'to-norway' and v.locale = ? order by v.version")
      .all(slug, locale) as { version: number; status: string; hash: string | null; author: number | null }[];

  it("publishes a changed repository file as a new version on the next release, audited, once", () => {
    writeFileSync(file("hse-card", "nb"), readFileSync(file("hse-card", "nb"), "utf8").trimEnd() + "\n\nWombatsetning fra depotet.\n");
    const result = releaseRepositoryContent(connection, { now: NOW, contentRoot, figures: [...LEGAL_FIGURES, testRate] });
    expect(result.content.released).toEqual(["to-norway/hse-card/nb"]);
    expect(result.content.conflicts).toEqual([]);
    expect(versionsOf("hse-card", "nb").map((v) => [v.version, v.status])).toEqual([[1, "published"], [2, "published"]]);
    expect(rights.getTopicPage("to-norway", "hse-card", "nb")!.body.html).toContain("Wombatsetning fra depotet.");
    expect(search.searchRights("wombatsetning", "nb").map((h) => h.slug)).toEqual(["hse-card"]);
    expect((sqlite.prepare("select count(*) as n from audit_log where action = 'content.released'").get() as { n: number }).n).toBe(1);
    expect(releaseRepositoryContent(connection, { now: NOW, contentRoot, figures: [...LEGAL_FIGURES, testRate] }).content.versions).toBe(0);
  });

  it("never publishes over an editor's later edit: the repository's text waits as a draft, flagged as a conflict", () => {
    // The editor published "pay" in English above; now the repository's English file changes too.
    writeFileSync(file("pay", "en"), readFileSync(file("pay", "en"), "utf8").trimEnd() + "\n\nNumbatline from the repository.\n");
    const result = releaseRepositoryContent(connection, { now: NOW, contentRoot, figures: [...LEGAL_FIGURES, testRate] });
    expect(result.content.conflicts).toEqual(["to-norway/pay/en"]);
    const versions = versionsOf("pay", "en");
    expect(versions.at(-1)).toMatchObject({ status: "draft", author: null });
    expect(versions.at(-2)).toMatchObject({ status: "published", author: editor.userId });
    const page = rights.getTopicPage("to-norway", "pay", "en")!.body.html;
    expect(page).toContain("The test rate is");
    expect(page).not.toContain("Numbatline");
    expect(content.releaseConflicts()).toEqual([expect.objectContaining({ slug: "pay", locale: "en", version: versions.at(-1)!.version })]);
    expect((sqlite.prepare("select count(*) as n from audit_log where action = 'content.release_conflict'").get() as { n: number }).n).toBe(1);
    // Once the editor publishes a version that settles it, the flag goes away.
    const state = content.getEditorState(content.releaseConflicts()[0]!.topicId, "en")!;
    expect(content.saveTopicVersion({ topicId: state.topic.id, locale: "en", fields: state.fields, publish: true, baseVersion: state.latestVersion }, editor, NOW).ok).toBe(true);
    expect(content.releaseConflicts()).toEqual([]);
    expect(releaseRepositoryContent(connection, { now: NOW, contentRoot, figures: [...LEGAL_FIGURES, testRate] }).content.versions).toBe(0);
  });
});
