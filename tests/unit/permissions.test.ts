import { describe, expect, it } from "vitest";
import { accessFor, coordinatedAgreementIds, hasPermission, permissionsOf, landingArea, PERMISSION_ACCESS, PERMISSION_ACTIONS, PERMISSION_ENTITIES, ROLE_PERMISSIONS, type Permission, type RoleGrant } from "~/domain/permissions";
import { ROLES } from "~/domain/vocabulary";
import { safeRedirect } from "~/lib/safe-redirect";

const as = (...roles: RoleGrant["role"][]): RoleGrant[] => roles.map((role) => ({ role, agreementId: role === "coordinator" ? 7 : null }));

describe("role permissions", () => {
  it("uses only well-formed permission strings", () => {
    for (const role of ROLES) {
      for (const permission of ROLE_PERMISSIONS[role]) {
        const [action, entity, access] = permission.split(":");
        expect(PERMISSION_ACTIONS).toContain(action);
        expect(PERMISSION_ENTITIES).toContain(entity);
        expect(PERMISSION_ACCESS).toContain(access);
      }
    }
  });

  it("gives the union of the roles' permissions once each, however many grants of a role there are", () => {
    const manyAgreements: RoleGrant[] = Array.from({ length: 50 }, (_, i) => ({ role: "coordinator", agreementId: i + 1 }));
    expect(permissionsOf(manyAgreements)).toEqual(ROLE_PERMISSIONS.coordinator);
    const mixed = permissionsOf([...manyAgreements, { role: "contact_point", agreementId: null }]);
    expect(new Set(mixed)).toEqual(new Set([...ROLE_PERMISSIONS.coordinator, ...ROLE_PERMISSIONS.contact_point]));
    expect(mixed).toHaveLength(new Set(mixed).size);
    expect(permissionsOf([])).toEqual([]);
  });

  // Who may do what, as a table: every role against the permissions the routes ask for.
  const table: [Permission, RoleGrant["role"][]][] = [
    ["read:exchange:own-authority", ["contact_point"]],
    ["write:exchange:own-authority", ["contact_point"]],
    ["read:inspection:own-authority", ["contact_point"]],
    ["read:tip:own-authority", ["contact_point"]],
    ["read:outcome:own-authority", ["contact_point", "admin"]],
    ["read:outcome:own-agreement", ["coordinator", "admin"]],
    ["read:outcome:any", ["admin"]],
    ["write:activity:own-agreement", ["coordinator", "admin"]],
    ["read:content:any", ["editor"]],
    ["write:content:any", ["editor"]],
    ["read:user:any", ["admin"]],
    ["write:user:any", ["admin"]],
    ["read:audit:any", ["admin"]],
    ["read:retained-personal-data:any", ["admin"]],
  ];
  it.each(table)("%s is granted to exactly %j", (permission, allowed) => {
    for (const role of ROLES) expect(hasPermission(as(role), permission), `${role} → ${permission}`).toBe(allowed.includes(role));
  });

  it("grants nothing without roles", () => {
    expect(hasPermission([], "read:exchange:own-authority")).toBe(false);
    expect(accessFor([], "read", "outcome")).toBeNull();
  });

  it("lets an `any` grant satisfy an own-scope requirement, not the other way round", () => {
    expect(hasPermission(as("admin"), "read:outcome:own-agreement")).toBe(true);
    expect(hasPermission(as("coordinator"), "read:outcome:any")).toBe(false);
  });

  it("reports the widest access and the coordinated agreements", () => {
    expect(accessFor(as("contact_point", "admin"), "read", "outcome")).toBe("any");
    expect(accessFor(as("coordinator"), "read", "outcome")).toBe("own-agreement");
    expect(coordinatedAgreementIds([{ role: "coordinator", agreementId: 3 }, { role: "coordinator", agreementId: 5 }, { role: "admin", agreementId: null }])).toEqual([3, 5]);
  });

  it("lands each role in its own area", () => {
    expect(landingArea(as("contact_point"))).toBe("cases");
    expect(landingArea(as("coordinator"))).toBe("outcomes");
    expect(landingArea(as("admin"))).toBe("admin");
    expect(landingArea(as("editor"))).toBe("content");
    expect(landingArea([])).toBe("home");
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/en/cases", "/en/cases"],
    ["/lt/cases?view=all", "/lt/cases?view=all"],
    ["/nb", "/nb"],
    ["//evil.example/en", "/x"],
    ["/\\evil.example", "/x"],
    ["https://evil.example/en", "/x"],
    ["javascript:alert(1)", "/x"],
    ["/en\n/evil", "/x"],
    ["/de/cases", "/x"],
    ["", "/x"],
    [null, "/x"],
  ])("%j → %j", (to, expected) => {
    expect(safeRedirect(to, "/x")).toBe(expected);
  });
});
