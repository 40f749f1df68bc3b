// Every page is a valid document: no NUL byte anywhere (public pages and signed-in pages of several roles, found
// by following links), and every public page has a description in every language.
import { describe, expect, inject, it } from "vitest";
import { DEMO_USERS, get, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const LOCALES = ["nb", "lt", "en"] as const;
/** Not pages: files, feeds, actions that change state when followed. */
const NOT_A_PAGE = /(\/signout$|\.csv$|\.ics$|\/attachments\/\d+$|\/print$)/;

/** Follows same-origin links from `start` (up to `limit` pages); returns each page's path, status and bytes. */
async function crawl(start: string[], cookie: string | undefined, limit: number) {
  const queue = [...start];
  const seen = new Set(queue);
  const pages: { path: string; status: number; body: Buffer }[] = [];
  while (queue.length && pages.length < limit) {
    const path = queue.shift()!;
    const res = await get(baseUrl, path, cookie);
    const body = Buffer.from(await res.arrayBuffer());
    pages.push({ path, status: res.status, body });
    if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    for (const match of body.toString("utf8").matchAll(/<a [^>]*href="([^"#]+)/g)) {
      const url = new URL(match[1]!.replace(/&amp;/g, "&"), `${baseUrl}${path}`);
      if (url.origin !== baseUrl || NOT_A_PAGE.test(url.pathname)) continue;
      const target = `${url.pathname}${url.search}`;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return pages;
}

describe("pages as documents", () => {
  it("have no NUL byte, public or signed in", { timeout: 600_000 }, async () => {
    const visits = [
      { cookie: undefined, start: LOCALES.map((l) => `/${l}`) },
      { cookie: await signInAs(baseUrl, DEMO_USERS.contactPointNorway), start: ["/nb/cases", "/nb/cases/exchanges/new", "/nb/notifications", "/en/accessibility"] },
      { cookie: await signInAs(baseUrl, DEMO_USERS.contactPointLithuania), start: ["/lt/cases", "/lt/cases/inspections/new"] },
      { cookie: await signInAs(baseUrl, DEMO_USERS.coordinator), start: ["/en/outcomes", "/nb/outcomes"] },
      { cookie: await signInAs(baseUrl, DEMO_USERS.admin), start: ["/en/admin", "/en/admin/audit"] },
    ];
    const withNul: string[] = [];
    const failed: string[] = [];
    let count = 0;
    for (const visit of visits) {
      for (const page of await crawl(visit.start, visit.cookie, 150)) {
        count++;
        if (page.body.includes(0)) withNul.push(page.path);
        if (page.status >= 500) failed.push(`${page.path}: ${page.status}`);
      }
    }
    expect(withNul).toEqual([]);
    expect(failed).toEqual([]);
    expect(count).toBeGreaterThan(150);
  });

  for (const locale of LOCALES) {
    it(`has a description on every public page in ${locale}`, { timeout: 300_000 }, async () => {
      const missing: string[] = [];
      const pages = (await crawl([`/${locale}`, `/${locale}/checker`, `/${locale}/report`, `/${locale}/contacts`, `/${locale}/search?q=lønn`, `/${locale}/accessibility`], undefined, 200)).filter(
        (page) => page.status === 200 && page.path.startsWith(`/${locale}`) && page.body.toString("utf8").includes("<html"),
      );
      for (const page of pages) {
        const description = /<meta name="description" content="([^"]*)"/.exec(page.body.toString("utf8"))?.[1] ?? "";
        if (description.trim().length < 20) missing.push(page.path);
      }
      expect(missing).toEqual([]);
      expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining([`/${locale}/checker`, `/${locale}/report`, `/${locale}/contacts`, `/${locale}/accessibility`]));
    });
  }
});
