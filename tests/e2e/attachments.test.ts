// Attachments on the exchange case page in a real browser: the Norwegian contact point uploads a PDF, sees it
// listed and downloads it (checked over HTTP: a download, never sniffed, never cached); a file whose bytes lie
// and an 11 MB file (without JavaScript, and refused in the browser with it) get translated errors; an upload over
// the request limit gets a 413 page leading back to the form; another authority gets 404 for the file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, newContext, openHydrated, watchConsole } from "../support/browser";
import { DEMO_USERS, get, signInAs } from "../support/http";

const baseUrl = inject("baseUrl");
const CASE_PATH = "/nb/cases/exchanges/EX-NO-LT-2026-0001";
const SESSION_COOKIE = "portal_session";

let browser: Browser;
const contexts: BrowserContext[] = [];
let uploadedHref = "";
let norwayCookie = "";

/** A tiny but well-formed one-page PDF; `note` makes its bytes (and digest) unique. */
function tinyPdf(note: string): Buffer {
  const stream = `% ${note.replace(/[^\x20-\x7e]/g, "?")}\n`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("attachments on an exchange", () => {
  const unique = `${Date.now()}`;
  const fileName = `Arbeidskontrakt ${unique} – Ąžuolas.pdf`;
  const pdf = tinyPdf(fileName);

  it("are uploaded from the case page, listed and offered for download", async () => {
    const context = await newContext(browser, { locale: "nb-NO" });
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openHydrated(page, `${baseUrl}/nb/signin`);
    await page.getByLabel("E-postadresse").fill(DEMO_USERS.contactPointNorway);
    await page.getByLabel("Passord", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${baseUrl}/nb/cases`);

    await openHydrated(page, `${baseUrl}${CASE_PATH}`);
    const section = page.locator("section.attachments");
    await section.getByRole("heading", { name: "Vedlegg" }).waitFor();

    // Nothing chosen: a translated error in the summary and at the field.
    await section.getByRole("button", { name: "Last opp filen" }).click();
    await section.locator(".error-summary").waitFor();
    expect(await section.locator(".error-summary").textContent()).toContain("Velg en fil du vil laste opp");
    expect(await section.locator(".field__error").textContent()).toContain("Velg en fil du vil laste opp");
    expect(await axeViolations(page)).toEqual([]);

    await section.getByLabel("Legg ved en fil").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
    await section.getByRole("button", { name: "Last opp filen" }).click();
    const link = section.getByRole("link", { name: fileName });
    await link.waitFor();
    expect(await section.locator(".notice--success").textContent()).toContain("Filen er lagt ved.");
    expect(await section.locator(".error-summary").count()).toBe(0);
    expect(await link.locator("xpath=ancestor::tr").textContent()).toContain("PDF-dokument");
    expect(await axeViolations(page)).toEqual([]);
    uploadedHref = (await link.getAttribute("href")) ?? "";
    expect(uploadedHref).toMatch(/^\/nb\/cases\/attachments\/\d+$/);

    // A file whose bytes lie about its type is refused, in Norwegian.
    await section.getByLabel("Legg ved en fil").setInputFiles({
      name: "rapport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
    });
    await section.getByRole("button", { name: "Last opp filen" }).click();
    await section.locator(".error-summary").waitFor();
    expect(await section.locator(".error-summary").textContent()).toContain("Den valgte filen er verken en PDF eller et bilde");
    expect(await section.getByRole("link", { name: "rapport.pdf" }).count()).toBe(0);

    const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(session).toBeDefined();
    norwayCookie = `${SESSION_COOKIE}=${session!.value}`;
    expect(problems).toEqual([]);
  });

  it("are downloaded as attachments, with their exact name, never sniffed or cached", async () => {
    expect(uploadedHref).not.toBe("");
    const res = await get(baseUrl, uploadedHref, norwayCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const disposition = res.headers.get("content-disposition") ?? "";
    expect(disposition.startsWith("attachment;")).toBe(true);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
    expect(res.headers.get("x-content-type-options")).toContain("nosniff");
    expect(res.headers.get("cache-control")).toContain("private");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("are seen by the other authority of the case and by no one else", async () => {
    const lithuania = await signInAs(baseUrl, DEMO_USERS.contactPointLithuania);
    expect((await get(baseUrl, uploadedHref, lithuania)).status).toBe(200);
    const page = await get(baseUrl, "/lt/cases/exchanges/EX-NO-LT-2026-0001", lithuania);
    expect(await page.text()).toContain(fileName);

    const poland = await signInAs(baseUrl, DEMO_USERS.contactPointPoland);
    expect((await get(baseUrl, uploadedHref, poland)).status).toBe(404);
    const upload = new FormData();
    upload.append("file", new File([new Uint8Array(tinyPdf("from pip"))], "pip.pdf", { type: "application/pdf" }));
    const res = await fetch(`${baseUrl}${CASE_PATH}/attachments`, { method: "POST", headers: { Origin: baseUrl, Cookie: poland }, body: upload, redirect: "manual" });
    expect(res.status).toBe(404);
    expect((await get(baseUrl, uploadedHref)).status).toBe(302);
  });

  it("refuse an 11 MB file with a translated error, also without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, locale: "nb-NO" });
    contexts.push(context);
    await context.addCookies([{ name: SESSION_COOKIE, value: norwayCookie.split("=")[1]!, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${CASE_PATH}`);
    const section = page.locator("section.attachments");
    const big = Buffer.alloc(11 * 1024 * 1024);
    tinyPdf("big").copy(big);
    await section.getByLabel("Legg ved en fil").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: big });
    await Promise.all([page.waitForURL(/attachmentError=tooLarge/), section.getByRole("button", { name: "Last opp filen" }).click()]);
    expect(await section.locator(".error-summary").textContent()).toContain("Den valgte filen kan ikke være større enn 10 MB");
    expect(await section.getByRole("link", { name: "stor.pdf" }).count()).toBe(0);

    // And a small one goes through the plain form post.
    const name = `Skannet ${Date.now()}.pdf`;
    await section.getByLabel("Legg ved en fil").setInputFiles({ name, mimeType: "application/pdf", buffer: tinyPdf(name) });
    await Promise.all([page.waitForURL(/attachmentAdded=1/), section.getByRole("button", { name: "Last opp filen" }).click()]);
    await section.getByRole("link", { name }).waitFor();
  });

  it("answer an upload over the request limit with a 413 page leading back to the form, without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, locale: "nb-NO" });
    contexts.push(context);
    await context.addCookies([{ name: SESSION_COOKIE, value: norwayCookie.split("=")[1]!, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${CASE_PATH}`);
    const dir = mkdtempSync(join(tmpdir(), "portal-upload-"));
    try {
      // 41 MiB: over the 40 MiB a whole upload request may carry (decision 0086).
      const path = join(dir, "enorm.pdf");
      writeFileSync(path, Buffer.concat([tinyPdf("enorm"), Buffer.alloc(41 * 1024 * 1024)]));
      const section = page.locator("section.attachments");
      await section.getByLabel("Legg ved en fil").setInputFiles(path);
      const [response] = await Promise.all([page.waitForResponse(`${baseUrl}${CASE_PATH}/attachments`), section.getByRole("button", { name: "Last opp filen" }).click()]);
      expect(response.status()).toBe(413);
      await page.getByRole("heading", { level: 1, name: "Det du sendte, var for stort" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("nb");
      await Promise.all([page.waitForURL(`${baseUrl}${CASE_PATH}#attachments`), page.getByRole("link", { name: "Tilbake til skjemaet" }).click()]);
      await page.locator("section.attachments").getByLabel("Legg ved en fil").waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuse a file over 10 MB in the browser with JavaScript, without sending it", async () => {
    const context = await newContext(browser, { locale: "nb-NO" });
    contexts.push(context);
    await context.addCookies([{ name: SESSION_COOKIE, value: norwayCookie.split("=")[1]!, url: baseUrl }]);
    const page = await context.newPage();
    const uploads: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") uploads.push(request.url());
    });
    await openHydrated(page, `${baseUrl}${CASE_PATH}`);
    const section = page.locator("section.attachments");
    const big = Buffer.alloc(11 * 1024 * 1024);
    tinyPdf("big").copy(big);
    await section.getByLabel("Legg ved en fil").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: big });
    await Promise.all([page.waitForURL(/attachmentError=tooLarge/), section.getByRole("button", { name: "Last opp filen" }).click()]);
    await section.locator(".error-summary").getByText("Den valgte filen kan ikke være større enn 10 MB").first().waitFor();
    expect(uploads).toEqual([]);
  });
});
