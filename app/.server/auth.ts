// Guards for loaders and actions. Every signed-in route calls requireUserWithPermission (or requireUser).
import { data, redirect } from "@remix-run/node";
import { hasPermission, type Permission } from "~/domain/permissions";
import { FALLBACK_LOCALE, localeOfPath } from "~/lib/i18n";
import { getSessionUser, type SessionUser } from "./session";

function signInUrl(request: Request): string {
  const url = new URL(request.url);
  const locale = localeOfPath(url.pathname) ?? FALLBACK_LOCALE;
  // The `.csv` URL of an outcome export reaches its route as `…/csv`: send the reader back to the URL they used.
  const back = `${url.pathname.replace(/\/csv$/, ".csv")}${url.search}`;
  return `/${locale}/signin?redirectTo=${encodeURIComponent(back)}`;
}

/** The signed-in user, or a redirect to sign in that brings them back here afterwards. */
export function requireUser(request: Request): SessionUser {
  const user = getSessionUser(request);
  if (!user) throw redirect(signInUrl(request));
  return user;
}

/** The signed-in user holding `permission`; otherwise sign in (302) or Forbidden (403). */
export function requireUserWithPermission(request: Request, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (!hasPermission(user.roles, permission)) throw data(null, { status: 403 });
  return user;
}

/** The signed-in user holding at least one of `permissions`. */
export function requireUserWithAnyPermission(request: Request, permissions: readonly Permission[]): SessionUser {
  const user = requireUser(request);
  if (!permissions.some((p) => hasPermission(user.roles, p))) throw data(null, { status: 403 });
  return user;
}

export function userCan(user: SessionUser | null, permission: Permission): boolean {
  return user !== null && hasPermission(user.roles, permission);
}

export { safeRedirect } from "~/lib/safe-redirect";
