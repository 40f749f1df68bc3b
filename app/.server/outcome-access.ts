import { data } from "@remix-run/node";
import { OUTCOME_READ_PERMISSIONS } from "~/domain/permissions";
import { outcomeScope } from "./agreements";
import { requireUserWithAnyPermission } from "./auth";
import { periodDashboard } from "./outcomes";
import { requireLocale } from "./route-params";

/** The dashboard of a period, for those who may read the agreement's outcomes (404 for anyone else). */
export function requireDashboard(request: Request, params: { lang?: string; agreement?: string; period?: string }) {
  const locale = requireLocale(params);
  const user = requireUserWithAnyPermission(request, OUTCOME_READ_PERMISSIONS);
  const dashboard = periodDashboard(params.agreement ?? "", params.period ?? "", locale);
  const scope = outcomeScope(user);
  if (!dashboard || (scope !== null && !scope.includes(dashboard.agreement.id))) throw data(null, { status: 404 });
  return { locale, user, dashboard };
}
