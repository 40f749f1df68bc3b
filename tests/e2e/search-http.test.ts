// The search page and the new topics through the running production server.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");
const html = async (path: string) => {
  const res = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  expect(res.status, path).toBe(200);
  return res.text();
};
/** The result links of a search page, in order. */
const resultLinks = (page: string) => {
  const list = /<ol class="search-results">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? "";
  return [...list.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
};

describe("search page", () => {
  it.each([
    ["/lt/search?q=atlyginimas", /^\/lt\/rights\/to-(norway|lithuania)\/pay$/],
    ["/lt/search?q=kas+moka+u%C5%BE+b%C5%ABst%C4%85", /^\/lt\/rights\/to-(norway|lithuania)\/housing$/],
    ["/lt/search?q=HSM", /^\/lt\/rights\/to-norway\/hse-card$/],
    ["/nb/search?q=minstel%C3%B8nn", /^\/nb\/rights\/to-(norway|lithuania)\/pay$/],
    ["/en/search?q=holiday+pay", /^\/en\/rights\/to-norway\/holiday-and-holiday-pay$/],
  ])("%s lists the right page first, with the words marked", async (path, first) => {
    const page = await html(path);
    expect(resultLinks(page)[0]).toMatch(first);
    expect(page).toContain("<mark>");
  });

  it("shows a heading and the text below it as two sentences", async () => {
    expect(await html("/lt/search?q=minimalus+atlyginimas&direction=to-norway")).toContain("nėra. Norvegijoje");
  });
});

describe("the new topics", () => {
  it.each([
    "to-norway/holiday-and-holiday-pay",
    "to-norway/staffing-agencies",
    "to-norway/a-melding",
    "to-norway/tax-treaty-183-days",
    "to-lithuania/annual-leave",
    "to-lithuania/night-rest-day-and-holiday-pay",
    "to-lithuania/transparent-worker-id",
    "to-lithuania/tax-treaty-183-days",
  ])("%s answers in nb, lt and en", async (topic) => {
    for (const locale of ["nb", "lt", "en"]) expect(await html(`/${locale}/rights/${topic}`)).toContain("<h1");
  });
});
