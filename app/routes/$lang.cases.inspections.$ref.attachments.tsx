// Upload an attachment to a case (see app/.server/attachment-upload.ts). A resource route: no page of its own.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { attachmentUploadRoute } from "~/.server/attachment-upload";

export function loader(args: LoaderFunctionArgs) {
  return attachmentUploadRoute("inspection").loader(args);
}

export function action(args: ActionFunctionArgs) {
  return attachmentUploadRoute("inspection").action(args);
}
