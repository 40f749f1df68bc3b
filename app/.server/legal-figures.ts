// The register of legal figures as the server reads it. Until the register has its own table, the records come
// straight from the seed data in the repository (db/seed/legal-figures), which is where they are edited.
import type { LegalFigure } from "~/domain/legal-figures";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";

export function legalFigures(): readonly LegalFigure[] {
  return LEGAL_FIGURES;
}
