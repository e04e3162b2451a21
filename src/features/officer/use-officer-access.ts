// Whether the signed-in user may change parcels, and where (my_access().editable_unit_ids).

import { useMemo } from "react";
import { useMyAccess } from "@/data/my-access-query";

/** The officer's area; `isOfficer` is false for the public, leaders and while loading. */
export interface OfficerAccess {
  readonly isOfficer: boolean;
  /** Admin units (with descendants) the officer may change. */
  readonly unitIds: readonly string[];
  /** The units the officer is assigned to (their memberships), for "your area" texts. */
  readonly assignedUnitIds: readonly string[];
  readonly canEdit: (adminUnitId: string) => boolean;
}

/** The signed-in user's editable area. */
export function useOfficerAccess(): OfficerAccess {
  const { data } = useMyAccess();
  return useMemo(() => {
    const unitIds = data?.editableUnitIds ?? [];
    const set = new Set(unitIds);
    const assigned = (data?.grants ?? []).flatMap((g) => (g.role === "officer" && g.adminUnitId ? [g.adminUnitId] : []));
    return { isOfficer: set.size > 0, unitIds, assignedUnitIds: assigned, canEdit: (id: string) => set.has(id) };
  }, [data]);
}
