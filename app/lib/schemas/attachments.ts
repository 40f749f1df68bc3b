// Attachments on cases, shared by server and browser: what may be attached, how large, and the error codes an
// upload can end with (each an i18n key `attachments:errors.<code>`).
import { z } from "zod";

/** 10 MiB, the same bound as the `attachments_size_limit` CHECK in the database. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** An upload request carries the file and a few small fields; beyond this much body it is cut off. */
export const MAX_ATTACHMENT_REQUEST_BYTES = 4 * MAX_ATTACHMENT_BYTES;

/** The content types we accept and serve, each with the file-name extensions that belong to it (first = default). */
export const ATTACHMENT_TYPES = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

/** The i18n key of each type's name: `attachments:types.<key>`. */
export const ATTACHMENT_TYPE_KEYS: Record<AttachmentContentType, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/gif": "gif",
  "image/webp": "webp",
};
export const ATTACHMENT_CONTENT_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentContentType[];

export function isAttachmentContentType(value: unknown): value is AttachmentContentType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ATTACHMENT_TYPES, value);
}

/** For the file input's `accept`: a hint to the browser's picker only; the server checks the bytes. */
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_CONTENT_TYPES, ...Object.values(ATTACHMENT_TYPES).flat().map((ext) => `.${ext}`)].join(",");

export const ATTACHMENT_ERRORS = ["missing", "empty", "tooLarge", "typeNotAllowed", "contentNotRecognised", "typeMismatch", "caseClosed", "nameUnreadable", "invalid"] as const;
export type AttachmentError = (typeof ATTACHMENT_ERRORS)[number];

/** The outcome of an upload, carried back to the case page in its query string (post/redirect/get, works without JS). */
export const attachmentOutcomeSchema = z.object({
  attachmentError: z.enum(ATTACHMENT_ERRORS).optional().catch(undefined),
  attachmentAdded: z.enum(["1", "duplicate"]).optional().catch(undefined),
});

export function attachmentOutcome(search: URLSearchParams) {
  return attachmentOutcomeSchema.parse({
    attachmentError: search.get("attachmentError") ?? undefined,
    attachmentAdded: search.get("attachmentAdded") ?? undefined,
  });
}

export type CaseKind = "exchange" | "inspection";

/** Where a case's page and its attachment upload live (only exchanges have routes so far). */
export function casePath(locale: string, kind: CaseKind, ref: string): string {
  return `/${locale}/cases/${kind === "exchange" ? "exchanges" : "inspections"}/${ref}`;
}

export function attachmentDownloadPath(locale: string, id: number): string {
  return `/${locale}/cases/attachments/${id}`;
}
