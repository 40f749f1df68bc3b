// Reading the register of legal figures straight from SQLite, for the code under db/ (seed, search index) that
// runs with its own connection; the app reads it through app/.server/legal-figures.ts.
import type Database from "better-sqlite3";
import type { LegalFigure } from "../app/domain/legal-figures";

interface FigureRow extends Omit<LegalFigure, "validTo" | "currency"> {
  validTo: string | null;
  currency: LegalFigure["currency"] | null;
}

export function figureFromRow(row: FigureRow): LegalFigure {
  const { validTo, currency, ...rest } = row;
  return { ...rest, ...(currency ? { currency } : {}), ...(validTo ? { validTo } : {}) };
}

export function readLegalFigures(sqlite: Database.Database): LegalFigure[] {
  const rows = sqlite
    .prepare(
      `select key, country, topic, value, unit, currency, valid_from as validFrom, valid_to as validTo, source,
              checked_on as checkedOn, checked_by as checkedBy, note
         from legal_figures order by country, topic, key, valid_from`,
    )
    .all() as FigureRow[];
  return rows.map(figureFromRow);
}
