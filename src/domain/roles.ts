// The roles a signed-in user can hold (public.memberships.role). Permissions are decided by
// the database; these labels only say in the header who the user is acting as.

import type { Lang, Labelled } from "@/domain/lang";
import { labelIn } from "@/domain/lang";

/** A role id, as stored in memberships.role. */
export type RoleId = "admin" | "leader" | "officer";

/** One role with its labels. */
export interface Role extends Labelled {
  readonly id: RoleId;
}

/** All roles, most powerful first. */
export const ROLES: readonly Role[] = [
  { id: "admin", labelVi: "Quản trị", labelEn: "Administrator" },
  { id: "leader", labelVi: "Lãnh đạo", labelEn: "Leader" },
  { id: "officer", labelVi: "Cán bộ địa chính", labelEn: "Land officer" },
];

/** The role ids, most powerful first. */
export const ROLE_IDS: readonly RoleId[] = ROLES.map((r) => r.id);

/** True when `value` is a known role id. */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && ROLE_IDS.includes(value as RoleId);
}

/** A membership of the caller: a role, and for officers the admin unit of their area. */
export interface RoleGrant {
  readonly role: RoleId;
  readonly adminUnitId: string | null;
}

/**
 * How a grant reads in the header, e.g. "Cán bộ địa chính – Văn Giang (326)".
 * `unitName` is the admin unit's name when known; the code alone is shown otherwise.
 */
export function describeGrant(grant: RoleGrant, lang: Lang, unitName?: string | null): string {
  const role = ROLES.find((r) => r.id === grant.role);
  const label = role ? labelIn(role, lang) : grant.role;
  if (grant.adminUnitId === null) return label;
  const unit = unitName ? `${unitName} (${grant.adminUnitId})` : grant.adminUnitId;
  return `${label} – ${unit}`;
}

/** Grants ordered most powerful first, then by admin unit code, for a stable header. */
export function sortGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return [...grants].sort(
    (a, b) =>
      ROLE_IDS.indexOf(a.role) - ROLE_IDS.indexOf(b.role) ||
      (a.adminUnitId ?? "").localeCompare(b.adminUnitId ?? ""),
  );
}
