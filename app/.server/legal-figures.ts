// The register of legal figures for the app: the figures pages and search draw on, the public list, and the
// editors' changes (a new value that ends the old one, confirming a value as checked), every change audited.
import { createHash } from "node:crypto";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { figureFromRow, readLegalFigures } from "../../db/legal-figures";
import { reindexAllTopics } from "../../db/rights-search";
import { legalFigures as figuresTable, users } from "../../db/schema";
import { dayBefore, figuresDueForReview, type LegalFigure } from "~/domain/legal-figures";
import type { RightsDirection } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { today as todayInOslo } from "./clock";
import { db, sqlite } from "./db";
import { dataGeneration, isCachedValueFresh } from "./data-generation";
import { listDirectionTopics } from "./rights";

export interface FigureRecord extends LegalFigure {
  id: number;
  editedAt: string | null;
}

let cachedFigures: { figures: readonly LegalFigure[]; generation: number; storedAt: number } | null = null;

/** Every value in the register (history included), read again whenever any process wrote to the database. */
export function legalFigures(): readonly LegalFigure[] {
  if (!cachedFigures || !isCachedValueFresh(cachedFigures)) {
    const generation = dataGeneration();
    cachedFigures = { figures: readLegalFigures(sqlite), generation, storedAt: Date.now() };
  }
  return cachedFigures.figures;
}

/** Every row with its id, for the public list and the editors: ordered by country, topic, key, then oldest first. */
export function listFigureRecords(): FigureRecord[] {
  return db
    .select()
    .from(figuresTable)
    .orderBy(asc(figuresTable.country), asc(figuresTable.topic), asc(figuresTable.key), asc(figuresTable.validFrom))
    .all()
    .map((row) => ({ ...figureFromRow(row as Parameters<typeof figureFromRow>[0]), id: row.id, editedAt: row.editedAt }));
}

/** Months after which a figure's last check is due again: FIGURE_REVIEW_MONTHS, 6 by default. */
export function reviewIntervalMonths(env: NodeJS.ProcessEnv = process.env): number {
  const months = Number(env.FIGURE_REVIEW_MONTHS);
  return Number.isInteger(months) && months >= 1 && months <= 60 ? months : 6;
}

export function figuresDueNow(today = todayInOslo()): FigureRecord[] {
  return figuresDueForReview(listFigureRecords(), today, reviewIntervalMonths());
}

interface Actor {
  userId: number;
  authorityId: number | null;
  ipAddress: string;
}

function displayName(userId: number): string {
  return db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name ?? `user ${userId}`;
}

/** After a change: the search index shows the register as it is now (cached pages follow the data generation). */
function figuresChanged(today: string): void {
  cachedFigures = null;
  reindexAllTopics(sqlite, readLegalFigures(sqlite), today);
}

export interface NewFigureValue {
  key: string;
  value: number;
  validFrom: string;
  source: string;
  note: string;
}

export type AddValueResult = { ok: true; id: number } | { ok: false; error: "unknown_key" | "not_after_current" };

/**
 * A new value for an existing key: it takes the key's country, topic, unit and currency, must start after the
 * latest value, and ends that value the day before. The editor who enters it has checked it today.
 */
export function addFigureValue(input: NewFigureValue, actor: Actor, now = new Date()): AddValueResult {
  const today = todayInOslo(now);
  const result = db.transaction((tx): AddValueResult => {
    const latest = tx.select().from(figuresTable).where(eq(figuresTable.key, input.key)).orderBy(desc(figuresTable.validFrom)).limit(1).get();
    if (!latest) return { ok: false, error: "unknown_key" };
    if (input.validFrom <= latest.validFrom) return { ok: false, error: "not_after_current" };
    const editedAt = now.toISOString();
    const ended = dayBefore(input.validFrom);
    tx.update(figuresTable)
      .set({ validTo: ended, editedAt })
      .where(and(eq(figuresTable.key, input.key), isNull(figuresTable.validTo)))
      .run();
    const inserted = tx
      .insert(figuresTable)
      .values({
        key: input.key,
        country: latest.country,
        topic: latest.topic,
        value: input.value,
        unit: latest.unit,
        currency: latest.currency,
        validFrom: input.validFrom,
        source: input.source,
        checkedOn: today,
        checkedBy: displayName(actor.userId),
        note: input.note || latest.note,
        editedAt,
        createdAt: editedAt,
      })
      .returning({ id: figuresTable.id })
      .get();
    recordAudit({
      ...actor,
      action: "figure.value_added",
      entity: "legal_figure",
      entityId: inserted.id,
      detail: { key: input.key, value: input.value, validFrom: input.validFrom, previous: { value: latest.value, validFrom: latest.validFrom, validTo: ended } },
    });
    return { ok: true, id: inserted.id };
  });
  if (result.ok) figuresChanged(today);
  return result;
}

/** The editor confirmed at the source that the value is still right: checked today, by them. */
export function confirmFigureChecked(id: number, actor: Actor, now = new Date()): boolean {
  const today = todayInOslo(now);
  const row = db.select({ key: figuresTable.key, checkedOn: figuresTable.checkedOn }).from(figuresTable).where(eq(figuresTable.id, id)).get();
  if (!row) return false;
  db.update(figuresTable).set({ checkedOn: today, checkedBy: displayName(actor.userId), editedAt: now.toISOString() }).where(eq(figuresTable.id, id)).run();
  recordAudit({ ...actor, action: "figure.checked", entity: "legal_figure", entityId: id, detail: { key: row.key, previousCheckedOn: row.checkedOn, checkedOn: today } });
  figuresChanged(today);
  return true;
}

export interface PublicFigureGroup {
  country: LegalFigure["country"];
  topic: string;
  /** The rights page of the topic in the reader's language, when there is one. */
  topicPage: { href: string; title: string } | null;
  /** One entry per key: its values, newest first (the first is the one in force, or the latest known). */
  keys: { key: string; values: FigureRecord[] }[];
}

const COUNTRY_DIRECTION: Record<LegalFigure["country"], RightsDirection> = { NO: "to-norway", LT: "to-lithuania", EU: "to-norway" };

/** The register grouped by country and topic for /figures, with the history of every key. */
export function publicFigureGroups(locale: Locale): PublicFigureGroup[] {
  const groups = new Map<string, PublicFigureGroup>();
  const titles = new Map<RightsDirection, Map<string, string>>();
  const topicTitle = (direction: RightsDirection, slug: string) => {
    if (!titles.has(direction)) titles.set(direction, new Map(listDirectionTopics(direction, locale).map((t) => [t.slug, t.title])));
    return titles.get(direction)!.get(slug);
  };
  for (const record of listFigureRecords()) {
    const id = `${record.country}/${record.topic}`;
    let group = groups.get(id);
    if (!group) {
      const direction = COUNTRY_DIRECTION[record.country];
      const title = topicTitle(direction, record.topic);
      group = { country: record.country, topic: record.topic, topicPage: title ? { href: `/${locale}/rights/${direction}/${record.topic}`, title } : null, keys: [] };
      groups.set(id, group);
    }
    const entry = group.keys.find((k) => k.key === record.key);
    if (entry) entry.values.unshift(record);
    else group.keys.push({ key: record.key, values: [record] });
  }
  return [...groups.values()];
}

/** The register as open data (/figures.json): every value with its validity, source and check. */
export function figuresAsOpenData(): LegalFigure[] {
  return listFigureRecords().map(({ id: _id, editedAt: _editedAt, ...figure }) => figure);
}

/** /figures.json: the open data as JSON text and its ETag. */
export function figuresOpenDataDocument(): { body: string; etag: string } {
  const body = JSON.stringify(figuresAsOpenData());
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}

/** One value of the register and every value of its key (newest first), for the editor's page. */
export function figureWithHistory(id: number): { figure: FigureRecord; history: FigureRecord[] } | null {
  const records = listFigureRecords();
  const figure = records.find((r) => r.id === id);
  if (!figure) return null;
  return { figure, history: records.filter((r) => r.key === figure.key).reverse() };
}
