// The coordinator's dashboard: the published 2017–18 outcome on screen and in the CSV, charts with tables, print,
// comparison, and a joint meeting recorded in 2019–22 that changes that period's figures and nothing else.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { get, signInAs } from "../support/http";
import { parseStrictCsv } from "../support/strict-csv";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function coordinatorPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openHydrated(page, `${baseUrl}/en/signin?redirectTo=${encodeURIComponent("/en/outcomes")}`);
  await page.getByLabel("E-mail address").fill("koordinator@arbeidstilsynet.demo");
  await page.getByLabel("Password", { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/en/outcomes`);
  return { context, page };
}

const figures = async (page: import("playwright-core").Page) =>
  Object.fromEntries(
    (await page.locator(".figure-card").allTextContents()).map((text) => {
      const match = /^([\d\s\u00a0,.]+)(.*)$/.exec(text.trim())!;
      return [match[2]!.trim(), Number(match[1]!.replace(/[^\d]/g, ""))];
    }),
  );

describe("outcome dashboard", () => {
  it("shows 4 joint inspections, 10 exchanges, 4 joint meetings and 10 violations for 2017–18", async () => {
    const { context, page } = await coordinatorPage();
    const problems = watchConsole(page);
    await page.getByRole("link", { name: "2017–18" }).first().click().catch(async () => {
      await page.goto(`${baseUrl}/en/outcomes/no-lt/2017-18`);
    });
    await openHydrated(page, `${baseUrl}/en/outcomes/no-lt/2017-18`);
    expect(await figures(page)).toEqual({
      "Joint inspections conducted": 4,
      "Information exchanges sent": 10,
      "Joint meetings": 4,
      "Violations found": 10,
    });
    // Every chart has a title, a description and its table.
    const charts = page.locator("figure.chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      expect(await chart.locator("svg title").count()).toBe(1);
      expect(await chart.locator("svg desc").count()).toBe(1);
      expect(await chart.locator("table").count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await openHydrated(page, `${baseUrl}/en/outcomes/no-lt/2017-18/print`);
    expect(await page.locator("h1").textContent()).toContain("Outcome report");
    expect(await figures(page)).toMatchObject({ "Violations found": 10 });
    expect(await axeViolations(page)).toEqual([]);
    await openHydrated(page, `${baseUrl}/en/outcomes/no-lt/compare?a=2017-18&b=2019-22`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("exports the same figures as CSV with a BOM, stable keys and labels in the reader's language", async () => {
    const cookie = await signInAs(baseUrl, "koordinator@arbeidstilsynet.demo");
    const res = await get(baseUrl, "/lt/outcomes/no-lt/2017-18.csv", cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Lithuanian Excel reads `;` between fields: a strict parser with `;` must find the same four columns on every row.
    const rows = parseStrictCsv(new TextDecoder().decode(bytes.slice(3)), ";");
    expect(rows[0]).toEqual(["Raktas", "Rodiklis", "Reikšmė", "Vienetas"]);
    const value = (key: string) => rows.find((r) => r[0] === key)?.[2];
    expect([value("joint_inspections_conducted"), value("information_exchanges_sent"), value("joint_meetings"), value("violations_total")]).toEqual(["4", "10", "4", "10"]);
    expect(rows.find((r) => r[0] === "violations_total")?.[1]).toBe("Nustatyti pažeidimai");
    expect(rows.some((r) => r[0]?.startsWith("target_"))).toBe(false);
  });

  it("writes money in whole units with decimals and shares as percentages, with the reader's separators", async () => {
    const cookie = await signInAs(baseUrl, "koordinator@arbeidstilsynet.demo");
    const read = async (locale: string, separator: string) =>
      parseStrictCsv((await (await get(baseUrl, `/${locale}/outcomes/no-lt/2017-18.csv`, cookie)).text()).replace(/^\uFEFF/, ""), separator);
    const nb = await read("nb", ";");
    const en = await read("en", ",");
    expect(nb[0]).toEqual(["Nøkkel", "Indikator", "Verdi", "Enhet"]);
    expect(en[0]).toEqual(["Key", "Indicator", "Value", "Unit"]);
    // The same keys in the same order in every language.
    expect(nb.slice(1).map((r) => r[0])).toEqual(en.slice(1).map((r) => r[0]));
    for (const row of nb.slice(1)) expect(row[2], row[0]).toMatch(/^\d+(,\d+)?$/);
    for (const row of en.slice(1)) expect(row[2], row[0]).toMatch(/^\d+(\.\d+)?$/);
    const money = nb.filter((r) => r[0]?.startsWith("fines_"));
    expect(money.length).toBeGreaterThan(0);
    for (const row of money) {
      expect(row[2], row[0]).toMatch(/^\d+,\d{2}$/);
      expect(row[3]).toMatch(/^[A-Z]{3}$/);
    }
    const shares = en.filter((r) => r[0]?.endsWith("_share"));
    expect(shares.length).toBeGreaterThan(0);
    for (const row of shares) {
      expect(row[3]).toBe("%");
      expect(Number(row[2])).toBeGreaterThanOrEqual(0);
      expect(Number(row[2])).toBeLessThanOrEqual(100);
    }
  });

  it("counts a joint meeting recorded in 2019–22 in that period only", async () => {
    const cookie = await signInAs(baseUrl, "koordinator@arbeidstilsynet.demo");
    const csv = async (period: string) => (await (await get(baseUrl, `/en/outcomes/no-lt/${period}.csv`, cookie)).text()).replace(/^\uFEFF/, "");
    const before = { a: await csv("2017-18"), b: await csv("2019-22") };
    const { context, page } = await coordinatorPage();
    await openHydrated(page, `${baseUrl}/en/outcomes/no-lt/activities/new`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Type of activity").selectOption("joint_meeting");
    await page.getByLabel("Title", { exact: true }).fill("Joint meeting on seasonal work");
    await page.getByLabel("Date", { exact: true }).fill("2020-09-15");
    await page.getByLabel(/^Organisation 1/).fill("Arbeidstilsynet");
    await page.getByLabel(/^Participants from organisation 1/).fill("3");
    await page.getByRole("button", { name: "Record the activity" }).click();
    await page.waitForURL(`${baseUrl}/en/outcomes/no-lt/2019-22?done=activity#done`);
    expect(await page.locator("#done").textContent()).toBe("The activity has been saved.");
    await context.close();
    const after = { a: await csv("2017-18"), b: await csv("2019-22") };
    expect(after.a).toBe(before.a);
    const meetings = (text: string) => Number(parseStrictCsv(text, ",").find((row) => row[0] === "joint_meetings")?.[2]);
    expect(meetings(after.b)).toBe(meetings(before.b) + 1);
    const withoutMeetings = (text: string) => text.split("\r\n").filter((l) => !l.startsWith("joint_meetings,") && !l.startsWith("target_")).join("\n");
    expect(withoutMeetings(after.b)).toBe(withoutMeetings(before.b));
  });
});

describe("agreements and periods", () => {
  it("lets the coordinator set a target, which the dashboard then compares with the result", async () => {
    const { context, page } = await coordinatorPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/en/admin/agreements/no-lt/periods/2019-22`);
    expect(await axeViolations(page)).toEqual([]);
    // A share over 100 % is refused with the figures kept.
    await page.getByLabel("Share in % (source 1)").fill("150");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator(".error-summary", { hasText: "more than 100 %" }).waitFor();
    await page.getByLabel("Share in % (source 1)").fill("100");
    // The first empty target row: joint inspections conducted, 6.
    const rows = await page.locator('select[name^="targetMetric"]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    const free = rows.indexOf("");
    await page.locator(`select[name="targetMetric${free}"]`).selectOption("joint_inspections_conducted");
    await page.locator(`input[name="targetValue${free}"]`).fill("6");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(`${baseUrl}/en/outcomes/no-lt/2019-22`);
    // The URL changes before the new page has rendered: wait for the dashboard's targets table.
    await page.locator("h1", { hasText: "Cooperation for Decent Work" }).waitFor();
    const row = page.locator("tr", { has: page.locator("th", { hasText: /^Joint inspections conducted$/ }) }).first();
    await row.locator("td").first().waitFor();
    expect((await row.locator("td").allTextContents())[0]).toBe("6");
    expect(problems).toEqual([]);
    await context.close();
  });
});
