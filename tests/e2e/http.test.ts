// HTTP behaviour of the running production server: redirects, 404s, headers, health.
import { describe, expect, inject, it } from "vitest";

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
    const cookie = (await get("/lt")).headers.get("set-cookie")?.split(";")[0] ?? "";
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
  it.each(["/en", "/lt/contacts", "/nb/no-such-page", "/healthz", "/"])("are on %s", async (path) => {
    const res = await get(path);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
    expect(res.headers.get("permissions-policy")).toBeTruthy();
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("gives every script of a page the nonce of its response", async () => {
    const res = await get("/en");
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
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
