// The A4 outcomes report as Chromium prints it, in Lithuanian (the longest words): tables, figures and key-figure cards
// are not split, headings stay with what follows, chart text is at least 9 pt on paper, lists carry no bullets; and,
// read back from the PDF page by page in Lithuanian and Norwegian, no page holds only the footer, no word is broken
// across lines and no page ends with a heading.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";
import { pdfPageLines, requirePdftotext } from "../support/pdf-text";

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

describe("printed outcomes report", () => {
  it("keeps tables, charts and cards whole and headings with what follows", async () => {
    const styles = await page.evaluate(() => {
      const report = document.querySelector(".print-report")!;
      const breakInside = [...report.querySelectorAll("table, .chart__svg, .figures-grid, .figure-card")].map((element) => getComputedStyle(element).breakInside);
      const breakAfter = [...report.querySelectorAll("h1, h2, h3, figcaption")].map((heading) => getComputedStyle(heading).breakAfter);
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
});

/** Headings and titles of the printed report, one entry per line they are laid out in (the h1 has a sub-line). */
async function headingLines(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".print-report :is(h1, h2, h3, figcaption, caption)")].flatMap((heading) =>
      heading.innerText
        .split("\n")
        .map((line) => line.replace(/\u2060/g, "").replace(/\s+/g, " ").trim())
        .filter((line) => line !== ""),
    ),
  );
}

/** A word without the punctuation around it, which a line break may separate from it (as in "2017–" / "18"). */
function bareWord(word: string): string {
  return word.replace(/\u2060/g, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Whether a line of the PDF is (part of) a heading: the whole heading, or — for a heading wrapped over lines — its
 * first or last words (at least two, so a lone figure such as "4" is not taken for part of a title; the line may end
 * after a dash, as in "2017–").
 */
function isHeadingLine(line: string, headings: string[]): boolean {
  return headings.some((heading) => heading === line || (line.includes(" ") && (heading.startsWith(line) || heading.endsWith(line))));
}

// 2017–18 has the most cases and charts; 2019–22 is the period with targets (the targets table).
describe.each([
  ["lt", "2017-18"],
  ["lt", "2019-22"],
  ["nb", "2017-18"],
  ["nb", "2019-22"],
])("printed outcomes report read back from the PDF (%s, %s)", (locale, period) => {
  let pages: string[][];
  let headings: string[];
  let footer: string[];
  let words: Set<string>;
  beforeAll(async () => {
    requirePdftotext();
    const context = await browser.newContext({ viewport: { width: PRINTABLE_WIDTH, height: 1000 }, locale });
    const [name, value] = (await signInAs(baseUrl, DEMO_USERS.coordinator)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const report = await context.newPage();
    expect((await report.goto(`${baseUrl}/${locale}/outcomes/no-lt/${period}/print`))?.status()).toBe(200);
    await report.emulateMedia({ media: "print" });
    headings = await headingLines(report);
    // The footer's statements as written (on paper they open the report, so they are read from the markup).
    footer = await report.evaluate(() => [...document.querySelectorAll(".site-footer p")].map((p) => (p.textContent ?? "").replace(/\s+/g, " ").trim()));
    // Every word the page shows: its text as laid out, and each line of the charts' SVG text.
    words = new Set(
      (await report.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll(".chart__svg text, .chart__svg tspan")].map((text) => text.textContent ?? "")].join("\n")))
        .split(/\s+/)
        .map(bareWord),
    );
    pages = pdfPageLines(await report.pdf({ format: "A4", preferCSSPageSize: true }));
    await context.close();
  });

  it("reads the report's text from every page", () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(headings.length).toBeGreaterThan(8);
    expect(footer.length).toBeGreaterThan(0);
    // The PDF's text is the page's: page 1 opens with the title and carries the footer's statements.
    const squeezed = (text: string) => text.replace(/\s/g, "");
    expect(squeezed(pages[0]!.join(""))).toContain(squeezed(headings[0]!));
    for (const statement of footer) expect(squeezed(pages[0]!.join(""))).toContain(squeezed(statement));
  });

  it("has no page that holds only the footer", () => {
    // Compared as running text: the PDF wraps the footer's lines at other places than the screen does.
    const footerText = footer.join(" ");
    const footerOnly = pages.map((lines, index) => ({ page: index + 1, lines })).filter(({ lines }) => footerText.includes(lines.join(" ")));
    // Blank pages count as footer-only too ("".includes), so a trailing empty page fails here as well.
    expect(footerOnly).toEqual([]);
  });

  it("breaks no word across lines", () => {
    // A word of the PDF that the page does not have is a piece of one ("Informasjonsutveksli" + "nger"). Words cut
    // short on purpose in a chart (ending in "…") are written out in its table.
    const pieces = pages.flatMap((lines, index) =>
      lines.flatMap((line) => line.split(" ")).filter((word) => !word.endsWith("…") && !words.has(bareWord(word))).map((word) => `page ${index + 1}: ${word}`),
    );
    expect(pieces).toEqual([]);
  });

  it("ends no page with a heading", () => {
    const stranded = pages.map((lines, index) => ({ page: index + 1, last: lines.at(-1) ?? "" })).filter(({ last }) => isHeadingLine(last, headings));
    expect(stranded).toEqual([]);
  });
});
