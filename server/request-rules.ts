// What the server accepts before a request reaches the app: methods, Host, where writes come from, body sizes.
import { MAX_TEXT_FORM_BYTES } from "~/.server/form-data";
import { MAX_ATTACHMENT_REQUEST_BYTES } from "~/lib/schemas/attachments";

export const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** A host name or IPv4/IPv6 address with an optional port: what a well-formed Host header holds. */
export const WELL_FORMED_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
/**
 * Uploads of case attachments are the only requests allowed more than a text form's body: posted as a form
 * (no JavaScript) or by Remix's client to the same address with `.data` appended.
 */
const ATTACHMENT_UPLOAD_PATH = /^\/(nb|lt|en)\/cases\/(exchanges|inspections)\/[^/]+\/attachments(\.data)?$/;
/** What a refused sender may still push after our answer before the connection is cut. */
export const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/**
 * The most body a request to `path` may carry; past it the server answers 413 at once. An upload's limit is the
 * same number the upload reader checks against the file's bytes alone, so the server, counting every byte, always
 * refuses first: one answer (413) for an upload over the limit, whoever notices (docs/decisions/0086).
 */
export function bodyLimitFor(path: string): number {
  return ATTACHMENT_UPLOAD_PATH.test(path) ? MAX_ATTACHMENT_REQUEST_BYTES : MAX_TEXT_FORM_BYTES;
}

/**
 * Whether an unsafe request comes from the portal's own pages: same scheme, host and port as PUBLIC_URL (or, without
 * it, either loopback name: ServerEnv.writeOrigins). A form
 * posted from a page with `Referrer-Policy: no-referrer` (the set-password page, so its token never leaks) carries
 * `Origin: null`; Sec-Fetch-Site, which the browser sets and a page cannot, then decides (docs/decisions/0092).
 */
export function isSameOriginWrite(origin: string | undefined, fetchSite: string | undefined, ownOrigins: readonly string[]): boolean {
  if (origin !== undefined && origin !== "null") {
    if (!URL.canParse(origin)) return false;
    return ownOrigins.includes(new URL(origin).origin);
  }
  // Browsers that send no Origin on a form post still say where it came from.
  return fetchSite === "same-origin";
}
