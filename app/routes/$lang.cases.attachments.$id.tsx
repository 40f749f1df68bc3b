// Download an attachment: always as a download (never shown inline, never sniffed, never cached), only to a
// user whose authority may see the case; 404 for everyone else. Each download is audited.
import { createReadableStreamFromReadable, data, type LoaderFunctionArgs } from "@remix-run/node";
import { createReadStream } from "node:fs";
import { contentDisposition, openAttachment } from "~/.server/attachments";
import { requireUserWithAnyPermission } from "~/.server/auth";
import { requireLocale } from "~/.server/route-params";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  requireLocale(params);
  // Exchange attachments need read:exchange, inspection attachments read:inspection (checked per attachment).
  const user = requireUserWithAnyPermission(request, ["read:exchange:own-authority", "read:inspection:own-authority"]);
  const id = /^[1-9]\d{0,15}$/.test(params.id ?? "") ? Number(params.id) : NaN;
  const file = openAttachment(id, user, context.clientAddress);
  if (!file) throw data(null, { status: 404 });
  return new Response(createReadableStreamFromReadable(createReadStream(file.path)), {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Referrer-Policy": "no-referrer",
    },
  });
}
