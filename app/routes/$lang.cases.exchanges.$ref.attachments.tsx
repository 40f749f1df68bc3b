// Upload an attachment to an information exchange (POST, multipart/form-data). A resource route: the outcome goes
// back to the case page in its query string (post/redirect/get), so the form works the same with or without JS.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { addAttachment, canSeeCase, readAttachmentUpload, type CaseHandle } from "~/.server/attachments";
import { requireUserWithPermission } from "~/.server/auth";
import { requireLocale } from "~/.server/route-params";
import { casePath } from "~/lib/schemas/attachments";

function caseOf(params: { ref?: string }): CaseHandle {
  return { kind: "exchange", ref: params.ref ?? "" };
}

/** Nothing to show here: see the case (303; 404 for a case the user's authority may not see). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  const handle = caseOf(params);
  if (!canSeeCase(handle, user.authorityId)) throw data(null, { status: 404 });
  throw redirect(`${casePath(locale, handle.kind, handle.ref)}#attachments`, 303);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  const handle = caseOf(params);
  // Membership first: a stranger's upload is never read.
  if (user.authorityId === null || !canSeeCase(handle, user.authorityId)) throw data(null, { status: 404 });
  const back = casePath(locale, handle.kind, handle.ref);

  const upload = await readAttachmentUpload(request);
  const result = upload.ok
    ? addAttachment(handle, upload.file, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress })
    : ({ ok: false, error: upload.error } as const);
  if (!result.ok) {
    if (result.error === "notFound") throw data(null, { status: 404 });
    throw redirect(`${back}?attachmentError=${result.error}#attachments`, 303);
  }
  throw redirect(`${back}?attachmentAdded=${result.duplicate ? "duplicate" : "1"}#attachments`, 303);
}
