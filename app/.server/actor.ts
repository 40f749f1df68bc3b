import type { AppLoadContext } from "@remix-run/node";
import type { SessionUser } from "./session";
import type { Actor } from "./users";

/** Who is acting, for services that write and audit. */
export function actorOf(user: SessionUser, context: AppLoadContext): Actor {
  return { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress };
}
