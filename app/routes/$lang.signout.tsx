import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/.server/audit";
import { requireLocale } from "~/.server/route-params";
import { readFormData } from "~/.server/form-data";
import { clearSessionCookie, getSessionUser, revokeAllSessionsOf, revokeSession } from "~/.server/session";

/** Signing out is a POST (a link or an image must not sign anyone out); GET just goes home. */
export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  throw redirect(`/${locale}`);
}

/** "everywhere" when the form asks for it; a bare or unreadable body still signs out here (never an error). */
async function signOutScope(request: Request): Promise<string | null> {
  try {
    return String((await readFormData(request)).get("scope") ?? "");
  } catch {
    return null;
  }
}

/** Signing in elsewhere keeps this session; "everywhere" ends every session of the user (a lost or shared device). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = getSessionUser(request);
  const everywhere = (await signOutScope(request)) === "everywhere";
  if (user) {
    if (everywhere) revokeAllSessionsOf(user.id);
    else revokeSession(user.sessionIdHash);
    recordAudit({ userId: user.id, authorityId: user.authorityId, action: everywhere ? "sign_out.everywhere" : "sign_out", entity: "user", entityId: user.id, ipAddress: context.clientAddress });
  }
  throw redirect(`/${locale}`, { headers: { "Set-Cookie": clearSessionCookie() } });
}
