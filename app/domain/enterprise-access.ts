// Need-to-know for enterprises, the pure part. A contact point's authority knows an enterprise (its name, address,
// that it exists in the portal) only through cases it may open or records its own authority created; the SQL
// form of the same rule is in app/.server/enterprise-access.ts and must stay term for term equal to this one.
import { PARTNER_COUNTRIES } from "./vocabulary";

/** The two parties of a case and its status: enough to say who may open it. */
export interface CaseParties {
  /** The authority that created the case (requesting authority of an exchange or inspection). */
  requestingAuthorityId: number;
  /** The authority asked (requested authority of an exchange, partner of an inspection). */
  requestedAuthorityId: number;
  status: string;
}

/** The creator always opens its case; the other party only once it has been sent (a draft is not theirs yet). */
export function mayOpenCase(parties: CaseParties, authorityId: number): boolean {
  if (parties.requestingAuthorityId === authorityId) return true;
  return parties.requestedAuthorityId === authorityId && parties.status !== "draft";
}

/** What the authority has to do with one enterprise: the cases it may open and the records it created. */
export interface EnterpriseAcquaintance {
  openableCases: number;
  ownRecords: number;
}

export function mayKnowEnterprise(acquaintance: EnterpriseAcquaintance): boolean {
  return acquaintance.openableCases > 0 || acquaintance.ownRecords > 0;
}

/** `LT-304120014` → the enterprise's country and registration number as stored; null for anything else. */
export function parseEnterpriseKey(key: string): { country: string; registrationNumber: string } | null {
  const match = /^([A-Z]{2})-([A-Z0-9]{5,20})$/.exec(key);
  if (!match) return null;
  const [, country = "", registrationNumber = ""] = match;
  if (!(PARTNER_COUNTRIES as readonly string[]).includes(country)) return null;
  return { country, registrationNumber };
}

export function enterpriseKey(enterprise: { country: string; registrationNumber: string }): string {
  return `${enterprise.country}-${enterprise.registrationNumber}`;
}
