// Who may do what: the one place that maps roles to permission strings.
// A permission is `<action>:<entity>:<access>`; access says how far it reaches:
//   own-authority  — cases of agreements the user's authority is party to
//   own-agreement  — agreements the user coordinates
//   any            — everything of that kind
import type { Role } from "./vocabulary";

export const PERMISSION_ACTIONS = ["read", "write"] as const;
export const PERMISSION_ENTITIES = [
  "exchange",
  "inspection",
  "violation",
  "tip",
  "outcome",
  "activity",
  "agreement",
  "content",
  "user",
  "authority",
  "audit",
  /** Personal data of cases the retention rule hides (closed more than 6 months ago), see app/domain/retention. */
  "retained-personal-data",
] as const;
export const PERMISSION_ACCESS = ["own-authority", "own-agreement", "any"] as const;

export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];
export type PermissionEntity = (typeof PERMISSION_ENTITIES)[number];
export type PermissionAccess = (typeof PERMISSION_ACCESS)[number];
export type Permission = `${PermissionAction}:${PermissionEntity}:${PermissionAccess}`;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  contact_point: [
    "read:exchange:own-authority",
    "write:exchange:own-authority",
    "read:inspection:own-authority",
    "write:inspection:own-authority",
    "read:violation:own-authority",
    "write:violation:own-authority",
    "read:tip:own-authority",
    "write:tip:own-authority",
    "read:outcome:own-authority",
    "read:agreement:own-authority",
  ],
  coordinator: [
    "read:outcome:own-agreement",
    "read:activity:own-agreement",
    "write:activity:own-agreement",
    "read:agreement:own-agreement",
    "write:agreement:own-agreement",
    "read:violation:own-agreement",
  ],
  editor: ["read:content:any", "write:content:any"],
  admin: [
    "read:user:any",
    "write:user:any",
    "read:authority:any",
    "write:authority:any",
    "read:agreement:any",
    "write:agreement:any",
    "read:outcome:any",
    "read:activity:any",
    "write:activity:any",
    "read:audit:any",
    "read:violation:any",
    "read:retained-personal-data:any",
  ],
};

/** How far each access level reaches; a broader grant satisfies a narrower requirement. */
const ACCESS_RANK: Record<PermissionAccess, number> = { "own-authority": 0, "own-agreement": 0, any: 1 };

export interface RoleGrant {
  role: Role;
  /** For agreement-scoped roles (coordinator): the agreement. */
  agreementId: number | null;
}

function parse(permission: Permission): [PermissionAction, PermissionEntity, PermissionAccess] {
  return permission.split(":") as [PermissionAction, PermissionEntity, PermissionAccess];
}

/** The permissions a set of roles grants, without duplicates. */
export function permissionsOf(roles: readonly RoleGrant[]): Permission[] {
  // A coordinator holds one grant per agreement: the permissions depend only on the distinct roles.
  const distinctRoles = new Set(roles.map((grant) => grant.role));
  return [...new Set([...distinctRoles].flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];
}

/**
 * Whether the roles grant `required`. `any` satisfies an own-* requirement of the same action and entity;
 * an own-* grant satisfies only the same own-* requirement (the service then narrows to the user's scope).
 */
export function hasPermission(roles: readonly RoleGrant[], required: Permission): boolean {
  const [action, entity, access] = parse(required);
  return permissionsOf(roles).some((granted) => {
    const [grantedAction, grantedEntity, grantedAccess] = parse(granted);
    if (grantedAction !== action || grantedEntity !== entity) return false;
    return grantedAccess === access || ACCESS_RANK[grantedAccess] > ACCESS_RANK[access];
  });
}

/** The widest access the roles give to an action on an entity, or null when none. */
export function accessFor(
  roles: readonly RoleGrant[],
  action: PermissionAction,
  entity: PermissionEntity,
): PermissionAccess | null {
  const levels = permissionsOf(roles)
    .map(parse)
    .filter(([a, e]) => a === action && e === entity)
    .map(([, , level]) => level);
  if (levels.includes("any")) return "any";
  return levels[0] ?? null;
}

/** Any of these lets a user open outcome dashboards (the service narrows to the agreements in scope). */
export const OUTCOME_READ_PERMISSIONS: readonly Permission[] = ["read:outcome:own-authority", "read:outcome:own-agreement", "read:outcome:any"];

/** Agreements a coordinator's grants cover. */
export function coordinatedAgreementIds(roles: readonly RoleGrant[]): number[] {
  return roles.filter((g) => g.role === "coordinator" && g.agreementId !== null).map((g) => g.agreementId as number);
}

/** Where a user lands after signing in: the first area their roles open. */
export function landingArea(roles: readonly RoleGrant[]): "cases" | "outcomes" | "admin" | "content" | "home" {
  if (roles.some((g) => g.role === "contact_point")) return "cases";
  if (roles.some((g) => g.role === "coordinator")) return "outcomes";
  if (roles.some((g) => g.role === "admin")) return "admin";
  if (roles.some((g) => g.role === "editor")) return "content";
  return "home";
}
