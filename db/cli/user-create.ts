// npm run user:create -- --email you@example.no --role admin [--role coordinator --agreement no-lt]
//                        [--authority nlia] [--name "Full Name"] [--locale nb] [--base-url https://portal.example]
// Creates an account on DATABASE_PATH and prints a one-time link for choosing the password (valid 72 hours).
import { parseArgs } from "node:util";
import { eq, inArray } from "drizzle-orm";
import { ROLES, type Role } from "../../app/domain/vocabulary";
import { isLocale } from "../../app/lib/i18n";
import { databasePathFromEnv, openDatabase } from "../connection";
import { applyMigrations } from "../migrate";
import { agreements, authorities } from "../schema";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", multiple: true },
    authority: { type: "string" },
    agreement: { type: "string", multiple: true },
    locale: { type: "string", default: "en" },
    "base-url": { type: "string", default: "http://localhost:3000" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const roles = (values.role ?? []) as string[];
if (!values.email) fail("--email is required");
if (roles.length === 0) fail(`--role is required (one or more of: ${ROLES.join(", ")})`);
const unknownRole = roles.find((r) => !(ROLES as readonly string[]).includes(r));
if (unknownRole) fail(`unknown role "${unknownRole}" (use: ${ROLES.join(", ")})`);
const locale = values.locale ?? "en";
if (!isLocale(locale)) fail("--locale must be nb, lt or en");

// Migrate first with a connection of our own, then let the app's service do the rest.
const migration = openDatabase(databasePathFromEnv());
applyMigrations(migration.db);
const authorityId = values.authority
  ? (migration.db.select({ id: authorities.id }).from(authorities).where(eq(authorities.slug, values.authority)).get()?.id ??
    fail(`no authority with slug "${values.authority}"`))
  : null;
const agreementSlugs = values.agreement ?? [];
const agreementIds = agreementSlugs.length
  ? migration.db.select({ id: agreements.id }).from(agreements).where(inArray(agreements.slug, agreementSlugs)).all().map((a) => a.id)
  : [];
if (agreementIds.length !== agreementSlugs.length) fail(`unknown agreement among: ${agreementSlugs.join(", ")}`);
migration.sqlite.close();

const { createUser, setPasswordPath } = await import("../../app/.server/users");
const result = createUser(
  { email: values.email, displayName: values.name ?? values.email, authorityId, roles: roles as Role[], agreementIds },
  { userId: null, authorityId: null, ipAddress: "cli" },
  locale,
);
if (!result.ok) fail(`could not create the user: ${Object.values(result.errors).join(", ")}`);
console.log(`Created ${values.email} (${roles.join(", ")}).`);
console.log(`One-time link to choose the password (valid 72 hours):`);
console.log(`${values["base-url"].replace(/\/$/, "")}${setPasswordPath(locale, result.token)}`);
process.exit(0);
