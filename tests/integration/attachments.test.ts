// Attachments on exchanges against the demo data: what is accepted (by the bytes, not the name), where it is
// stored (content-addressed next to the database, once), who may see it (the case's two authorities only), and
// that every upload and download is audited.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "~/.server/session";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let service: typeof import("~/.server/attachments");
let sqlite: typeof import("~/.server/db").sqlite;

const CASE = { kind: "exchange", ref: "EX-NO-LT-2026-0001" } as const;

/** A tiny but well-formed one-page PDF (header, objects, cross-reference table with real offsets, trailer). */
function tinyPdf(note = "demo"): Uint8Array<ArrayBuffer> {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>`,
    `<< /Length ${`% ${note}\n`.length} >>\nstream\n% ${note}\n\nendstream`,
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
  return new TextEncoder().encode(body);
}

/** A 1×1 PNG. */
const tinyPng = () => new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));

function contactPoint(slug: string): SessionUser {
  const row = sqlite
    .prepare(
      `select u.id, u.email, u.display_name as displayName, u.authority_id as authorityId from users u
       join authorities a on a.id = u.authority_id join user_roles r on r.user_id = u.id
       where a.slug = ? and r.role = 'contact_point' order by u.id limit 1`,
    )
    .get(slug) as { id: number; email: string; displayName: string; authorityId: number };
  return { ...row, authorityNames: null, authorityCountry: null, roles: [{ role: "contact_point", agreementId: null }], sessionIdHash: "" };
}
const actor = (user: SessionUser) => ({ userId: user.id, authorityId: user.authorityId!, ipAddress: "127.0.0.1" });
const attachmentCount = () => (sqlite.prepare("select count(*) as n from attachments").get() as { n: number }).n;
const auditCount = (action: string) => (sqlite.prepare("select count(*) as n from audit_log where action = ?").get(action) as { n: number }).n;

let nlia: SessionUser;
let vdi: SessionUser;
let pip: SessionUser;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  service = await import("~/.server/attachments");
  ({ sqlite } = await import("~/.server/db"));
  nlia = contactPoint("nlia");
  vdi = contactPoint("vdi");
  pip = contactPoint("pip");
});
afterAll(() => database.cleanup());

describe("accepting files", () => {
  it("stores a real PDF next to the database, by its digest, and lists it for both authorities", () => {
    const bytes = tinyPdf("first");
    const uploadsBefore = auditCount("attachment.uploaded");
    const result = service.addAttachment(CASE, { fileName: "Kontrakt – Ąžuolas.pdf", declaredType: "application/pdf", bytes }, actor(nlia));
    expect(result).toMatchObject({ ok: true, duplicate: false, fileName: "Kontrakt – Ąžuolas.pdf", contentType: "application/pdf" });

    const row = sqlite.prepare("select * from attachments where id = ?").get(result.ok ? result.id : 0) as { sha256: string; size_bytes: number; exchange_id: number };
    expect(row.size_bytes).toBe(bytes.byteLength);
    const path = join(dirname(database.path), "attachments", row.sha256.slice(0, 2), row.sha256);
    expect(service.blobPath(row.sha256)).toBe(path);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    // Written through a temporary file that is gone once renamed into place.
    expect(readdirSync(join(dirname(database.path), "attachments")).filter((f) => f.startsWith("."))).toEqual([]);

    for (const user of [nlia, vdi]) {
      const names = service.listAttachments(CASE, user.authorityId, "nb")?.map((a) => a.fileName);
      expect(names).toContain("Kontrakt – Ąžuolas.pdf");
    }
    expect(auditCount("attachment.uploaded")).toBe(uploadsBefore + 1);
  });

  it("accepts a PNG, keeps one copy of identical content and does not attach it twice to one case", () => {
    const bytes = tinyPng();
    const first = service.addAttachment(CASE, { fileName: "bilde.png", declaredType: "image/png", bytes }, actor(vdi));
    expect(first).toMatchObject({ ok: true, duplicate: false, contentType: "image/png" });
    const count = attachmentCount();

    const again = service.addAttachment(CASE, { fileName: "same-picture.png", declaredType: "image/png", bytes }, actor(nlia));
    expect(again).toMatchObject({ ok: true, duplicate: true, id: first.ok ? first.id : -1 });
    expect(attachmentCount()).toBe(count);

    // The same bytes on another case: a second attachment, one stored file.
    const other = service.addAttachment({ kind: "exchange", ref: "EX-NO-LT-2026-0002" }, { fileName: "bilde.png", declaredType: "image/png", bytes }, actor(nlia));
    expect(other).toMatchObject({ ok: true, duplicate: false });
    expect(attachmentCount()).toBe(count + 1);
    const sha = (sqlite.prepare("select sha256 from attachments where id = ?").get(first.ok ? first.id : 0) as { sha256: string }).sha256;
    expect(readdirSync(join(dirname(database.path), "attachments", sha.slice(0, 2))).filter((f) => f === sha)).toHaveLength(1);
  });

  it("knows the types by their first bytes", () => {
    expect(service.detectContentType(tinyPdf())).toBe("application/pdf");
    expect(service.detectContentType(tinyPng())).toBe("image/png");
    expect(service.detectContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(service.detectContentType(new TextEncoder().encode("GIF89a\x01\x00\x01\x00"))).toBe("image/gif");
    expect(service.detectContentType(new TextEncoder().encode("RIFF\x24\x00\x00\x00WEBPVP8 "))).toBe("image/webp");
    expect(service.detectContentType(new TextEncoder().encode("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(service.detectContentType(new TextEncoder().encode("RIFF\x24\x00\x00\x00WAVEfmt "))).toBeNull();
    expect(service.detectContentType(new Uint8Array())).toBeNull();
  });
});

describe("refusing files", () => {
  const refused = (file: { fileName: string; declaredType: string; bytes: Uint8Array } | null) => {
    const count = attachmentCount();
    const result = service.addAttachment(CASE, file, actor(nlia));
    expect(attachmentCount()).toBe(count);
    return result;
  };

  it("refuses a declared type that is not a PDF or an image", () => {
    expect(refused({ fileName: "notes.txt", declaredType: "text/plain", bytes: new TextEncoder().encode("hello") })).toEqual({ ok: false, error: "typeNotAllowed" });
    expect(refused({ fileName: "page.html", declaredType: "text/html", bytes: tinyPdf() })).toEqual({ ok: false, error: "typeNotAllowed" });
    expect(refused({ fileName: "drawing.svg", declaredType: "image/svg+xml", bytes: new TextEncoder().encode("<svg/>") })).toEqual({ ok: false, error: "typeNotAllowed" });
  });

  it("refuses a file whose bytes lie about its type", () => {
    const html = new TextEncoder().encode("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    expect(refused({ fileName: "report.pdf", declaredType: "application/pdf", bytes: html })).toEqual({ ok: false, error: "contentNotRecognised" });
    expect(refused({ fileName: "photo.pdf", declaredType: "application/pdf", bytes: tinyPng() })).toEqual({ ok: false, error: "typeMismatch" });
    expect(refused({ fileName: "scan.png", declaredType: "image/png", bytes: tinyPdf() })).toEqual({ ok: false, error: "typeMismatch" });
  });

  it("refuses an empty file, no file, and a file over 10 MB", () => {
    expect(refused({ fileName: "empty.pdf", declaredType: "application/pdf", bytes: new Uint8Array() })).toEqual({ ok: false, error: "empty" });
    expect(refused({ fileName: "", declaredType: "application/octet-stream", bytes: new Uint8Array() })).toEqual({ ok: false, error: "missing" });
    expect(refused(null)).toEqual({ ok: false, error: "missing" });
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(tinyPdf());
    expect(refused({ fileName: "big.pdf", declaredType: "application/pdf", bytes: big })).toEqual({ ok: false, error: "tooLarge" });
    const limit = new Uint8Array(service.MAX_ATTACHMENT_BYTES + 1);
    limit.set(tinyPdf());
    expect(refused({ fileName: "just-over.pdf", declaredType: "application/pdf", bytes: limit })).toEqual({ ok: false, error: "tooLarge" });
  });

  it("accepts exactly 10 MB", () => {
    const exact = new Uint8Array(service.MAX_ATTACHMENT_BYTES);
    exact.set(tinyPdf("exact"));
    expect(service.addAttachment(CASE, { fileName: "exact.pdf", declaredType: "application/pdf", bytes: exact }, actor(nlia))).toMatchObject({ ok: true });
  });

  it("refuses new files on a closed case", () => {
    expect(service.addAttachment({ kind: "exchange", ref: "EX-NO-LT-2016-0001" }, { fileName: "late.pdf", declaredType: "application/pdf", bytes: tinyPdf("late") }, actor(nlia))).toEqual({
      ok: false,
      error: "caseClosed",
    });
  });

  it("audits refusals without the file name", () => {
    const row = sqlite.prepare("select detail from audit_log where action = 'attachment.refused' order by id desc limit 1").get() as { detail: string };
    expect(JSON.parse(row.detail)).toEqual({ reason: "caseClosed", sizeBytes: expect.any(Number) });
  });
});

describe("file names", () => {
  const stored = (fileName: string, bytes = tinyPdf(fileName), declaredType = "application/pdf") => {
    const result = service.addAttachment(CASE, { fileName, declaredType, bytes }, actor(nlia));
    if (!result.ok) throw new Error(result.error);
    return (sqlite.prepare("select file_name from attachments where id = ?").get(result.id) as { file_name: string }).file_name;
  };

  it("keeps only the last path segment of a name that tries to climb out", () => {
    expect(stored("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(stored("..\\..\\windows\\system32\\evil.pdf")).toBe("evil.pdf");
    expect(existsSync(join(dirname(database.path), "etc"))).toBe(false);
  });

  it("strips control and invisible characters, and gives every file the extension of its content", () => {
    expect(stored("invoice\u202Efdp.exe")).toBe("invoicefdp.exe.pdf");
    expect(stored("line\r\nbreak\u0000.pdf")).toBe("line break.pdf");
    expect(stored("page.html")).toBe("page.html.pdf");
    expect(stored('<script>"x".pdf')).toBe("_script__x_.pdf");
    expect(stored("...hidden.pdf")).toBe("hidden.pdf");
    expect(stored("   ")).toBe("attachment.pdf");
    expect(stored("photo.JPG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "image/jpeg")).toBe("photo.JPG");
    expect(Array.from(stored(`${"å".repeat(400)}.pdf`))).toHaveLength(150);
  });

  it("offers the exact name in Content-Disposition (RFC 5987) with an ASCII stand-in", () => {
    expect(service.contentDisposition("Lønn – Ąžuolas (1).pdf")).toBe(
      `attachment; filename="L_nn _ Azuolas (1).pdf"; filename*=UTF-8''L%C3%B8nn%20%E2%80%93%20%C4%84%C5%BEuolas%20%281%29.pdf`,
    );
    expect(service.contentDisposition('a"b;c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%3Bc.pdf`);
  });
});

describe("isolation", () => {
  it("is not found for an authority outside the case, and neither are its files", () => {
    expect(service.addAttachment(CASE, { fileName: "x.pdf", declaredType: "application/pdf", bytes: tinyPdf("pip") }, actor(pip))).toEqual({ ok: false, error: "notFound" });
    expect(service.listAttachments(CASE, pip.authorityId)).toBeNull();
    expect(service.canSeeCase(CASE, pip.authorityId)).toBe(false);
    expect(service.attachmentsForCase(CASE, pip, "en")).toMatchObject({ items: [], canUpload: false });
    const id = (sqlite.prepare("select a.id from attachments a join exchanges e on e.id = a.exchange_id where e.ref = ? limit 1").get(CASE.ref) as { id: number }).id;
    expect(service.openAttachment(id, pip, "127.0.0.1")).toBeNull();
    expect(service.openAttachment(id, { ...vdi, authorityId: null }, "127.0.0.1")).toBeNull();
    expect(service.openAttachment(id, { ...vdi, roles: [{ role: "coordinator", agreementId: null }] }, "127.0.0.1")).toBeNull();
  });

  it("hides a draft's files from the requested authority", () => {
    const ref = "EX-NO-LT-2026-0002";
    const handle = { kind: "exchange", ref } as const;
    sqlite.prepare("update exchanges set status = 'draft' where ref = ?").run(ref);
    try {
      expect(service.listAttachments(handle, vdi.authorityId)).toBeNull();
      expect(service.listAttachments(handle, nlia.authorityId)?.length).toBeGreaterThan(0);
      const id = service.listAttachments(handle, nlia.authorityId)![0]!.id;
      expect(service.openAttachment(id, vdi, "127.0.0.1")).toBeNull();
      expect(service.openAttachment(id, nlia, "127.0.0.1")).not.toBeNull();
    } finally {
      sqlite.prepare("update exchanges set status = 'sent' where ref = ?").run(ref);
    }
  });

  it("refuses malformed references and unknown ids", () => {
    expect(service.listAttachments({ kind: "exchange", ref: "../EX-NO-LT-2026-0001" }, nlia.authorityId)).toBeNull();
    expect(service.openAttachment(99_999_999, nlia, "127.0.0.1")).toBeNull();
    expect(service.openAttachment(Number.NaN, nlia, "127.0.0.1")).toBeNull();
  });
});

describe("downloading", () => {
  it("opens a file for the other authority of the case and audits it", () => {
    const result = service.addAttachment(CASE, { fileName: "til-vdi.pdf", declaredType: "application/pdf", bytes: tinyPdf("download") }, actor(nlia));
    if (!result.ok) throw new Error(result.error);
    const before = auditCount("attachment.downloaded");
    const file = service.openAttachment(result.id, vdi, "10.0.0.9");
    expect(file).toMatchObject({ id: result.id, fileName: "til-vdi.pdf", contentType: "application/pdf" });
    expect(new Uint8Array(readFileSync(file!.path))).toEqual(tinyPdf("download"));
    expect(auditCount("attachment.downloaded")).toBe(before + 1);
    const audit = sqlite.prepare("select entity, entity_id as entityId, ip_address as ip, detail from audit_log where action = 'attachment.downloaded' order by id desc limit 1").get() as Record<string, string>;
    expect(audit).toEqual({ entity: "exchange", entityId: CASE.ref, ip: "10.0.0.9", detail: JSON.stringify({ attachmentId: result.id }) });
  });

  it("formats the list for the reader", () => {
    const page = service.attachmentsForCase(CASE, vdi, "nb");
    expect(page).toMatchObject({ kind: "exchange", caseRef: CASE.ref, open: true, canUpload: true });
    const pdf = page.items.find((i) => i.fileName === "til-vdi.pdf")!;
    expect(pdf.size).toMatch(/^\d+ byte$|^\d+ B$/);
    expect(page.items.find((i) => i.fileName === "exact.pdf")!.size).toBe("10 MB");
    expect(pdf.uploadedBy).toBe(nlia.displayName);
    expect(pdf.authority).toBeTruthy();
  });
});

describe("reading an upload", () => {
  const request = (form: FormData) => new Request("http://localhost/nb/cases/exchanges/EX-NO-LT-2026-0001/attachments", { method: "POST", body: form });

  it("reads the file part with its declared type", async () => {
    const form = new FormData();
    form.append("file", new File([tinyPdf("form")], "form.pdf", { type: "application/pdf" }));
    const result = await service.readAttachmentUpload(request(form));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ fileName: "form.pdf", declaredType: "application/pdf" });
    expect(new Uint8Array(result.file!.bytes)).toEqual(tinyPdf("form"));
  });

  it("stops keeping a file at 10 MB and reports it as too large", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(11 * 1024 * 1024)], "big.pdf", { type: "application/pdf" }));
    expect(await service.readAttachmentUpload(request(form))).toEqual({ ok: false, error: "tooLarge" });
  });

  it("undoes the browser's escaping of quotes and line breaks in the file name", async () => {
    const boundary = "----WebKitFormBoundaryQuote";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="L%C3%B8nn %22mai%22%0A.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`;
    const result = await service.readAttachmentUpload(
      new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body }),
    );
    expect(result.ok && result.file?.fileName).toBe('L%C3%B8nn "mai"\n.pdf');
    expect(service.sanitiseFileName('Lønn "mai"\n.pdf', "application/pdf")).toBe("Lønn _mai_.pdf");
  });

  it("names the problem when the parser cannot read a file name holding ; or =", async () => {
    const form = new FormData();
    form.append("file", new File([tinyPdf("semicolon")], "Faktura; mai.pdf", { type: "application/pdf" }));
    expect(await service.readAttachmentUpload(request(form))).toEqual({ ok: false, error: "nameUnreadable" });
  });

  it("reports a request that is not multipart as invalid", async () => {
    const result = await service.readAttachmentUpload(
      new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "file=x" }),
    );
    expect(result).toEqual({ ok: false, error: "invalid" });
  });

  it("gives the empty part a browser sends when no file was chosen as a file without a name (→ missing)", async () => {
    const boundary = "----WebKitFormBoundaryDemo";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--${boundary}--\r\n`;
    const result = await service.readAttachmentUpload(
      new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body }),
    );
    expect(result).toEqual({ ok: true, file: { fileName: "", declaredType: "application/octet-stream", bytes: expect.anything() } });
    expect(result.ok && result.file?.bytes.byteLength).toBe(0);
    expect(service.addAttachment(CASE, result.ok ? result.file : null, actor(nlia))).toEqual({ ok: false, error: "missing" });
  });
});
