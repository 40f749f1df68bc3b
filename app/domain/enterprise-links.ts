// What links one enterprise to another: the people behind it and its contact details as they come in through
// cases, normalised so that the same person, address, phone or e-mail domain typed twice matches (an index on the
// normalised value finds the other enterprises sharing it, without scanning).

export const ENTERPRISE_PERSON_ROLES = ["manager", "board_member", "owner", "contact_person"] as const;
export type EnterprisePersonRole = (typeof ENTERPRISE_PERSON_ROLES)[number];

export const ENTERPRISE_CONTACT_KINDS = ["address", "phone", "email_domain"] as const;
export type EnterpriseContactKind = (typeof ENTERPRISE_CONTACT_KINDS)[number];

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[.,;:"'„“”]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The key one person is matched on: the folded name plus the personal code or, without one, the date of birth.
 * A name alone never links (two people may share a name), so without either identifier the key is null.
 */
export function personKey(person: { name: string; personalCode?: string | null; birthDate?: string | null }): string | null {
  const identifier = person.personalCode?.replace(/\s+/g, "") || person.birthDate || "";
  const name = fold(person.name);
  return identifier && name ? `${name}|${identifier}` : null;
}

/** The value a contact detail is matched on; null when nothing usable is left. */
export function contactMatchValue(kind: EnterpriseContactKind, value: string): string | null {
  if (kind === "phone") {
    // Digits with the usual separators and an optional leading + (or 00); a letter means it is not a number.
    if (!/^\+?[\d\s().\/-]+$/.test(value.trim())) return null;
    const digits = value.replace(/[^\d+]/g, "").replace(/^00/, "+");
    return digits.replace(/\D/g, "").length >= 6 ? digits : null;
  }
  if (kind === "email_domain") {
    const domain = (value.includes("@") ? value.slice(value.lastIndexOf("@") + 1) : value).normalize("NFKC").toLowerCase().trim();
    return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(domain) ? domain : null;
  }
  const address = fold(value);
  return address.length >= 5 ? address : null;
}
