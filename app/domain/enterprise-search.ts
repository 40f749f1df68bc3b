// How a search for an enterprise is read (app/.server/enterprise-access `searchKnownEnterprises`): as the beginning of
// a registration number, or as part of a name looked up in the trigram indexes of migration 0017.

/** A name as a query of the trigram indexes (migration 0017), or null when no part is long enough to look up. */
export function nameSearchPhrase(query: string): string | null {
  // Quotes are left out (typed "Demo" finds „Demo“): the parts between them must each appear, in any order.
  const parts = query
    .split(/[„“”"«»'’‘]/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => [...part].length >= NAME_SEARCH_MIN_LENGTH);
  return parts.length ? parts.map((part) => `"${part}"`).join(" AND ") : null;
}

/**
 * The digits of a query that is a registration number or its beginning (three digits or more, with spaces, dots or
 * dashes, after a country code, before "MVA"), else null: "LT 304 120", "923609016MVA". A name with a number in it
 * ("Statyba 2020") is searched as a name.
 */
export function registrationNumberQuery(query: string): string | null {
  const match = /^(?:[A-Za-z]{2}[\s-]*)?([\d\s.-]+?)\s*(?:MVA)?$/i.exec(query.trim());
  const digits = match?.[1]?.replace(/\D/g, "") ?? "";
  return digits.length >= 3 ? digits : null;
}

/** Trigrams: a shorter part of a name cannot be looked up in the index. */
export const NAME_SEARCH_MIN_LENGTH = 3;
