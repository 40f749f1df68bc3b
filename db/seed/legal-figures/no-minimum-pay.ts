// Norway: minimum hourly rates under generally applicable (extended) collective agreements. Only rates that were
// confirmed at a source are recorded; a sector whose current rate could not be confirmed has no record, and its
// pages link to the regulation instead (see docs/legal-figures.md).
import type { LegalFigure } from "~/domain/legal-figures";

const CONSTRUCTION_REGULATION_SECTION_4 =
  "https://www.arbeidstilsynet.no/regelverk/forskrifter/forskrift-om-delvis-allmenngjoring-av-tariffavtale-for-byggeplasser-i-norge2/ii/4/";
const MINIMUM_PAY_OVERVIEW = "https://www.arbeidstilsynet.no/arbeidsforhold/lonn/minstelonn/";

const checked = { checkedOn: "2026-12-02", checkedBy: "portal content team" } as const;

function constructionRate(
  group: "skilled" | "unskilled" | "unskilled-experienced",
  value: number,
  validFrom: string,
  validTo: string | undefined,
  source: string,
): LegalFigure {
  const who = {
    skilled: "skilled workers (fagarbeidere: trade or journeyman's certificate, or a foreign one approved as equal)",
    unskilled: "unskilled workers without experience in the industry",
    "unskilled-experienced": "unskilled workers with at least one year's experience in the industry",
  }[group];
  return {
    key: `no.min-pay.construction.${group}`,
    country: "NO",
    topic: "construction",
    value,
    unit: "money-per-hour",
    currency: "NOK",
    validFrom,
    ...(validTo ? { validTo } : {}),
    source,
    ...checked,
    note: `Minimum hourly pay on building sites for ${who}, under the regulation on extended application of the collective agreement for building sites in Norway (§ 4).`,
  };
}

export const NORWAY_MINIMUM_PAY_FIGURES: LegalFigure[] = [
  constructionRate("skilled", 26432, "2025-06-15", undefined, MINIMUM_PAY_OVERVIEW),
  constructionRate("unskilled", 23961, "2025-06-15", undefined, MINIMUM_PAY_OVERVIEW),
  constructionRate("unskilled-experienced", 24900, "2025-06-15", undefined, MINIMUM_PAY_OVERVIEW),
  constructionRate("skilled", 25030, "2024-11-01", "2025-06-14", MINIMUM_PAY_OVERVIEW),
  constructionRate("unskilled", 22690, "2024-11-01", "2025-06-14", MINIMUM_PAY_OVERVIEW),
  constructionRate("skilled", 23830, "2023-06-15", "2024-10-31", CONSTRUCTION_REGULATION_SECTION_4),
  constructionRate("unskilled", 21490, "2023-06-15", "2024-10-31", CONSTRUCTION_REGULATION_SECTION_4),
  constructionRate("unskilled-experienced", 22380, "2023-06-15", "2024-10-31", CONSTRUCTION_REGULATION_SECTION_4),
];
