// Attachments on cases (information exchanges now, joint inspections later): PDF and images up to 10 MB each.
// - Who may see or add one: only the case's two authorities (a draft only its requester) — the rule of the case
//   page itself; anyone else learns nothing (the caller answers 404).
// - What is accepted: the content type is read from the file's first bytes (magic numbers) and must agree with the
//   type the browser declared; anything else is refused with an error code (`attachments:errors.<code>`).
// - Where the bytes live: `dirname(DATABASE_PATH)/attachments/<first two hex digits>/<sha256>`, one file per
//   distinct content (de-duplicated), written to a temporary file and renamed into place (never half-written).
// - Every upload (and refusal) and every download is in the audit log; file names are not (they may name people).
// - Retention (retention.ts): once a case's personal data is withheld, its files are neither listed nor downloadable
//   for that viewer; anonymisation deletes the stored bytes (retention-run.ts).
import { EXCHANGE_REFERENCE, INSPECTION_REFERENCE } from "~/domain/references";
import { data, MaxPartSizeExceededError, unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { attachments, authorities, exchanges, inspections, users } from "../../db/schema";
import { databasePathFromEnv } from "../../db/connection";
import { isExchangeOpen } from "~/domain/exchange-workflow";
import { isInspectionOpen } from "~/domain/inspection-workflow";
import { hasPermission, type RoleGrant } from "~/domain/permissions";
import { formatDateTime } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import {
  ATTACHMENT_TYPES,
  isAttachmentContentType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_REQUEST_BYTES,
  type AttachmentContentType,
  type AttachmentError,
  type CaseKind,
} from "~/lib/schemas/attachments";
import { recordAudit } from "./audit";
import { db } from "./db";
import { logger } from "./logger";
import { caseRetention, type CaseRetentionFacts } from "./retention";
import type { SessionUser } from "./session";

export { MAX_ATTACHMENT_BYTES };

/** Names a case: `{ kind: "exchange", ref: "EX-NO-LT-2026-0001" }`. */
export interface CaseHandle {
  kind: CaseKind;
  ref: string;
}

/** Who is acting (the signed-in user of an authority) and from where, for the audit log. */
export interface AttachmentActor {
  userId: number;
  authorityId: number;
  ipAddress: string;
}

export interface UploadedFile {
  /** As the browser sent it; sanitised before it is stored. */
  fileName: string;
  /** The part's Content-Type, as declared by the browser. */
  declaredType: string;
  bytes: Uint8Array;
}

export type AddAttachmentResult =
  | { ok: true; id: number; duplicate: boolean; fileName: string; contentType: AttachmentContentType }
  | { ok: false; error: AttachmentError | "notFound" };

interface VisibleCase {
  kind: CaseKind;
  id: number;
  ref: string;
  open: boolean;
  /** When it closed, and how far the retention rule has gone with it. */
  retention: CaseRetentionFacts;
}

// ---------------------------------------------------------------------------------------------------------------
// Who may see a case

const REFERENCE = { exchange: EXCHANGE_REFERENCE, inspection: INSPECTION_REFERENCE } as const;

/** A case's two authorities and its status: the facts visibility is decided on. */
interface CaseParties {
  id: number;
  ref: string;
  requesterId: number;
  otherId: number;
  isDraft: boolean;
  open: boolean;
  retention: CaseRetentionFacts;
}

/** A case row (exchange or inspection, same column names) as the parties and facts the attachment rules need. */
function partiesOf(
  row: { id: number; ref: string; requesterId: number; otherId: number; status: string } & CaseRetentionFacts,
  open: boolean,
): CaseParties {
  const { closedAt, personalDataHiddenAt, anonymisedAt } = row;
  return { id: row.id, ref: row.ref, requesterId: row.requesterId, otherId: row.otherId, isDraft: row.status === "draft", open, retention: { closedAt, personalDataHiddenAt, anonymisedAt } };
}

const exchangeParties = (where: SQL): CaseParties | null => {
  const row = db
    .select({
      id: exchanges.id,
      ref: exchanges.ref,
      requesterId: exchanges.requestingAuthorityId,
      otherId: exchanges.requestedAuthorityId,
      status: exchanges.status,
      closedAt: exchanges.closedAt,
      personalDataHiddenAt: exchanges.personalDataHiddenAt,
      anonymisedAt: exchanges.anonymisedAt,
    })
    .from(exchanges)
    .where(where)
    .get();
  return row ? partiesOf(row, isExchangeOpen(row.status)) : null;
};

const inspectionParties = (where: SQL): CaseParties | null => {
  const row = db
    .select({
      id: inspections.id,
      ref: inspections.ref,
      requesterId: inspections.requestingAuthorityId,
      otherId: inspections.partnerAuthorityId,
      status: inspections.status,
      closedAt: inspections.closedAt,
      personalDataHiddenAt: inspections.personalDataHiddenAt,
      anonymisedAt: inspections.anonymisedAt,
    })
    .from(inspections)
    .where(where)
    .get();
  return row ? partiesOf(row, isInspectionOpen(row.status)) : null;
};

/** The same rule as the case pages: the requesting authority always; the other authority once it is no draft. */
function visibleTo(kind: CaseKind, parties: CaseParties | null, authorityId: number): VisibleCase | null {
  if (!parties) return null;
  const member = parties.requesterId === authorityId || (parties.otherId === authorityId && !parties.isDraft);
  return member ? { kind, id: parties.id, ref: parties.ref, open: parties.open, retention: parties.retention } : null;
}

function findVisibleCase(handle: CaseHandle, authorityId: number | null): VisibleCase | null {
  if (authorityId === null || !REFERENCE[handle.kind]?.test(handle.ref)) return null;
  const parties = handle.kind === "exchange" ? exchangeParties(eq(exchanges.ref, handle.ref)) : inspectionParties(eq(inspections.ref, handle.ref));
  return visibleTo(handle.kind, parties, authorityId);
}

/** True if the authority may see the case (and so may list its attachments). */
export function canSeeCase(handle: CaseHandle, authorityId: number | null): boolean {
  return findVisibleCase(handle, authorityId) !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// What a file is

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The content type the bytes show (magic numbers), or null if they are none of the accepted kinds. */
export function detectContentType(bytes: Uint8Array): AttachmentContentType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

/** Old or informal names browsers and systems use for the same types. */
const TYPE_ALIASES: Record<string, AttachmentContentType> = {
  "application/x-pdf": "application/pdf",
  "application/acrobat": "application/pdf",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/x-png": "image/png",
};

/** The declared Content-Type as one of ours (parameters and case ignored), or null. */
export function normaliseDeclaredType(declared: string): AttachmentContentType | null {
  const type = declared.split(";", 1)[0]!.trim().toLowerCase();
  if (isAttachmentContentType(type)) return type;
  return TYPE_ALIASES[type] ?? null;
}

const MAX_NAME_LENGTH = 150;

/**
 * A file name safe to show and to offer for saving: the last path segment only, without control or invisible
 * formatting characters (bidi overrides could disguise `fdp.exe` as `exe.pdf`), characters Windows forbids,
 * leading dots or trailing dots and spaces, at most 150 characters, and with an extension that belongs to the
 * content type (`report.html` holding a PDF becomes `report.html.pdf`).
 */
export function sanitiseFileName(raw: string, contentType: AttachmentContentType): string {
  const extensions: readonly string[] = ATTACHMENT_TYPES[contentType];
  let name = raw.normalize("NFC");
  name = name.split(/[/\\]/).pop() ?? "";
  name = name.replace(/[\t\n\v\f\r\p{Zl}\p{Zp}]/gu, " ").replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, "");
  name = name.replace(/[<>:"|?*]/g, "_");
  name = name.replace(/\s+/gu, " ");
  name = name.replace(/^[\s.]+/u, "").replace(/[\s.]+$/u, "");
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  let base = name;
  let suffix = `.${extensions[0]}`;
  if (extension && extensions.includes(extension)) {
    base = name.slice(0, -(extension.length + 1)).replace(/[\s.]+$/u, "");
    suffix = name.slice(-(extension.length + 1));
  }
  const characters = Array.from(base);
  if (characters.length > MAX_NAME_LENGTH - suffix.length) base = characters.slice(0, MAX_NAME_LENGTH - suffix.length).join("").trimEnd();
  return `${base || "attachment"}${suffix}`;
}

/**
 * `Content-Disposition: attachment` with the user's file name: an ASCII stand-in in `filename` for old clients
 * and the exact name, UTF-8 and percent-encoded, in `filename*` (RFC 6266 / RFC 5987).
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Where the bytes live

/** `<directory of the database>/attachments`, so a backup of the data directory holds both. */
export function attachmentsDirectory(): string {
  return join(dirname(databasePathFromEnv()), "attachments");
}

const SHA256 = /^[0-9a-f]{64}$/;

export function blobPath(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error("not a SHA-256 digest");
  return join(attachmentsDirectory(), sha256.slice(0, 2), sha256);
}

/** Writes the bytes under their digest unless already there; a temporary file renamed into place, fsynced. */
function storeBlob(bytes: Uint8Array, sha256: string): void {
  const target = blobPath(sha256);
  if (existsSync(target) && statSync(target).size === bytes.byteLength) return;
  mkdirSync(dirname(target), { recursive: true, mode: 0o750 });
  const temporary = join(attachmentsDirectory(), `.upload-${process.pid}-${randomBytes(8).toString("hex")}`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, "wx", 0o640);
    for (let offset = 0; offset < bytes.byteLength; ) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Adding

/** Checks a file and, if it is acceptable, stores it on the case. Refusals name the reason (an error code). */
export function addAttachment(handle: CaseHandle, file: UploadedFile | null, actor: AttachmentActor, now = new Date()): AddAttachmentResult {
  const found = findVisibleCase(handle, actor.authorityId);
  if (!found) return { ok: false, error: "notFound" };
  const refuse = (error: AttachmentError): AddAttachmentResult => {
    recordAudit({ ...actor, action: "attachment.refused", entity: found.kind, entityId: found.ref, detail: { reason: error, sizeBytes: file?.bytes.byteLength ?? 0 } });
    return { ok: false, error };
  };
  if (!found.open) return refuse("caseClosed");
  if (!file || (file.bytes.byteLength === 0 && !file.fileName.trim())) return refuse("missing");
  if (file.bytes.byteLength === 0) return refuse("empty");
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) return refuse("tooLarge");
  const declared = normaliseDeclaredType(file.declaredType);
  if (!declared) return refuse("typeNotAllowed");
  const detected = detectContentType(file.bytes);
  if (!detected) return refuse("contentNotRecognised");
  if (detected !== declared) return refuse("typeMismatch");

  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const fileName = sanitiseFileName(file.fileName, detected);
  const caseColumn = found.kind === "exchange" ? attachments.exchangeId : attachments.inspectionId;
  // The same content on the same case again (a double submit, a second copy): one attachment is enough.
  const existing = db
    .select({ id: attachments.id, fileName: attachments.fileName })
    .from(attachments)
    .where(and(eq(caseColumn, found.id), eq(attachments.sha256, sha256)))
    .get();
  if (existing) {
    recordAudit({ ...actor, action: "attachment.uploaded", entity: found.kind, entityId: found.ref, detail: { attachmentId: existing.id, duplicate: true, sha256 } });
    return { ok: true, id: existing.id, duplicate: true, fileName: existing.fileName, contentType: detected };
  }

  storeBlob(file.bytes, sha256);
  const id = db.transaction((tx) => {
    const row = tx
      .insert(attachments)
      .values({
        exchangeId: found.kind === "exchange" ? found.id : null,
        inspectionId: found.kind === "inspection" ? found.id : null,
        fileName,
        contentType: detected,
        sizeBytes: file.bytes.byteLength,
        sha256,
        uploadedById: actor.userId,
        createdAt: now.toISOString(),
      })
      .returning({ id: attachments.id })
      .get();
    recordAudit({
      ...actor,
      action: "attachment.uploaded",
      entity: found.kind,
      entityId: found.ref,
      detail: { attachmentId: row.id, contentType: detected, sizeBytes: file.bytes.byteLength, sha256 },
    });
    return row.id;
  });
  return { ok: true, id, duplicate: false, fileName, contentType: detected };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a multipart upload

/** Beyond this much request body the upload is refused with 413 (server/request-rules.ts cuts it off first). */
const MAX_REQUEST_BYTES = MAX_ATTACHMENT_REQUEST_BYTES;
const MAX_FIELD_BYTES = 1024;
const MAX_PARTS = 10;

/** Browsers escape `"`, CR and LF in a multipart file name (HTML's form encoding); this undoes only that. */
function decodeMultipartFileName(name: string): string {
  return name.replace(/%22|%0D|%0A/gi, (escape) => ({ "%22": '"', "%0D": "\r", "%0A": "\n" })[escape.toUpperCase()] ?? escape);
}

export type ReadUploadResult = { ok: true; file: UploadedFile | null } | { ok: false; error: "tooLarge" | "nameUnreadable" | "invalid" };

/**
 * Reads the `file` part of a multipart/form-data request, streaming: at most 10 MB is kept. A larger file within
 * the request limit is read to its end and dropped (so the browser gets our answer, not a broken connection) and
 * reported as `tooLarge`, shown on the case page. A request over the limit is refused with 413 (docs/decisions/0086):
 * the server cuts it off before this sees that much, so here it is a backstop.
 */
export async function readAttachmentUpload(request: Request, fieldName = "file"): Promise<ReadUploadResult> {
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declaredLength) && declaredLength > MAX_REQUEST_BYTES) throw data(null, { status: 413 });
  let file: UploadedFile | null = null;
  let oversized = false;
  let parts = 0;
  let total = 0;
  let requestTooLarge = false;
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    parts += 1;
    const isFile = name === fieldName && typeof filename === "string" && file === null && !oversized;
    const limit = isFile ? MAX_ATTACHMENT_BYTES : MAX_FIELD_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (total > MAX_REQUEST_BYTES) requestTooLarge = true;
      if (requestTooLarge || parts > MAX_PARTS) throw new MaxPartSizeExceededError(name, limit);
      if (size <= limit) chunks.push(chunk);
    }
    if (!isFile) return undefined;
    if (size > limit) oversized = true;
    else file = { fileName: decodeMultipartFileName(filename ?? ""), declaredType: contentType, bytes: Buffer.concat(chunks) };
    return undefined;
  };
  try {
    await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (requestTooLarge) throw data(null, { status: 413 });
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "tooLarge" };
    // Not multipart, or malformed (the parser throws plain errors for those). Remix's parser also fails on a
    // quoted file name holding `;` or `=` (it splits the header on them), which browsers send unescaped.
    const message = error instanceof Error ? error.message : String(error);
    logger.warn("attachment upload could not be read", { error: message });
    return { ok: false, error: /content-disposition/i.test(message) && /filename/i.test(message) ? "nameUnreadable" : "invalid" };
  }
  if (oversized) return { ok: false, error: "tooLarge" };
  return { ok: true, file };
}

// ---------------------------------------------------------------------------------------------------------------
// Listing and downloading

const nameColumns = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn } as const;

export interface AttachmentListItem {
  id: number;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
  createdAt: string;
  uploadedBy: string | null;
  authority: string | null;
}

function listFor(found: VisibleCase, locale: Locale): AttachmentListItem[] {
  const caseColumn = found.kind === "exchange" ? attachments.exchangeId : attachments.inspectionId;
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
      uploadedBy: users.displayName,
      authority: nameColumns[locale],
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedById))
    .leftJoin(authorities, eq(authorities.id, users.authorityId))
    .where(eq(caseColumn, found.id))
    .orderBy(asc(attachments.id))
    .all()
    .filter((row): row is typeof row & { contentType: AttachmentContentType } => isAttachmentContentType(row.contentType));
}

/**
 * The case's attachments, oldest first; null if the authority may not see the case. Empty once the retention rule
 * withholds the case's personal data from a contact point (`roles`: the viewer's, none by default).
 */
export function listAttachments(handle: CaseHandle, authorityId: number | null, locale: Locale = "en", roles: readonly RoleGrant[] = []): AttachmentListItem[] | null {
  const found = findVisibleCase(handle, authorityId);
  if (!found) return null;
  return caseRetention(found.retention, roles).withheld ? [] : listFor(found, locale);
}

const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", lt: "lt-LT", en: "en-GB" };

/** `2 048 000` → "2 MB" / "2,0 MB"; below a kilobyte in bytes. Powers of 1024, named kB and MB as people say. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes < 1024 ? [bytes, "byte"] : bytes < 1024 * 1024 ? [bytes / 1024, "kilobyte"] : [bytes / (1024 * 1024), "megabyte"];
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0 }).format(value);
}

export interface CaseAttachments {
  kind: CaseKind;
  caseRef: string;
  open: boolean;
  canUpload: boolean;
  /** The files are withheld under the retention rule: `hidden` from this viewer, or deleted (`anonymised`). */
  withheld: "hidden" | "anonymised" | null;
  items: (Omit<AttachmentListItem, "sizeBytes" | "createdAt"> & { at: string; when: string; size: string })[];
}

/** What a case page shows: the list, formatted for the reader, and whether this user may add to it. */
export function attachmentsForCase(handle: CaseHandle, user: SessionUser, locale: Locale): CaseAttachments {
  const found = findVisibleCase(handle, user.authorityId);
  const retention = found ? caseRetention(found.retention, user.roles) : null;
  const items = found && !retention?.withheld ? listFor(found, locale) : [];
  return {
    kind: handle.kind,
    caseRef: handle.ref,
    open: found?.open ?? false,
    canUpload: found !== null && found.open && hasPermission(user.roles, `write:${handle.kind}:own-authority`),
    withheld: retention?.withheld ? (retention.anonymisedOn ? "anonymised" : "hidden") : null,
    items: items.map(({ sizeBytes, createdAt, ...item }) => ({
      ...item,
      at: createdAt,
      when: formatDateTime(createdAt, locale),
      size: formatFileSize(sizeBytes, locale),
    })),
  };
}

export interface AttachmentDownload {
  id: number;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
  path: string;
}

/**
 * An attachment for download by this user, or null (→ 404) if it does not exist, belongs to a case their
 * authority may not see, their roles do not let them read that kind of case, or its bytes are missing.
 * Each download is audited.
 */
export function openAttachment(id: number, user: SessionUser, ipAddress: string): AttachmentDownload | null {
  if (!Number.isSafeInteger(id) || id < 1 || user.authorityId === null) return null;
  const row = db.select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row || !isAttachmentContentType(row.contentType) || !SHA256.test(row.sha256)) return null;
  const found =
    row.exchangeId !== null
      ? visibleTo("exchange", exchangeParties(eq(exchanges.id, row.exchangeId)), user.authorityId)
      : row.inspectionId !== null
        ? visibleTo("inspection", inspectionParties(eq(inspections.id, row.inspectionId)), user.authorityId)
        : null;
  if (!found || !hasPermission(user.roles, `read:${found.kind}:own-authority`)) return null;
  // A file of a case whose personal data the retention rule withholds from this user is not found either.
  if (caseRetention(found.retention, user.roles).withheld) return null;
  const path = blobPath(row.sha256);
  if (!existsSync(path)) {
    logger.error("attachment bytes missing", { attachmentId: row.id, sha256: row.sha256 });
    return null;
  }
  recordAudit({ userId: user.id, authorityId: user.authorityId, action: "attachment.downloaded", entity: found.kind, entityId: found.ref, ipAddress, detail: { attachmentId: row.id } });
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, path };
}
