// Seed data of the register of legal figures (app/domain/legal-figures.ts), one file per subject so that
// figures can be reviewed next to their sources. Every record's `source` is the official page that states it.
import type { LegalFigure } from "~/domain/legal-figures";
import { NEW_TOPIC_FIGURES } from "./new-topics";

export const LEGAL_FIGURES: LegalFigure[] = [
  {
    key: "no.min-pay.construction.skilled",
    country: "NO",
    topic: "construction",
    value: 26432,
    unit: "money-per-hour",
    currency: "NOK",
    validFrom: "2025-06-15",
    source: "https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190",
    checkedOn: "2026-12-02",
    checkedBy: "portal team",
    note: "Minimum hourly rate for skilled construction workers (fagarbeidere) under the extended collective agreement for the building industry.",
  },
  ...NEW_TOPIC_FIGURES,
];
