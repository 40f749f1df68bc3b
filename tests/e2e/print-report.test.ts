// The A4 outcomes report as Chromium prints it, in Lithuanian (the longest words): tables, figures and key-figure cards
// are not split, headings stay with what follows, chart text is at least 9 pt on paper, lists carry no bullets, and the
// footer never takes a page of its own.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const MM = 96 / 25.4;
// A4 (210 mm wide) less the 16 mm margins of the @page rule on each side.
const PRINTABLE_WIDTH = Math.floor((210 - 2 * 16) * MM);
const NINE_POINTS_IN_PX = (9 * 96) / 72;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: PRINTABLE_WIDTH, height: 1000 }, locale: "lt-LT" });
  const [name, value] = (await signInAs(baseUrl, DEMO_USERS.coordinator)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  page = await context.newPage();
  expect((await page.goto(`${baseUrl}/lt/outcomes/no-lt/2017-18/print`))?.status()).toBe(200);
  await page.emulateMedia({ media: "print" });
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF that Chromium wrote: one uncompressed `/Type /Page` dictionary per page. */
async function pdfPageCount(): Promise<number> {
  const pdf = Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

describe("printed outcomes report", () => {
  it("keeps tables, figures and cards whole and headings with what follows", async () => {
    const styles = await page.evaluate(() => {
      const report = document.querySelector(".print-report")!;
      const breakInside = [...report.querySelectorAll("table, figure, .figure-card")].map((element) => getComputedStyle(element).breakInside);
      const breakAfter = [...report.querySelectorAll("h1, h2, h3")].map((heading) => getComputedStyle(heading).breakAfter);
      return { breakInside, breakAfter };
    });
    expect(styles.breakInside.length).toBeGreaterThan(10);
    expect(new Set(styles.breakInside)).toEqual(new Set(["avoid"]));
    expect(styles.breakAfter.length).toBeGreaterThan(4);
    expect(new Set(styles.breakAfter)).toEqual(new Set(["avoid"]));
  });

  it("prints chart text at 9 pt or more", async () => {
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>(".chart__svg text")].map((text) => {
        const scale = text.ownerSVGElement!.getScreenCTM()!.a;
        return { text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale };
      }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((size) => size.px < NINE_POINTS_IN_PX - 0.01)).toEqual([]);
  });

  it("shows no bullets", async () => {
    const bulleted = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".print-report li")]
        .filter((item) => item.getClientRects().length > 0 && getComputedStyle(item).display === "list-item" && getComputedStyle(item).listStyleType !== "none")
        .map((item) => item.textContent),
    );
    expect(bulleted).toEqual([]);
  });

  it("does not give the footer a page of its own", async () => {
    const withFooter = await pdfPageCount();
    expect(withFooter).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector(".site-footer")?.remove());
    expect(await pdfPageCount()).toBe(withFooter);
  });
});
