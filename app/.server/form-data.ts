// Reading a posted form. A body that is not a form (JSON, plain text, multipart without its boundary or cut off)
// is the sender's mistake: it gets a 4xx error page, not a server error (`request.formData()` throws a TypeError).
import { data } from "@remix-run/node";

const FORM_CONTENT_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const URLENCODED = /^\s*application\/x-www-form-urlencoded/i;
/** No form of ours comes near this without a file; a larger text form is refused before it is read into memory. */
export const MAX_TEXT_FORM_BYTES = 4 * 1024 * 1024;

/**
 * The posted form; a body of another type is refused with 415, a text form over MAX_TEXT_FORM_BYTES with 413, a form
 * that cannot be read with 400.
 */
export async function readFormData(request: Request): Promise<FormData> {
  // The unread body is drained by the server, and a body over its limit is cut off there (server/http-app.ts).
  const contentType = request.headers.get("content-type") ?? "";
  if (!FORM_CONTENT_TYPE.test(contentType)) throw data(null, { status: 415 });
  if (URLENCODED.test(contentType) && Number(request.headers.get("content-length") ?? 0) > MAX_TEXT_FORM_BYTES) {
    throw data(null, { status: 413 });
  }
  try {
    return await request.formData();
  } catch (error) {
    // The parser reports a malformed body as a TypeError; anything else is not the sender's doing.
    if (error instanceof TypeError) throw data(null, { status: 400 });
    throw error;
  }
}
