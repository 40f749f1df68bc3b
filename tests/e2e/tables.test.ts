// Case tables on a 360 px phone in Lithuanian: no cell narrower than its longest word (no word broken across
// lines), references on one line, nothing scrolling sideways. The same tables at 1280 px never break a word either.
// Compare shows Change as later period minus earlier, whatever order the form sent them in.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedInPage(email: string, width: number): Promise<Page> {
  const cookie = await signInAs(baseUrl, email);
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browser.newContext({ viewport: { width, height: 740 }, locale: "lt-LT" });
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context.newPage();
}

type Layout = { cells: number; brokenWords: string[]; wrappedOneLiners: string[]; pageWidth: number; viewport: number };

/** Measures every visible cell of every list table: words split over two lines, `.nowrap` values on several lines. */
function measureTables(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const lineTops = (range: Range) => new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    const brokenWords: string[] = [];
    const wrappedOneLiners: string[] = [];
    const cells = [...document.querySelectorAll<HTMLElement>("table.data-table td, table.data-table th")].filter((cell) => cell.getClientRects().length > 0);
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (lineTops(range).size > 1) brokenWords.push(match[0]);
        }
      }
    }
    for (const element of document.querySelectorAll<HTMLElement>("table.data-table .nowrap")) {
      if (element.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      if (lineTops(range).size > 1) wrappedOneLiners.push(element.textContent ?? "");
    }
    return { cells: cells.length, brokenWords, wrappedOneLiners, pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth };
  });
}

const views = [
  { name: "inbox", user: DEMO_USERS.contactPointLithuania, path: "/lt/cases" },
  { name: "violations register", user: DEMO_USERS.contactPointLithuania, path: "/lt/cases/violations" },
  { name: "inspection list", user: DEMO_USERS.contactPointLithuania, path: "/lt/cases/inspections" },
  { name: "compare view", user: DEMO_USERS.coordinator, path: "/lt/outcomes/no-lt/compare?a=2016-17&b=2017-18" },
  { name: "quarter tables", user: DEMO_USERS.coordinator, path: "/lt/outcomes/no-lt/2019-22" },
];

describe("list tables", () => {
  for (const width of [360, 1280]) {
    for (const view of views) {
      it(`${view.name} at ${width} px: no word broken, references on one line`, async () => {
        const page = await signedInPage(view.user, width);
        const response = await page.goto(`${baseUrl}${view.path}`);
        expect(response?.status()).toBe(200);
        const layout = await measureTables(page);
        expect(layout.cells).toBeGreaterThan(4);
        expect(layout.brokenWords).toEqual([]);
        expect(layout.wrappedOneLiners).toEqual([]);
        expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
        await page.context().close();
      });
    }
  }

  it("shows each inbox row as a card on a phone, the reference first", async () => {
    const page = await signedInPage(DEMO_USERS.contactPointLithuania, 360);
    await page.goto(`${baseUrl}/lt/cases`);
    const firstRow = page.locator("table.data-table tbody tr").first();
    const [rowBox, referenceBox, labelVisible] = await Promise.all([
      firstRow.boundingBox(),
      firstRow.locator("td").first().boundingBox(),
      firstRow.locator("td[data-label]").first().evaluate((cell) => getComputedStyle(cell, "::before").content),
    ]);
    expect(labelVisible).toMatch(/^".+: "$/);
    // The reference starts the card at its top-left corner.
    expect(Math.abs(referenceBox!.y - rowBox!.y)).toBeLessThan(16);
    expect(Math.abs(referenceBox!.x - rowBox!.x)).toBeLessThan(16);
    await page.context().close();
  });
});

describe("compare", () => {
  it("shows Change as the later period minus the earlier, whichever order the form sent", async () => {
    const page = await signedInPage(DEMO_USERS.coordinator, 1280);
    for (const query of ["a=2016-17&b=2017-18", "a=2017-18&b=2016-17"]) {
      await page.goto(`${baseUrl}/en/outcomes/no-lt/compare?${query}`);
      const headers = await page.locator("thead th").allInnerTexts();
      expect(headers[1]).toContain("2016–17");
      expect(headers[2]).toContain("2017–18");
      expect(headers[3]).toBe("Change");
      const row = page.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Joint inspections conducted", exact: true }) });
      // 2016–17 had 1 joint inspection, 2017–18 had 4.
      expect(await row.locator("td").allInnerTexts()).toEqual(["1", "4", "+3"]);
    }
    await page.context().close();
  });
});
