// Seeds the register of legal figures from db/seed/legal-figures (the repository's copy). Idempotent: a record is
// matched by key + validFrom; a new one is inserted, a known one is updated only when the repository's copy changed
// since it was last seeded AND no editor has changed the row since (an editor's check or end date wins).
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { endDatesForSupersededValues, type LegalFigure } from "../../app/domain/legal-figures";
import type { Connection } from "../connection";
import { auditLog, legalFigures } from "../schema";
import { LEGAL_FIGURES } from "./legal-figures";

/** A stable hash of a seed record (field order does not matter). */
export function figureSeedHash(figure: LegalFigure): string {
  const sorted = Object.fromEntries(Object.entries(figure).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex");
}

export interface FigureSeedResult {
  inserted: string[];
  updated: string[];
  /** Records the repository changed but an editor had changed too: kept as the editor left them. */
  keptEditorChanges: string[];
  ended: string[];
}

export function seedLegalFigures({ db }: Connection, figures: readonly LegalFigure[] = LEGAL_FIGURES, now = new Date()): FigureSeedResult {
  const result: FigureSeedResult = { inserted: [], updated: [], keptEditorChanges: [], ended: [] };
  db.transaction((tx) => {
    for (const figure of figures) {
      const seedHash = figureSeedHash(figure);
      const label = `${figure.key}@${figure.validFrom}`;
      const values = {
        key: figure.key,
        country: figure.country,
        topic: figure.topic,
        value: figure.value,
        unit: figure.unit,
        currency: figure.currency ?? null,
        validFrom: figure.validFrom,
        validTo: figure.validTo ?? null,
        source: figure.source,
        checkedOn: figure.checkedOn,
        checkedBy: figure.checkedBy,
        note: figure.note,
        seedHash,
      };
      const existing = tx
        .select({ id: legalFigures.id, seedHash: legalFigures.seedHash, editedAt: legalFigures.editedAt })
        .from(legalFigures)
        .where(and(eq(legalFigures.key, figure.key), eq(legalFigures.validFrom, figure.validFrom)))
        .get();
      if (!existing) {
        tx.insert(legalFigures).values({ ...values, createdAt: now.toISOString() }).run();
        result.inserted.push(label);
      } else if (existing.seedHash !== seedHash) {
        if (existing.editedAt) {
          result.keptEditorChanges.push(label);
          continue;
        }
        tx.update(legalFigures).set(values).where(eq(legalFigures.id, existing.id)).run();
        result.updated.push(label);
      }
    }
    const all = tx.select({ key: legalFigures.key, validFrom: legalFigures.validFrom, validTo: legalFigures.validTo }).from(legalFigures).all();
    for (const end of endDatesForSupersededValues(all.map((f) => ({ ...f, validTo: f.validTo ?? undefined })))) {
      tx.update(legalFigures)
        .set({ validTo: end.validTo })
        .where(and(eq(legalFigures.key, end.key), eq(legalFigures.validFrom, end.validFrom)))
        .run();
      result.ended.push(`${end.key}@${end.validFrom}`);
    }
    if (result.inserted.length || result.updated.length || result.keptEditorChanges.length || result.ended.length) {
      tx.insert(auditLog)
        .values({ at: now.toISOString(), action: "figures.seeded", entity: "legal_figure", detail: JSON.stringify(result) })
        .run();
    }
  });
  return result;
}
