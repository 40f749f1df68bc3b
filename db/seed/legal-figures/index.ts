// Seed data of the register of legal figures (app/domain/legal-figures.ts), one file per subject so that
// figures can be reviewed next to their sources. Every record's `source` is the official page that states it;
// how figures are sourced and checked: docs/legal-figures.md.
import type { LegalFigure } from "~/domain/legal-figures";
import { LITHUANIA_FIGURES } from "./lt";
import { NEW_TOPIC_FIGURES } from "./new-topics";
import { NORWAY_MINIMUM_PAY_FIGURES } from "./no-minimum-pay";
import { NORWAY_POSTING_FIGURES } from "./no-posting";

export const LEGAL_FIGURES: LegalFigure[] = [
  ...NORWAY_MINIMUM_PAY_FIGURES,
  ...NORWAY_POSTING_FIGURES,
  ...LITHUANIA_FIGURES,
  ...NEW_TOPIC_FIGURES,
];
