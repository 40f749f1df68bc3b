import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/.server/audit";
import { requireLocale } from "~/.server/route-params";
import { clearSessionCookie, getSessionUser, revokeSession } from "~/.server/session";

/** Signing out is a POST (a link or an image must not sign anyone out); GET just goes home. */
export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  throw redirect(`/${locale}`);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = getSessionUser(request);
  if (user) {
    revokeSession(user.sessionIdHash);
    recordAudit({ userId: user.id, authorityId: user.authorityId, action: "sign_out", entity: "user", entityId: user.id, ipAddress: context.clientAddress });
  }
  throw redirect(`/${locale}`, { headers: { "Set-Cookie": clearSessionCookie() } });
}
