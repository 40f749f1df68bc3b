// The retention rule on the real pages of the demo: a request closed in 2025 (more than six months ago) shows the
// contact points of both sides a notice in their language instead of its personal data — on the case page, in the
// page's data and in the printable version — while open cases show everything.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_USERS, get, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const CLOSED_2025 = "EX-NO-LT-2025-0001";
const SUBJECT = "Workers of UAB „Demo statyba“ at a building site in Bergen";
const ANSWER_TEXT = "A1 certificates were issued for all workers named in the posting notification.";

let norway: string;
let lithuania: string;

beforeAll(async () => {
  norway = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
  lithuania = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
});

const page = async (path: string, cookie: string) => {
  const res = await get(baseUrl, path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};

describe("a case closed more than six months ago", () => {
  it("shows the Norwegian contact point a notice instead of the personal data", async () => {
    const html = await page(`/nb/cases/exchanges/${CLOSED_2025}`, norway);
    expect(html).toContain("Personopplysningene i denne saken er skjult etter reglene for lagringstid");
    expect(html).toContain("Skjult etter reglene for lagringstid");
    expect(html).not.toContain(SUBJECT);
    expect(html).not.toContain(ANSWER_TEXT);
    // What is not personal data is still there.
    expect(html).toContain("UAB „Demo statyba“");
  });

  it("shows the Lithuanian contact point the notice in Lithuanian", async () => {
    const html = await page(`/lt/cases/exchanges/${CLOSED_2025}`, lithuania);
    expect(html).toContain("Šios bylos asmens duomenys paslėpti pagal duomenų saugojimo terminų taisykles");
    expect(html).not.toContain(SUBJECT);
  });

  it("hides old cases' personal data in the printable version too", async () => {
    const html = await page("/en/cases/inspections/JI-NO-LT-2018-0002/print", norway);
    expect(html).toMatch(/Personal data in this case (is hidden|was anonymised) under the retention rules/);
  });

  it("leaves open cases as they are", async () => {
    const html = await page("/en/cases/exchanges/EX-NO-LT-2026-0001", norway);
    expect(html).not.toContain("retention rules");
    expect(html).toContain("Posting of workers by UAB „Demo statyba“ to a building site in Trondheim");
  });
});
