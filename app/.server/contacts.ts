// Public contact directory: the inspectorates of the agreement and their function contacts.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { authorities } from "../../db/schema";
import type { Locale } from "~/lib/i18n";
import { countryName } from "~/lib/format";
import { db } from "./db";

const inspectoratesQuery = db
  .select()
  .from(authorities)
  .where(and(eq(authorities.kind, sql.placeholder("kind")), inArray(authorities.country, ["NO", "LT"])))
  .orderBy(asc(authorities.country))
  .prepare();

export interface ContactCard {
  slug: string;
  name: string;
  country: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export function listInspectorateContacts(locale: Locale): ContactCard[] {
  const nameColumn = { nb: "nameNb", lt: "nameLt", en: "nameEn" } as const;
  return inspectoratesQuery.all({ kind: "labour_inspection" }).map((authority) => ({
    slug: authority.slug,
    name: authority[nameColumn[locale]],
    country: countryName(authority.country, locale),
    email: authority.email,
    phone: authority.phone,
    website: authority.website,
  }));
}
