// What the signed-in user may do, read from the database's answer (my_access): their roles, the
// admin units where they may change parcels, and the test every tool asks of a parcel. The
// database decides in the end; this only keeps the screen from offering what it would refuse.

import type { Parcel } from "@/domain/parcel";
import type { RoleGrant, RoleId } from "@/domain/roles";

/** The user's roles and editable area. */
export interface AccessRights {
  /** Roles, most powerful first (one per role held). */
  readonly roles: readonly RoleId[];
  readonly grants: readonly RoleGrant[];
  /** Admin units (with descendants) where the user may record parcel events. */
  readonly editableUnitIds: readonly string[];
  /** The units the user is an officer of (their memberships), for "your area" texts. */
  readonly assignedUnitIds: readonly string[];
  /** True when the user may change parcels somewhere. */
  readonly isOfficer: boolean;
  /** True when the user may change this parcel. */
  readonly canEdit: (parcel: Pick<Parcel, "adminUnitId">) => boolean;
  /** True when the user may change the parcels of this admin unit. */
  readonly canEditUnit: (adminUnitId: string) => boolean;
}

/** The rights of someone with these grants and editable units (none: the public, or while loading). */
export function accessRights(grants: readonly RoleGrant[] = [], editableUnitIds: readonly string[] = []): AccessRights {
  const editable = new Set(editableUnitIds);
  const canEditUnit = (adminUnitId: string) => editable.has(adminUnitId);
  return {
    roles: [...new Set(grants.map((g) => g.role))],
    grants,
    editableUnitIds,
    assignedUnitIds: grants.flatMap((g) => (g.role === "officer" && g.adminUnitId ? [g.adminUnitId] : [])),
    isOfficer: editable.size > 0,
    canEdit: (parcel) => canEditUnit(parcel.adminUnitId),
    canEditUnit,
  };
}

/** Nobody's rights: the public's. */
export const NO_ACCESS: AccessRights = accessRights();
