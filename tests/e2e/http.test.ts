// HTTP behaviour of the running production server: redirects, 404s, headers, health.
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { describe, expect, inject, it } from "vitest";
import { DEMO_USERS, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });

describe("locale routing", () => {
  it.each([
    ["nb,en;q=0.8", "/nb"],
    ["nn-NO", "/nb"],
    ["no", "/nb"],
    ["lt-LT,lt;q=0.9", "/lt"],
    ["de-DE,fr;q=0.8", "/en"],
    ["", "/en"],
  ])("`/` with Accept-Language %j goes to %s", async (acceptLanguage, target) => {
    const res = await get("/", acceptLanguage ? { "Accept-Language": acceptLanguage } : {});
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(target);
  });

  it("prefers the remembered language over Accept-Language", async () => {
    const chosen = await get("/language/lt?to=%2Flt%2Frights");
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get("location")).toBe("/lt/rights");
    const cookie = chosen.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect(cookie).toMatch(/^lng=/);
    const res = await get("/", { Cookie: cookie, "Accept-Language": "en" });
    expect(res.headers.get("location")).toBe("/lt");
  });

  it.each([
    ["/no", "/nb"],
    ["/no/contacts", "/nb/contacts"],
    ["/no/accessibility?x=1", "/nb/accessibility?x=1"],
  ])("%s redirects permanently to %s", async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe(to);
  });

  it.each(["/xx", "/de/contacts", "/en/no-such-page", "/lt/rights/nowhere/at-all"])("%s is a translated 404", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toMatch(/<h1>(Page not found|Fant ikke siden|Puslapis nerastas)<\/h1>/);
    expect(html).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("serves the favicon", async () => {
    expect((await get("/favicon.ico")).status).toBe(200);
  });
});

describe("security headers", () => {
  it.each(["/en", "/lt/contacts", "/nb/no-such-page", "/healthz", "/", "/en/signin"])("are on %s", async (path) => {
    const res = await get(path);
    const csp = res.headers.get("content-security-policy") ?? "";
    // A per-response nonce, or for pages served from the public cache the hashes of exactly their scripts.
    expect(csp).toMatch(/script-src 'self' ('nonce-[A-Za-z0-9+/=]+'|('sha256-[A-Za-z0-9+/=]+' ?)+)(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
    expect(res.headers.get("permissions-policy")).toBeTruthy();
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("gives every script of a fresh page the nonce of its response", async () => {
    const res = await get("/en/signin");
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("allows on a cached public page exactly the inline scripts it contains", async () => {
    const res = await get("/en/rights");
    const policy = res.headers.get("content-security-policy") ?? "";
    const allowed = new Set([...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
    const html = await res.text();
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
      createHash("sha256").update(m[1] ?? "").digest("base64"),
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(new Set(inline)).toEqual(allowed);
  });

  it("titles an error page by what went wrong: a refused request is not a server error", async () => {
    const page = async (res: Response) => {
      const html = await res.text();
      return { title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "", heading: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "" };
    };
    const forbidden = await get("/en/cases", { Cookie: await signInAs(baseUrl, DEMO_USERS.editor) });
    expect(forbidden.status).toBe(403);
    expect((await page(forbidden)).title).toMatch(/^You do not have access to this page – /);
    expect((await page(await get("/en/no-such-page"))).title).toMatch(/^Page not found – /);
    // A refused form post says so (its page has no root data to title it by, so the title is the portal's own).
    const refused = await fetch(`${baseUrl}/en/report`, { method: "POST", headers: { Origin: baseUrl, "Content-Type": "application/json" }, body: "{}" });
    expect(refused.status).toBe(415);
    const refusedPage = await page(refused);
    expect(refusedPage.heading).toBe("The request could not be handled");
    expect(refusedPage.title).not.toMatch(/Something went wrong/);
    // A text form far larger than any of ours is refused before it is read, with a way back to the form.
    const huge = await fetch(`${baseUrl}/nb/report`, {
      method: "POST",
      headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: `description=${"x".repeat(5 * 1024 * 1024)}`,
    });
    expect(huge.status).toBe(413);
    const hugePage = await huge.text();
    expect(hugePage).toContain('<html lang="nb">');
    expect(hugePage).toContain("<h1>Det du sendte, var for stort</h1>");
    expect(hugePage).toContain('<a href="/nb/report">Tilbake til skjemaet</a>');
  });

  it("refuses a cross-site POST", async () => {
    const res = await fetch(`${baseUrl}/en`, { method: "POST", headers: { Origin: "https://attacker.example" }, redirect: "manual" });
    expect(res.status).toBe(403);
  });
});

describe("health", () => {
  it("reports the database reachable and migrations current", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "reachable" });
  });
});

describe("public page caching", () => {
  it("sends an ETag and answers a matching If-None-Match with 304", async () => {
    const first = await get("/lt/rights/to-norway/hse-card", { Cookie: "lng=Imx0Ig%3D%3D" });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const again = await get("/lt/rights/to-norway/hse-card", { "If-None-Match": etag!, Cookie: "lng=Imx0Ig%3D%3D" });
    expect(again.status).toBe(304);
  });

  it("sets no cookie on a public page, so any shared cache may keep it; choosing a language remembers it", async () => {
    const res = await get("/nb/rights");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=300, stale-while-revalidate=600");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]+(-gzip)?"$/);
    // A language switcher link goes through /language/<lang>; a target on another site or language is refused.
    expect((await get("/language/nb?to=%2F%2Fevil.example")).headers.get("location")).toBe("/nb");
    expect((await get("/language/nb?to=%2Fen%2Frights")).headers.get("location")).toBe("/nb");
    expect((await get("/language/xx?to=%2Fnb")).status).toBe(404);
  });

  it("never caches signed-in or personal pages", async () => {
    expect((await get("/en/signin")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/en/search?q=overtime")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/en/cases")).headers.get("cache-control")).toBe("no-store");
  });

  it("answers a kept page again with the same headers and bytes as the first time (the early path for kept pages)", async () => {
    // Plain node:http, so the request carries exactly these headers (fetch adds Accept-Encoding of its own).
    const raw = (path: string, method: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        const req = httpRequest(`${baseUrl}${path}`, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on("error", fail);
        req.end();
      });
    const comparable = (headers: Record<string, unknown>) => {
      const { date: _date, "x-request-id": _id, ...rest } = headers;
      return rest;
    };
    for (const encoding of [{}, { "Accept-Encoding": "gzip, deflate, br" }] as Record<string, string>[]) {
      const first = await raw("/nb/accessibility", "GET", encoding);
      const again = await raw("/nb/accessibility", "GET", { ...encoding, "X-Request-Id": "kept-page-check" });
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers["x-request-id"]).toBe("kept-page-check");
      expect(comparable(again.headers)).toEqual(comparable(first.headers));
      expect(again.headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
      expect(again.body.equals(first.body)).toBe(true);
      const head = await raw("/nb/accessibility", "HEAD", encoding);
      expect(comparable(head.headers)).toEqual(comparable(first.headers));
      expect(head.body.length).toBe(0);
    }
  });

  it("serves a gzip copy to readers that accept it", async () => {
    const res = await fetch(`${baseUrl}/en/rights`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toContain("<h1>Rights and obligations</h1>");
  });
});
