// The demo seed on a fresh SQLite file: exact counts, the published 2017–18 outcome of the NO–LT agreement,
// idempotence (a second run changes nothing), valid enterprise numbers and working demo passwords.
// Self-contained: it migrates its own temporary database and does not rely on the integration global setup.
import { and, between, eq, inArray } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/.server/password";
import { addWorkingDays } from "../../app/domain/working-days";
import { openDatabase, type Connection } from "../../db/connection";
import { applyMigrations } from "../../db/migrate";
import {
  activities,
  agreements,
  authorities,
  enterprises,
  exchanges,
  inspectionReports,
  inspections,
  periodFundingSources,
  periodTargets,
  projectPeriods,
  referenceCounters,
  userRoles,
  users,
  violations,
} from "../../db/schema";
import { isDatabaseEmpty, seedDemoData } from "../../db/seed/demo";

const EXPECTED_ROW_COUNTS: Record<string, number> = {
  authorities: 17,
  agreements: 7,
  project_periods: 3,
  period_funding_sources: 3,
  period_targets: 4,
  activities: 17,
  activity_participants: 37,
  enterprises: 11,
  exchanges: 17,
  inspections: 6,
  inspection_enterprises: 11,
  inspection_agencies: 20,
  inspection_risk_indicators: 14,
  inspection_date_proposals: 6,
  inspection_plans: 5,
  inspection_reports: 5,
  inspection_findings: 10,
  inspection_worker_counts: 12,
  case_events: 88,
  violations: 10,
  users: 6,
  user_roles: 6,
  reference_counters: 10,
  // The demo successor of LT 304120014, its shared manager and contact details (demo-enterprise-links.ts).
  enterprise_people: 2,
  enterprise_contacts: 5,
  enterprise_successions: 1,
  enterprise_follows: 0,
  // One name per demo case naming an enterprise: 16 exchanges with one, 11 inspection enterprises, 10 violations.
  enterprise_names: 37,
  // One anonymous tip about LT 304120014, linked to it (demo-tips.ts); rights content is seeded elsewhere.
  tips: 1,
  audit_log: 0,
};

const PROGRAMME_START = "2017-05-30";
const PROGRAMME_END = "2018-12-31";
const PILOT_START = "2016-09-01";
const PILOT_END = "2017-05-29";

// --- Checksums, written out here from docs/domain-facts.md §3 so the test does not trust the seed's own helper. ---

function isValidNorwegianOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[8]);
}

function isValidLithuanianCompanyCode(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weightedRemainder = (weights: number[]) =>
    weights.reduce((total, weight, index) => total + weight * Number(value[index]), 0) % 11;
  let check = weightedRemainder([1, 2, 3, 4, 5, 6, 7, 8]);
  if (check === 10) check = weightedRemainder([3, 4, 5, 6, 7, 8, 9, 1]);
  if (check === 10) check = 0;
  return check === Number(value[8]);
}

// --- Fixture ---

let connection: Connection;
let databasePath: string;
let emptyBeforeSeeding: boolean;
let countsAfterFirstRun: Record<string, number>;
let countsAfterSecondRun: Record<string, number>;

function rowCountsOfAllTables(): Record<string, number> {
  const tables = connection.sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' " +
        "and name not like 'rights_search%' and name <> '__drizzle_migrations' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const row = connection.sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number };
      return [name, row.n];
    }),
  );
}

beforeAll(async () => {
  databasePath = join(tmpdir(), `portal-seed-test-${randomBytes(8).toString("hex")}.db`);
  connection = openDatabase(databasePath);
  applyMigrations(connection.db);
  emptyBeforeSeeding = isDatabaseEmpty(connection.db);
  await seedDemoData(connection.db);
  countsAfterFirstRun = rowCountsOfAllTables();
  await seedDemoData(connection.db);
  countsAfterSecondRun = rowCountsOfAllTables();
}, 30_000);

afterAll(() => {
  connection?.sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databasePath}${suffix}`, { force: true });
});

function idOf(table: typeof authorities | typeof agreements, slug: string): number {
  const row = connection.db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  if (!row) throw new Error(`No row with slug ${slug}`);
  return row.id;
}

// --- Tests ---

describe("demo seed", () => {
  it("reports an empty database before seeding and a non-empty one after", () => {
    expect(emptyBeforeSeeding).toBe(true);
    expect(isDatabaseEmpty(connection.db)).toBe(false);
  });

  it("seeds exactly the expected number of rows", () => {
    for (const [table, expected] of Object.entries(EXPECTED_ROW_COUNTS)) {
      expect({ table, count: countsAfterFirstRun[table] }).toEqual({ table, count: expected });
    }
  });

  it("is idempotent: a second run changes no row count", () => {
    expect(countsAfterSecondRun).toEqual(countsAfterFirstRun);
  });

  it("has the authorities and agreements with their parties", () => {
    const { db } = connection;
    const slugs = db.select({ slug: authorities.slug }).from(authorities).all().map((row) => row.slug);
    expect(slugs).toEqual(expect.arrayContaining(["nlia", "vdi", "gli-bg", "ti-ee", "vdi-lv", "pip", "im-ro"]));

    const noLt = db.select().from(agreements).where(eq(agreements.slug, "no-lt")).get();
    expect(noLt).toMatchObject({
      partyAId: idOf(authorities, "nlia"),
      partyBId: idOf(authorities, "vdi"),
      signedOn: "2017-05-30",
      supersedesId: idOf(agreements, "no-lt-2007"),
      status: "active",
      inspectionResponseDays: 10,
    });
    expect(noLt?.scopeLt).not.toBe("");
    const old = db.select().from(agreements).where(eq(agreements.slug, "no-lt-2007")).get();
    expect(old?.status).toBe("superseded");
    for (const slug of ["no-bg", "no-ee", "no-lv", "no-pl", "no-ro"]) {
      const agreement = db.select().from(agreements).where(eq(agreements.slug, slug)).get();
      expect(agreement).toMatchObject({ partyAId: idOf(authorities, "nlia"), status: "active" });
    }
  });

  it("has the 2017–18 budget split between EEA/Norway Grants and NLIA, and no invented targets", () => {
    const { db } = connection;
    const noLtId = idOf(agreements, "no-lt");
    const period = db
      .select()
      .from(projectPeriods)
      .where(and(eq(projectPeriods.agreementId, noLtId), eq(projectPeriods.slug, "2017-18")))
      .get();
    expect(period).toMatchObject({ startsOn: PROGRAMME_START, endsOn: PROGRAMME_END, budgetCents: 2_000_000 });
    const funding = db
      .select()
      .from(periodFundingSources)
      .where(eq(periodFundingSources.periodId, period!.id))
      .all();
    expect(funding.map(({ source, shareBasisPoints, amountCents }) => ({ source, shareBasisPoints, amountCents })))
      .toEqual(
        expect.arrayContaining([
          { source: "eea_norway_grants", shareBasisPoints: 5000, amountCents: 1_000_000 },
          { source: "nlia_budget", shareBasisPoints: 5000, amountCents: 1_000_000 },
        ]),
      );
    const targets = Object.fromEntries(
      db
        .select()
        .from(periodTargets)
        .where(eq(periodTargets.periodId, period!.id))
        .all()
        .map((target) => [target.metric, target.targetValue]),
    );
    // The fiche gives the period's results, not its targets.
    expect(targets).toEqual({});

    const decentWork = db
      .select()
      .from(projectPeriods)
      .where(and(eq(projectPeriods.agreementId, noLtId), eq(projectPeriods.slug, "2019-22")))
      .get();
    expect(decentWork?.nameEn).toBe("Cooperation for Decent Work");
  });

  it("marks invented details as illustrative where they are read: activities and violations", () => {
    const { db } = connection;
    expect(db.select().from(activities).all().every((a) => a.summary.includes("Illustrative demo record"))).toBe(true);
    expect(db.select().from(violations).all().every((v) => v.description.includes("Illustrative demo record"))).toBe(true);
    const pilot = db.select().from(projectPeriods).where(eq(projectPeriods.slug, "2016-17")).get();
    expect([pilot?.objectivesEn, pilot?.objectivesNb, pilot?.objectivesLt].every((text) => /Illustrative|Illustrerende|Iliustraciniai/.test(text ?? ""))).toBe(true);
  });

  it("reproduces the published 2017–18 outcome: 4 inspections, 10 exchanges, 4 joint meetings, 10 violations", () => {
    const { db } = connection;
    const noLtId = idOf(agreements, "no-lt");

    const programmeInspections = db
      .select()
      .from(inspections)
      .where(and(eq(inspections.agreementId, noLtId), between(inspections.requestedOn, PROGRAMME_START, PROGRAMME_END)))
      .all();
    expect(programmeInspections).toHaveLength(4);
    for (const inspection of programmeInspections) {
      expect(inspection.status).toBe("closed");
      for (const date of [inspection.scheduledOn, inspection.conductedOn, inspection.reportedOn]) {
        expect(date! >= PROGRAMME_START && date! <= PROGRAMME_END).toBe(true);
      }
      const reports = db
        .select()
        .from(inspectionReports)
        .where(eq(inspectionReports.inspectionId, inspection.id))
        .all();
      expect(reports).toHaveLength(1);
      expect(reports[0]?.lockedAt).not.toBeNull();
    }

    const programmeExchanges = db
      .select()
      .from(exchanges)
      .where(and(eq(exchanges.agreementId, noLtId), between(exchanges.sentOn, PROGRAMME_START, PROGRAMME_END)))
      .all();
    expect(programmeExchanges).toHaveLength(10);
    expect(programmeExchanges.every((exchange) => exchange.status === "closed")).toBe(true);
    expect(new Set(programmeExchanges.map((exchange) => exchange.type))).toEqual(
      new Set(["information_request", "inspection_request"]),
    );
    const late = programmeExchanges.filter((exchange) => exchange.answeredAt!.slice(0, 10) > exchange.dueOn!);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(5);

    const programmeActivities = db
      .select()
      .from(activities)
      .where(and(eq(activities.agreementId, noLtId), between(activities.startsOn, PROGRAMME_START, PROGRAMME_END)))
      .all();
    expect(programmeActivities.filter((activity) => activity.kind === "joint_meeting")).toHaveLength(4);
    // The other activities of the programme are not joint meetings: 1 directors' meeting, 1 campaign, 2 days.
    expect(programmeActivities.map((activity) => activity.kind).sort()).toEqual([
      "directors_general_meeting",
      "information_campaign",
      "information_day",
      "information_day",
      "joint_meeting",
      "joint_meeting",
      "joint_meeting",
      "joint_meeting",
    ]);

    const programmeViolations = db
      .select()
      .from(violations)
      .where(and(eq(violations.agreementId, noLtId), between(violations.foundOn, PROGRAMME_START, PROGRAMME_END)))
      .all();
    expect(programmeViolations).toHaveLength(10);
    const bySource = (source: string) => programmeViolations.filter((violation) => violation.source === source);
    expect(bySource("joint_inspection")).toHaveLength(5);
    expect(bySource("information_exchange")).toHaveLength(4);
    expect(bySource("joint_meeting")).toHaveLength(1);

    // Every violation is linked to a case or meeting of the same period.
    const inspectionIds = new Set(programmeInspections.map((inspection) => inspection.id));
    const exchangeIds = new Set(programmeExchanges.map((exchange) => exchange.id));
    const jointMeetingIds = new Set(
      programmeActivities.filter((activity) => activity.kind === "joint_meeting").map((activity) => activity.id),
    );
    for (const violation of bySource("joint_inspection")) expect(inspectionIds.has(violation.inspectionId!)).toBe(true);
    for (const violation of bySource("information_exchange")) expect(exchangeIds.has(violation.exchangeId!)).toBe(true);
    for (const violation of bySource("joint_meeting")) expect(jointMeetingIds.has(violation.activityId!)).toBe(true);
    for (const violation of programmeViolations.filter((v) => v.sanction === "fine")) {
      expect(violation.fineAmountCents).toBeGreaterThan(0);
      expect(["EUR", "NOK"]).toContain(violation.fineCurrency);
    }
  });

  it("keeps the pilot 2016–17 inside its dates, without violations", () => {
    const { db } = connection;
    const noLtId = idOf(agreements, "no-lt");
    const pilotInspections = db
      .select()
      .from(inspections)
      .where(and(eq(inspections.agreementId, noLtId), between(inspections.requestedOn, PILOT_START, PILOT_END)))
      .all();
    expect(pilotInspections).toHaveLength(1);
    expect(pilotInspections[0]!.closedAt!.slice(0, 10) <= PILOT_END).toBe(true);
    const pilotExchanges = db
      .select()
      .from(exchanges)
      .where(and(eq(exchanges.agreementId, noLtId), between(exchanges.sentOn, PILOT_START, PILOT_END)))
      .all();
    expect(pilotExchanges).toHaveLength(2);
    expect(pilotExchanges.every((exchange) => exchange.closedAt!.slice(0, 10) <= PILOT_END)).toBe(true);
    const pilotViolations = db
      .select()
      .from(violations)
      .where(and(eq(violations.agreementId, noLtId), between(violations.foundOn, PILOT_START, PILOT_END)))
      .all();
    expect(pilotViolations).toHaveLength(0);
  });

  it("has open 2026 cases for both inboxes, and one case of the NO–PL agreement", () => {
    const { db } = connection;
    const nliaId = idOf(authorities, "nlia");
    const vdiId = idOf(authorities, "vdi");
    const open = db
      .select()
      .from(exchanges)
      .where(inArray(exchanges.ref, ["EX-NO-LT-2026-0001", "EX-NO-LT-2026-0002", "EX-NO-LT-2026-0003"]))
      .all();
    expect(open.map(({ status, requestingAuthorityId, requestedAuthorityId }) => ({
      status,
      requestingAuthorityId,
      requestedAuthorityId,
    }))).toEqual(
      expect.arrayContaining([
        { status: "sent", requestingAuthorityId: nliaId, requestedAuthorityId: vdiId },
        { status: "accepted", requestingAuthorityId: nliaId, requestedAuthorityId: vdiId },
        { status: "sent", requestingAuthorityId: vdiId, requestedAuthorityId: nliaId },
      ]),
    );
    expect(open.every((exchange) => exchange.dueOn !== null)).toBe(true);
    // Due dates are the real rule's (25 working days in the requested country), not sending + 35 calendar days.
    const accepted = db.select().from(exchanges).where(eq(exchanges.ref, "EX-NO-LT-2026-0001")).get();
    expect(accepted).toMatchObject({ sentOn: "2026-10-26", dueOn: "2026-12-01" });
    const toNorway = db.select().from(exchanges).where(eq(exchanges.requestingAuthorityId, vdiId)).all();
    for (const exchange of toNorway.filter((e) => e.sentOn && e.type !== "alert")) {
      expect(exchange.dueOn, exchange.ref).toBe(addWorkingDays("NO", exchange.sentOn!, 25));
    }

    const requested = db.select().from(inspections).where(eq(inspections.ref, "JI-NO-LT-2026-0001")).get();
    expect(requested).toMatchObject({ status: "requested", agreementId: idOf(agreements, "no-lt") });
    expect(requested?.responseDueOn).not.toBeNull();

    const polish = db.select().from(exchanges).where(eq(exchanges.ref, "EX-NO-PL-2026-0001")).get();
    expect(polish).toMatchObject({
      agreementId: idOf(agreements, "no-pl"),
      requestingAuthorityId: nliaId,
      requestedAuthorityId: idOf(authorities, "pip"),
    });
  });

  it("keeps the reference counters level with the highest seeded ref", () => {
    const { db } = connection;
    const agreementSlugs = new Map(db.select().from(agreements).all().map((a) => [a.id, a.slug]));
    const expected = new Map<string, number>();
    const refs = [
      ...db.select({ ref: exchanges.ref }).from(exchanges).all(),
      ...db.select({ ref: inspections.ref }).from(inspections).all(),
    ].map((row) => row.ref);
    for (const ref of refs) {
      const match = /^(EX|JI)-([A-Z]{2})-([A-Z]{2})-(\d{4})-(\d{4})$/.exec(ref);
      expect(match, ref).not.toBeNull();
      const [, prefix, a, b, year, number] = match!;
      const key = `no-${b!.toLowerCase()}/${prefix}/${year}`;
      expect(a).toBe("NO");
      expected.set(key, Math.max(expected.get(key) ?? 0, Number(number)));
    }
    const counters = new Map(
      db
        .select()
        .from(referenceCounters)
        .all()
        .map((c) => [`${agreementSlugs.get(c.agreementId)}/${c.prefix}/${c.year}`, c.lastNumber]),
    );
    expect(counters).toEqual(expected);
  });

  it("gives every enterprise a registration number that passes its checksum", () => {
    const rows = connection.db.select().from(enterprises).all();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const enterprise of rows) {
      const valid =
        enterprise.country === "NO"
          ? isValidNorwegianOrganisationNumber(enterprise.registrationNumber)
          : enterprise.country === "LT"
            ? isValidLithuanianCompanyCode(enterprise.registrationNumber)
            : false;
      expect({ enterprise: enterprise.name, valid }).toEqual({ enterprise: enterprise.name, valid: true });
    }
  });

  it("creates the demo users with their roles and the demo password", async () => {
    const { db } = connection;
    const expectedRoles: Record<string, { role: string; authority: string | null; agreement: string | null }> = {
      "kontakt@arbeidstilsynet.demo": { role: "contact_point", authority: "nlia", agreement: null },
      "kontaktas@vdi.demo": { role: "contact_point", authority: "vdi", agreement: null },
      "koordinator@arbeidstilsynet.demo": { role: "coordinator", authority: "nlia", agreement: "no-lt" },
      "redaktor@arbeidstilsynet.demo": { role: "editor", authority: "nlia", agreement: null },
      "admin@portal.demo": { role: "admin", authority: null, agreement: null },
      "kontakt@pip.demo": { role: "contact_point", authority: "pip", agreement: null },
    };
    for (const [email, expected] of Object.entries(expectedRoles)) {
      const user = db.select().from(users).where(eq(users.email, email)).get();
      expect(user, email).toBeDefined();
      expect(user!.authorityId).toBe(expected.authority ? idOf(authorities, expected.authority) : null);
      expect(await verifyPassword("demo-password", user!.passwordHash!)).toBe(true);
      expect(await verifyPassword("wrong-password", user!.passwordHash!)).toBe(false);
      const roles = db.select().from(userRoles).where(eq(userRoles.userId, user!.id)).all();
      expect(roles.map(({ role, agreementId }) => ({ role, agreementId }))).toEqual([
        { role: expected.role, agreementId: expected.agreement ? idOf(agreements, expected.agreement) : null },
      ]);
    }
  }, 30_000);
});
