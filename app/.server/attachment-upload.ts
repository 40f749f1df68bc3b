// The upload endpoint of a case's attachments, for exchanges and joint inspections alike (POST, multipart).
// The outcome goes back to the case page in its query string (post/redirect/get): the form works without JS.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { casePath } from "~/lib/schemas/attachments";
import { addAttachment, canSeeCase, readAttachmentUpload, type CaseHandle } from "./attachments";
import { requireUserWithPermission } from "./auth";
import { requireLocale } from "./route-params";

export function attachmentUploadRoute(kind: CaseHandle["kind"]) {
  const handleOf = (params: { ref?: string }): CaseHandle => ({ kind, ref: params.ref ?? "" });

  /** Nothing to show here: see the case (303; 404 for a case the user's authority may not see). */
  function loader({ request, params }: LoaderFunctionArgs) {
    const locale = requireLocale(params);
    const user = requireUserWithPermission(request, `read:${kind}:own-authority`);
    const handle = handleOf(params);
    if (!canSeeCase(handle, user.authorityId)) throw data(null, { status: 404 });
    throw redirect(`${casePath(locale, handle.kind, handle.ref)}#attachments`, 303);
  }

  async function action({ request, params, context }: ActionFunctionArgs) {
    const locale = requireLocale(params);
    const user = requireUserWithPermission(request, `write:${kind}:own-authority`);
    const handle = handleOf(params);
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

  return { loader, action };
}
