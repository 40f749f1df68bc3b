// The outcome charts on a 360 × 740 phone, in Lithuanian and Norwegian: every chart has a value axis of at least two
// stepped ticks (1, 2 or 5 × 10^n, written as the page's locale writes numbers) with gridlines, its text renders at
// 12 px or more, no two texts overlap, nothing sticks out sideways, the figures are also a table, and axe finds nothing.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const VIEWPORT = { width: 360, height: 740 };
const INTL_LOCALE = { lt: "lt-LT", nb: "nb-NO" } as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ChartReading {
  title: string;
  ticks: string[];
  gridlines: number;
  tables: number;
  smallText: { text: string; px: number }[];
  outside: string[];
  overlapping: string[];
}

async function readCharts(page: Page): Promise<ChartReading[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("figure.chart")].map((figure) => {
      const svg = figure.querySelector<SVGSVGElement>("svg")!;
      const scale = svg.getScreenCTM()!.a;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")];
      return {
        title: figure.querySelector("figcaption")?.textContent ?? "",
        ticks: [...svg.querySelectorAll(".chart__tick text")].map((text) => text.textContent ?? ""),
        gridlines: svg.querySelectorAll(".chart__tick line").length,
        tables: figure.querySelectorAll("table").length,
        smallText: texts.map((text) => ({ text: text.textContent ?? "", px: parseFloat(getComputedStyle(text).fontSize) * scale })).filter((text) => text.px < 12),
        outside: texts.filter((text) => {
          const box = text.getBoundingClientRect();
          return box.left < 0 || box.right > document.documentElement.clientWidth;
        }).map((text) => text.textContent ?? ""),
        overlapping: texts.flatMap((text, i) => {
          const a = text.getBoundingClientRect();
          return texts.slice(i + 1).filter((other) => {
            const b = other.getBoundingClientRect();
            return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          }).map((other) => `${text.textContent} × ${other.textContent}`);
        }),
      };
    }),
  );
}

/** A tick label read back as a number in the page's locale (grouping spaces, decimal comma). */
function parseTick(label: string): number {
  return Number(label.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
}

describe.each([
  ["lt", "2017-18"],
  ["nb", "2019-22"],
] as const)("outcome charts on a 360 px phone (%s, %s)", (locale, period) => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: INTL_LOCALE[locale] });
    const [name, value] = (await signInAs(baseUrl, DEMO_USERS.coordinator)).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    page = await context.newPage();
    problems = watchConsole(page);
    expect((await openHydrated(page, `${baseUrl}/${locale}/outcomes/no-lt/${period}`))?.status()).toBe(200);
  });

  it("gives every chart a stepped value axis with gridlines, in the page's number format", async () => {
    const charts = await readCharts(page);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    for (const chart of charts) {
      expect(chart.ticks.length, chart.title).toBeGreaterThanOrEqual(2);
      expect(chart.gridlines, chart.title).toBe(chart.ticks.length);
      const values = chart.ticks.map(parseTick);
      expect(values[0], chart.title).toBe(0);
      const step = values[1]! - values[0]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5], chart.title).toContain(Math.round(mantissa * 1e6) / 1e6);
      expect(values, chart.title).toEqual(values.map((_, index) => index * step));
      expect(chart.ticks, chart.title).toEqual(values.map((tick) => format.format(tick)));
      expect(chart.tables, chart.title).toBe(1);
    }
  });

  it("renders chart text at 12 px or more, apart, and on the screen", async () => {
    const charts = await readCharts(page);
    expect(charts.flatMap((chart) => chart.smallText)).toEqual([]);
    expect(charts.flatMap((chart) => chart.overlapping)).toEqual([]);
    expect(charts.flatMap((chart) => chart.outside)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("passes axe and logs no problems", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
