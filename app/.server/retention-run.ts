// The retention run (`npm run retention`, and daily in the server): applies the rule of app/domain/retention to the
// database, in one write transaction.
// - Cases (exchanges, joint inspections) closed beyond the hiding period get `personal_data_hidden_at` (pages
//   withhold their personal data from the first day anyway; the stamp records when the run saw it): `retention.hide`.
// - Cases closed beyond the anonymisation period get `anonymised_at`, and the personal data that retention.ts lists
//   is overwritten, attachments' names with it and their stored bytes deleted (unless the same file is still on a
//   case that keeps it): one `retention.anonymise` per case. Text added to an anonymised case later is overwritten
//   by the next run.
// - Tips received beyond the reporter period lose the reporter's name and contact details: `retention.erase_reporter`.
// - One `retention.run` entry with the counts, every run. Nothing else changes: counts, dates, enterprises, worker
//   numbers, violations' categories, sanctions and fines stay, so the outcome figures are the same before and after.
// Running again the same day changes nothing (only the `retention.run` entry is added).
//
// No other table holds a case's text: notifications and e-mails carry only a code and the reference, audit entries
// never a case's text, and full-text search indexes only the public rights content. While the run works, SQLite's
// secure_delete is on (freed space is zeroed) and a checkpoint afterwards moves the new pages into the database file.
import { existsSync, rmSync } from "node:fs";
import { caseRetentionStage, queryBound, tipReporterExpired, type RetentionSettings } from "~/domain/retention";
import { recordAudit } from "./audit";
import { blobPath } from "./attachments";
import { dateInOslo, today } from "./clock";
import { sqlite } from "./db";
import { logger } from "./logger";
import { ANONYMISE_STATEMENTS, ANONYMISED, retentionSettings } from "./retention";

export interface RetentionSummary {
  /** The day the rule was applied for (Norwegian calendar; PORTAL_TODAY in tests). */
  today: string;
  settings: RetentionSettings;
  /** Cases newly hidden from everyone but administrators. */
  hidden: number;
  /** Cases newly anonymised. */
  anonymised: number;
  /** Cases anonymised before that had new text overwritten. */
  reanonymised: number;
  /** Tips whose reporter's details were erased. */
  tipReportersErased: number;
  /** Stored attachment files deleted. */
  attachmentFilesDeleted: number;
}

const CASE_TABLES = [
  { kind: "exchange", table: "exchanges" },
  { kind: "inspection", table: "inspections" },
] as const;
type CaseKind = (typeof CASE_TABLES)[number]["kind"];

interface Candidate {
  id: number;
  ref: string;
  closedAt: string;
  hiddenAt: string | null;
}

interface ChangedRow {
  exchangeId?: number | null;
  inspectionId?: number | null;
}

const caseKey = (kind: CaseKind, id: number) => `${kind}:${id}`;
const keyOf = (row: ChangedRow): string | null =>
  row.exchangeId != null ? caseKey("exchange", row.exchangeId) : row.inspectionId != null ? caseKey("inspection", row.inspectionId) : null;

/** Applies the retention rule once, now. Throws (and changes nothing) when the settings are invalid. */
export function runRetention(now = new Date()): RetentionSummary {
  const settings = retentionSettings();
  const todayIso = today(now);
  const stamp = now.toISOString();
  const secureDelete = sqlite.pragma("secure_delete", { simple: true }) as number;
  sqlite.pragma("secure_delete = ON");
  try {
    const summary = sqlite.transaction(() => applyRule(settings, todayIso, stamp)).immediate();
    try {
      sqlite.pragma("wal_checkpoint(PASSIVE)");
    } catch (error) {
      logger.warn("retention: checkpoint after the run failed", { error });
    }
    return summary;
  } finally {
    sqlite.pragma(`secure_delete = ${secureDelete ? "ON" : "OFF"}`);
  }
}

function applyRule(settings: RetentionSettings, todayIso: string, stamp: string): RetentionSummary {
  // 1. Stamp the cases the rule has reached.
  let hidden = 0;
  const newlyAnonymised = new Map<string, { kind: CaseKind; ref: string; closedOn: string }>();
  const bound = queryBound(todayIso, settings.hideAfterMonths);
  for (const { kind, table } of CASE_TABLES) {
    const candidates = sqlite
      .prepare(
        `select id, ref, closed_at as closedAt, personal_data_hidden_at as hiddenAt from ${table}
          where closed_at is not null and closed_at < ? and anonymised_at is null order by id`,
      )
      .all(bound) as Candidate[];
    const markHidden = sqlite.prepare(`update ${table} set personal_data_hidden_at = ? where id = ?`);
    const markAnonymised = sqlite.prepare(`update ${table} set anonymised_at = ?, personal_data_hidden_at = coalesce(personal_data_hidden_at, ?) where id = ?`);
    for (const candidate of candidates) {
      const closedOn = dateInOslo(candidate.closedAt);
      const stage = caseRetentionStage(closedOn, todayIso, settings);
      if (stage === "anonymised") {
        markAnonymised.run(stamp, stamp, candidate.id);
        newlyAnonymised.set(caseKey(kind, candidate.id), { kind, ref: candidate.ref, closedOn });
      } else if (stage === "hidden" && candidate.hiddenAt === null) {
        markHidden.run(stamp, candidate.id);
        hidden++;
        recordAudit({ action: "retention.hide", entity: kind, entityId: candidate.ref, detail: { closedOn, hideAfterMonths: settings.hideAfterMonths } });
      }
    }
  }

  // 2. Overwrite the personal data of every anonymised case (new ones, and text added to older ones since).
  const changedRows = new Map<string, number>();
  const count = (key: string | null, by = 1) => {
    if (key) changedRows.set(key, (changedRows.get(key) ?? 0) + by);
  };
  for (const statement of ANONYMISE_STATEMENTS) {
    for (const row of sqlite.prepare(statement.sql).all({ marker: ANONYMISED }) as ChangedRow[]) count(keyOf(row));
  }

  // 3. Attachments: the name goes, and the bytes once no remaining attachment has the same content.
  const files = sqlite
    .prepare(
      `select id, sha256, exchange_id as exchangeId, inspection_id as inspectionId from attachments
        where sha256 <> '' and (exchange_id in (select id from exchanges where anonymised_at is not null)
                                or inspection_id in (select id from inspections where anonymised_at is not null))`,
    )
    .all() as (ChangedRow & { id: number; sha256: string })[];
  const scrubFile = sqlite.prepare("update attachments set file_name = ?, sha256 = '' where id = ?");
  for (const file of files) {
    scrubFile.run(ANONYMISED, file.id);
    count(keyOf(file));
  }
  const stillUsed = sqlite.prepare("select 1 from attachments where sha256 = ? limit 1");
  let attachmentFilesDeleted = 0;
  for (const sha256 of new Set(files.map((f) => f.sha256))) {
    if (stillUsed.get(sha256)) continue;
    const path = blobPath(sha256);
    if (!existsSync(path)) continue;
    rmSync(path, { force: true });
    attachmentFilesDeleted++;
  }

  // 4. One audit entry per anonymised case.
  let reanonymised = 0;
  const refOf = {
    exchange: sqlite.prepare("select ref, closed_at as closedAt from exchanges where id = ?"),
    inspection: sqlite.prepare("select ref, closed_at as closedAt from inspections where id = ?"),
  };
  for (const key of new Set([...newlyAnonymised.keys(), ...changedRows.keys()])) {
    const known = newlyAnonymised.get(key);
    const [kind, id] = key.split(":") as [CaseKind, string];
    const found = known ?? (() => {
      const row = refOf[kind].get(Number(id)) as { ref: string; closedAt: string };
      return { kind, ref: row.ref, closedOn: dateInOslo(row.closedAt) };
    })();
    if (!known) reanonymised++;
    recordAudit({
      action: "retention.anonymise",
      entity: kind,
      entityId: found.ref,
      detail: { closedOn: found.closedOn, anonymiseAfterYears: settings.anonymiseAfterYears, rowsOverwritten: changedRows.get(key) ?? 0, ...(known ? {} : { again: true }) },
    });
  }

  // 5. Tips: the reporter's details.
  const tips = sqlite
    .prepare(
      `select id, ref, created_at as createdAt from tips
        where reporter_details_removed_at is null and (reporter_name is not null or reporter_contact is not null) and created_at < ?
        order by id`,
    )
    .all(queryBound(todayIso, settings.tipReporterMonths)) as { id: number; ref: string; createdAt: string }[];
  const eraseReporter = sqlite.prepare("update tips set reporter_name = null, reporter_contact = null, reporter_details_removed_at = ? where id = ?");
  let tipReportersErased = 0;
  for (const tip of tips) {
    const receivedOn = dateInOslo(tip.createdAt);
    if (!tipReporterExpired(receivedOn, todayIso, settings)) continue;
    eraseReporter.run(stamp, tip.id);
    tipReportersErased++;
    recordAudit({ action: "retention.erase_reporter", entity: "tip", entityId: tip.ref, detail: { receivedOn, tipReporterMonths: settings.tipReporterMonths } });
  }

  const summary: RetentionSummary = { today: todayIso, settings, hidden, anonymised: newlyAnonymised.size, reanonymised, tipReportersErased, attachmentFilesDeleted };
  recordAudit({ action: "retention.run", entity: "retention", detail: { ...summary } });
  return summary;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** `retention: 3 cases hidden, 2 anonymised, 1 tip reporter erased` (for the command line and the server log). */
export function formatRetentionSummary(summary: RetentionSummary): string {
  const parts = [
    `${plural(summary.hidden, "case", "cases")} hidden`,
    `${summary.anonymised} anonymised`,
    `${plural(summary.tipReportersErased, "tip reporter", "tip reporters")} erased`,
  ];
  if (summary.reanonymised) parts.push(`${plural(summary.reanonymised, "anonymised case", "anonymised cases")} cleaned again`);
  if (summary.attachmentFilesDeleted) parts.push(`${plural(summary.attachmentFilesDeleted, "attachment file", "attachment files")} deleted`);
  return `retention: ${parts.join(", ")}`;
}
