// Every signed-in route × every role: the status each gets (200, 302 to sign-in, 403, 404).
// A route file that checks permissions but is missing here fails the completeness test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_USERS, get, signInAs, type DemoUser } from "../support/http";

const baseUrl = inject("baseUrl");
type Who = DemoUser | "anonymous";
const WHO: Who[] = ["anonymous", ...(Object.keys(DEMO_USERS) as DemoUser[])];

/** Expected status per role; roles not named get `otherwise`. */
interface RouteCase {
  file: string;
  path: string;
  allow: Partial<Record<Who, number>>;
  otherwise: number;
}

const ROUTES: RouteCase[] = [
  { file: "$lang.cases._index.tsx", path: "/en/cases", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.tips._index.tsx", path: "/en/cases/tips?status=new", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  // No such tip (nor another authority's): 404 for contact points, whose tips are looked up; 403 for everyone else.
  { file: "$lang.cases.tips.$ref.tsx", path: "/en/cases/tips/T-2026-ZZZZZZZZ", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.new.tsx", path: "/en/cases/exchanges/new", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.$ref.tsx", path: "/en/cases/exchanges/EX-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.$ref.tsx", path: "/en/cases/exchanges/EX-NO-PL-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 404, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.$ref.tsx", path: "/en/cases/exchanges/not-a-ref", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  // Attachments: the upload route's GET sends members to the case page (303); the download 404s for unknown ids.
  { file: "$lang.cases.inspections.$ref.attachments.tsx", path: "/en/cases/inspections/JI-NO-LT-2026-0001/attachments", allow: { contactPointNorway: 303, contactPointLithuania: 303, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.$ref.attachments.tsx", path: "/en/cases/exchanges/EX-NO-LT-2026-0001/attachments", allow: { contactPointNorway: 303, contactPointLithuania: 303, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.exchanges.$ref.attachments.tsx", path: "/en/cases/exchanges/EX-NO-PL-2026-0001/attachments", allow: { contactPointNorway: 303, contactPointLithuania: 404, contactPointPoland: 303 }, otherwise: 403 },
  { file: "$lang.cases.attachments.$id.tsx", path: "/en/cases/attachments/99999999", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.attachments.$id.tsx", path: "/en/cases/attachments/not-a-number", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.violations._index.tsx", path: "/en/cases/violations?category=pay", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.cases.violations.new.tsx", path: "/en/cases/violations/new?exchange=EX-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.violations.new.tsx", path: "/en/cases/violations/new", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  // Joint inspections: the demo request JI-NO-LT-2026-0001 is between nlia and vdi; pip is outside the agreement.
  { file: "$lang.cases.violations.new.tsx", path: "/en/cases/violations/new?inspection=JI-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.inspections._index.tsx", path: "/en/cases/inspections?month=2027-01", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.inspections.new.tsx", path: "/en/cases/inspections/new", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.inspections.$ref.tsx", path: "/en/cases/inspections/JI-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.inspections.$ref.tsx", path: "/en/cases/inspections/JI-NO-LT-2099-0001", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.inspections.$ref.tsx", path: "/en/cases/inspections/not-a-ref", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.inspections.$ref_.print.tsx", path: "/en/cases/inspections/JI-NO-LT-2018-0002/print", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.outcomes._index.tsx", path: "/en/outcomes", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200, coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.$period.tsx", path: "/en/outcomes/no-lt/2017-18", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404, coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.$period.tsx", path: "/en/outcomes/no-pl/2017-18", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404, coordinator: 404, admin: 404 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.$period_.csv.tsx", path: "/en/outcomes/no-lt/2017-18.csv", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404, coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.$period_.print.tsx", path: "/en/outcomes/no-lt/2019-22/print", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404, coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.compare.tsx", path: "/en/outcomes/no-lt/compare?a=2017-18&b=2019-22", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404, coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.activities.new.tsx", path: "/en/outcomes/no-lt/activities/new", allow: { coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.outcomes.$agreement.activities.new.tsx", path: "/en/outcomes/no-pl/activities/new", allow: { coordinator: 404, admin: 200 }, otherwise: 403 },
  { file: "$lang.content._index.tsx", path: "/en/content", allow: { editor: 200 }, otherwise: 403 },
  { file: "$lang.content.$topicId.$contentLocale.tsx", path: "/en/content/1/lt", allow: { editor: 200 }, otherwise: 403 },
  { file: "$lang.content.$topicId.$contentLocale.tsx", path: "/en/content/99999/lt", allow: { editor: 404 }, otherwise: 403 },
  { file: "$lang.content.$topicId.$contentLocale.tsx", path: "/en/content/1/de", allow: { editor: 404 }, otherwise: 403 },
  { file: "$lang.content.figures.$figureId.tsx", path: "/en/content/figures/1", allow: { editor: 200 }, otherwise: 403 },
  { file: "$lang.content.figures.$figureId.tsx", path: "/en/content/figures/99999", allow: { editor: 404 }, otherwise: 403 },
  // Enterprises: contact points only; an enterprise of another agreement is 404 (LT 304120014 is in NO–LT cases only).
  { file: "$lang.enterprises._index.tsx", path: "/en/enterprises?q=Demo", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.cases.enterprise-details.new.tsx", path: "/en/cases/enterprise-details/new?exchange=EX-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.enterprise-details.new.tsx", path: "/en/cases/enterprise-details/new?inspection=JI-NO-LT-2026-0001", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.cases.enterprise-details.new.tsx", path: "/en/cases/enterprise-details/new", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.enterprises.signals.tsx", path: "/en/enterprises/signals", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 200 }, otherwise: 403 },
  { file: "$lang.enterprises.$key.tsx", path: "/en/enterprises/LT-304120014", allow: { contactPointNorway: 200, contactPointLithuania: 200, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.enterprises.$key.tsx", path: "/en/enterprises/not-a-key", allow: { contactPointNorway: 404, contactPointLithuania: 404, contactPointPoland: 404 }, otherwise: 403 },
  { file: "$lang.admin._index.tsx", path: "/en/admin", allow: { admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.users._index.tsx", path: "/en/admin/users?role=admin", allow: { admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.users.new.tsx", path: "/en/admin/users/new", allow: { admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.users.$userId.tsx", path: "/en/admin/users/1", allow: { admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.users.$userId.tsx", path: "/en/admin/users/99999999", allow: { admin: 404 }, otherwise: 403 },
  { file: "$lang.admin.users.$userId.tsx", path: "/en/admin/users/not-a-number", allow: { admin: 404 }, otherwise: 403 },
  { file: "$lang.admin.agreements._index.tsx", path: "/en/admin/agreements", allow: { coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.agreements.$slug.tsx", path: "/en/admin/agreements/no-lt", allow: { coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.agreements.$slug.tsx", path: "/en/admin/agreements/no-pl", allow: { coordinator: 404, admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.agreements.$slug_.periods.$period.tsx", path: "/en/admin/agreements/no-lt/periods/2017-18", allow: { coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.agreements.$slug_.periods.$period.tsx", path: "/en/admin/agreements/no-lt/periods/new", allow: { coordinator: 200, admin: 200 }, otherwise: 403 },
  { file: "$lang.admin.agreements.$slug_.periods.$period.tsx", path: "/en/admin/agreements/no-lt/periods/1999-00", allow: { coordinator: 404, admin: 404 }, otherwise: 403 },
  { file: "$lang.admin.audit.tsx", path: "/en/admin/audit?action=sign_in", allow: { admin: 200 }, otherwise: 403 },
  // Everyone who can sign in has their own notifications (an unreadable page number falls back to the first page).
  { file: "$lang.notifications.tsx", path: "/en/notifications", allow: {}, otherwise: 200 },
  { file: "$lang.notifications.tsx", path: "/en/notifications?page=x", allow: {}, otherwise: 200 },
];

const cookies = new Map<Who, string>();
beforeAll(async () => {
  for (const who of WHO) if (who !== "anonymous") cookies.set(who, await signInAs(baseUrl, DEMO_USERS[who]));
});

describe("route × role", () => {
  it("covers every route that checks a user", () => {
    const routesDir = join(import.meta.dirname, "../../app/routes");
    const guarded = readdirSync(routesDir).filter((file) => /requireUser/.test(readFileSync(join(routesDir, file), "utf8")));
    const covered = new Set(ROUTES.map((r) => r.file));
    expect(guarded.filter((file) => !covered.has(file))).toEqual([]);
  });

  const cases = ROUTES.flatMap((route) => WHO.map((who) => [route.path, who, who === "anonymous" ? 302 : (route.allow[who] ?? route.otherwise)] as const));
  it.each(cases)("GET %s as %s → %i", async (path, who, expected) => {
    const res = await get(baseUrl, path, cookies.get(who));
    expect(res.status).toBe(expected);
    if (expected === 302) expect(res.headers.get("location")).toBe(`/en/signin?redirectTo=${encodeURIComponent(path)}`);
  });

  it("refuses admin writes to everyone but admins", async () => {
    for (const who of WHO) {
      const res = await fetch(`${baseUrl}/en/admin/users/new`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...(cookies.get(who) ? { Cookie: cookies.get(who)! } : {}) },
        body: new URLSearchParams({ email: `x-${who}@example.no`, displayName: "X", roles: "editor" }),
        redirect: "manual",
      });
      expect(res.status, who).toBe(who === "admin" ? 200 : who === "anonymous" ? 302 : 403);
    }
  });
});
