// Fresh cases for browser tests against the shared demo server, made through the real forms (HTTP posts), so a
// test that changes a case never depends on what another test did to the demo cases.
import { expect } from "vitest";
import { norwegianOrganisationNumberFrom } from "../../db/seed/demo-identifiers";
import { DEMO_USERS, get, postForm, signInAs } from "./http";

/** An information request sent by the Norwegian contact point to Lithuania's inspectorate; returns its reference. */
export async function sendExchangeRequest(baseUrl: string, subject: string): Promise<string> {
  const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
  const form = await (await get(baseUrl, "/en/cases/exchanges/new", cookie)).text();
  const agreementId = /<option value="(\d+)"[^>]*>[^<]*(?:Valstybinė darbo inspekcija|Lithuania)/.exec(form)?.[1];
  expect(agreementId).toBeDefined();
  const res = await postForm(baseUrl, "/en/cases/exchanges/new", { intent: "send", agreementId: agreementId!, type: "information_request", urgency: "standard", subject, freeQuestions: "Is the enterprise registered?", language: "en" }, cookie);
  expect(res.status).toBe(302);
  const location = res.headers.get("location")!;
  expect(location).toMatch(/\?done=created#done$/);
  return new URL(location, baseUrl).pathname.split("/").pop()!;
}

/** ISO date `days` from today, so a proposed window is never in the past. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A joint inspection at a site in Norway requested by the Lithuanian contact point, its free text (reasons and
 * language needs) written in Lithuanian; `n` makes its enterprise unique. Returns its reference.
 */
export async function requestJointInspection(baseUrl: string, n: number, text: { reasons: string; languageNeeds: string }): Promise<string> {
  const cookie = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
  const form = await (await get(baseUrl, "/lt/cases/inspections/new", cookie)).text();
  const agreementId = /<option value="(\d+)"[^>]*>[^<]*Norvegijos darbo inspekcija</.exec(form)?.[1];
  expect(agreementId).toBeDefined();
  const res = await postForm(
    baseUrl,
    "/lt/cases/inspections/new",
    {
      intent: "request",
      agreementId: agreementId!,
      mode: "joint",
      hostCountry: "NO",
      rows: "1",
      "enterprise-0-country": "NO",
      "enterprise-0-number": norwegianOrganisationNumberFrom(91_234_800 + n),
      "enterprise-0-name": `Språkprøve ${n} AS`,
      "enterprise-0-relation": "main_contractor",
      siteAddress: "Prøvegata 7",
      municipality: "Drammen",
      sector: "construction",
      reasons: text.reasons,
      proposedFrom: fromToday(30),
      proposedTo: fromToday(40),
      agenciesOwn: "labour_inspection",
      agenciesPartner: "labour_inspection",
      languageNeeds: text.languageNeeds,
      textLanguage: "lt",
    },
    cookie,
  );
  expect(res.status).toBe(302);
  const location = res.headers.get("location")!;
  expect(location).toMatch(/\?done=created#done$/);
  return /JI-NO-LT-\d{4}-\d{4}/.exec(location)![0];
}
