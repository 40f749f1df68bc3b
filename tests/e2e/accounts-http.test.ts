// Accounts over HTTP: cookie flags, sign-out, the rate limit (on a server of its own, since it locks the address).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_USERS, get, postForm, signInAs } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax and Secure in production", async () => {
    const res = await postForm(baseUrl, "/en/signin", { email: DEMO_USERS.editor, password: "demo-password" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
  });

  it("no longer works once signed out", async () => {
    const cookie = await signInAs(baseUrl, DEMO_USERS.editor);
    expect((await get(baseUrl, "/en/content", cookie)).status).toBe(200);
    const out = await postForm(baseUrl, "/en/signout", {}, cookie);
    expect(out.status).toBe(302);
    expect(out.headers.get("set-cookie")).toMatch(/portal_session=;.*Max-Age=0/);
    expect((await get(baseUrl, "/en/content", cookie)).status).toBe(302);
  });

  it("sends a signed-in user back to the page they asked for", async () => {
    const res = await postForm(baseUrl, "/lt/signin", { email: DEMO_USERS.admin, password: "demo-password", redirectTo: "/lt/admin/audit" });
    expect(res.headers.get("location")).toBe("/lt/admin/audit");
    const evil = await postForm(baseUrl, "/lt/signin", { email: DEMO_USERS.admin, password: "demo-password", redirectTo: "//evil.example/lt" });
    expect(evil.headers.get("location")).toBe("/lt/admin");
  });

  it("shows translated errors and keeps the e-mail, never the password", async () => {
    const res = await postForm(baseUrl, "/lt/signin", { email: "kontaktas@vdi.demo", password: "wrong-password" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Formoje yra klaidų. Ištaisykite jas:");
    expect(html).toContain("Neteisingas el. pašto adresas arba slaptažodis.");
    expect(html).toContain('value="kontaktas@vdi.demo"');
    expect(html).not.toContain("wrong-password");
  });

  it("validates the fields on the server", async () => {
    const res = await postForm(baseUrl, "/nb/signin", { email: "not-an-email", password: "" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Du må rette disse feilene før du kan fortsette:");
    expect(html).toContain("E-postadressen må ha riktig format");
    expect(html).toContain("Du må fylle ut passord.");
  });

  it("signs out only by POST", async () => {
    const cookie = await signInAs(baseUrl, DEMO_USERS.editor);
    expect((await get(baseUrl, "/en/signout", cookie)).status).toBe(302);
    expect((await get(baseUrl, "/en/content", cookie)).status).toBe(200);
  });
});

describe("rate limit", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demoData: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers the 11th rapid wrong password with 429, and the right one too until the window passes", async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const res = await postForm(server.baseUrl, "/en/signin", { email: DEMO_USERS.coordinator, password: `wrong-${attempt}` });
      expect(res.status, `attempt ${attempt}`).toBe(400);
    }
    const eleventh = await postForm(server.baseUrl, "/en/signin", { email: DEMO_USERS.coordinator, password: "wrong-11" });
    expect(eleventh.status).toBe(429);
    expect(await eleventh.text()).toContain("Too many failed attempts");
    const right = await postForm(server.baseUrl, "/nb/signin", { email: DEMO_USERS.coordinator, password: "demo-password" });
    expect(right.status).toBe(429);
    expect(await right.text()).toContain("For mange mislykkede forsøk");
  });
});
