// The register of legal figures over HTTP: the public list per language, /figures.json as open data with HTTP
// caching, the footer link, and an editor adding a new value (which ends the old one) and confirming a check.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated } from "../support/browser";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const SKILLED = "no.min-pay.construction.skilled";

interface OpenFigure {
  key: string;
  value: number;
  unit: string;
  currency?: string;
  validFrom: string;
  validTo?: string;
  source: string;
  checkedOn: string;
  checkedBy: string;
  note: string;
  country: string;
  topic: string;
}

async function openData(): Promise<OpenFigure[]> {
  const res = await get(baseUrl, "/figures.json");
  expect(res.status).toBe(200);
  return (await res.json()) as OpenFigure[];
}

describe("/figures.json", () => {
  it("lists every figure with validity, a deep source link and its last check", async () => {
    const res = await get(baseUrl, "/figures.json");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const figures = (await res.json()) as OpenFigure[];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(Object.keys(figure)).toEqual(expect.arrayContaining(["key", "value", "unit", "validFrom", "source", "checkedOn", "checkedBy", "note", "country", "topic"]));
      expect(figure.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new URL(figure.source).pathname.length).toBeGreaterThan(1);
    }
    const skilled = figures.filter((f) => f.key === SKILLED && f.validTo === undefined);
    expect(skilled[0]).toMatchObject({ unit: "money-per-hour", currency: "NOK", country: "NO", topic: "construction" });
    expect(skilled[0]!.validFrom >= "2025-06-15").toBe(true);
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await get(baseUrl, "/figures.json");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${baseUrl}/figures.json`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });
});

describe("/<lang>/figures", () => {
  it.each([
    ["en", "Legal figures and their sources", "NOK\u00a0264.32 per hour", "From 15 June 2025"],
    ["nb", "Satser, frister og kilder", "264,32\u00a0kr per time", "Fra 15. juni 2025"],
    ["lt", "Teisės aktų dydžiai ir jų šaltiniai", "264,32\u00a0NOK per valandą", "Nuo 2025 m. birželio 15 d."],
  ])("in %s lists the figures by country and topic with value, validity and source", async (lang, title, value, validity) => {
    const res = await get(baseUrl, `/${lang}/figures`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`<code>${SKILLED}</code>`);
    expect(html).toContain(value);
    expect(html).toContain(validity);
    expect(html).toContain('href="https://www.arbeidstilsynet.no/arbeidsforhold/lonn/minstelonn/"');
    expect(html).toContain('href="/figures.json"');
  });

  it("is linked from the footer of every page", async () => {
    const html = await (await get(baseUrl, "/en")).text();
    expect(html).toContain('href="/en/figures"');
  });

  it("has no accessibility violations, also on a phone-sized screen", async () => {
    const browser: Browser = await launchBrowser();
    try {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await openHydrated(page, `${baseUrl}/lt/figures`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("editors and the register", () => {
  let editor: string;
  let figureId: number;
  beforeAll(async () => {
    editor = await signInAs(baseUrl, DEMO_USERS.editor);
    const html = await (await get(baseUrl, "/en/figures", editor)).text();
    figureId = Number(new RegExp(`/en/content/figures/(\\d+)"[^>]*>Edit ${SKILLED.replace(/\./g, "\\.")}`).exec(html)?.[1]);
    expect(figureId).toBeGreaterThan(0);
  });

  it("refuses bad input with errors in the editor's language and keeps what was typed", async () => {
    const res = await postForm(baseUrl, `/nb/content/figures/${figureId}`, { intent: "add", value: "mange kroner", validFrom: "31.02.2099", source: "lovdata.no", note: "" }, editor);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Du må skrive den nye verdien som et tall.");
    expect(html).toContain("Du må skrive første dag for den nye verdien som en gyldig dato.");
    expect(html).toContain("Du må skrive lenken til kildesiden, som begynner med https://.");
    expect(html).toContain('value="mange kroner"');
  });

  it("adds a new value typed the Norwegian way, which ends the current one the day before", async () => {
    const res = await postForm(baseUrl, `/nb/content/figures/${figureId}`, { intent: "add", value: "1 300,50", validFrom: "01.01.2099", source: "https://lovdata.no/dokument/SF/forskrift/2099-01-01-1", note: "" }, editor);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Den nye verdien er lagret.");
    const skilled = (await openData()).filter((f) => f.key === SKILLED);
    expect(skilled.at(-1)).toMatchObject({ value: 130050, validFrom: "2099-01-01", source: "https://lovdata.no/dokument/SF/forskrift/2099-01-01-1" });
    expect(skilled.at(-2)).toMatchObject({ validTo: "2098-12-31" });
    // Readers still see the value in force today, and the later one as not yet in force.
    const page = await (await get(baseUrl, "/en/figures")).text();
    expect(page).toContain("Not yet in force");
  });

  it("confirms a figure as checked today", async () => {
    const res = await postForm(baseUrl, `/en/content/figures/${figureId}`, { intent: "confirm" }, editor);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("The figure is marked as checked today.");
  });

  it("lets nobody else change the register", async () => {
    const contactPoint = await signInAs(baseUrl, DEMO_USERS.contactPointNorway);
    expect((await postForm(baseUrl, `/en/content/figures/${figureId}`, { intent: "confirm" }, contactPoint)).status).toBe(403);
    expect((await postForm(baseUrl, `/en/content/figures/${figureId}`, { intent: "confirm" })).status).not.toBe(200);
  });
});
