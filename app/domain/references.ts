// Human case references: `EX-NO-LT-2026-0042` (exchange), `JI-NO-LT-2026-0007` (joint inspection):
// kind, the agreement's slug in capitals, the year, and a number per agreement, kind and year.
export const CASE_PREFIXES = { exchange: "EX", inspection: "JI" } as const;

const slugPart = "[A-Z0-9]+(?:-[A-Z0-9]+)*";
export const EXCHANGE_REFERENCE = new RegExp(`^EX-${slugPart}-\\d{4}-\\d{4,6}$`);
export const INSPECTION_REFERENCE = new RegExp(`^JI-${slugPart}-\\d{4}-\\d{4,6}$`);
export const CASE_REFERENCE = new RegExp(`^(?:EX|JI)-${slugPart}-\\d{4}-\\d{4,6}$`);

export function caseReference(prefix: "EX" | "JI", agreementSlug: string, year: number, number: number): string {
  return `${prefix}-${agreementSlug.toUpperCase()}-${year}-${String(number).padStart(4, "0")}`;
}
