// Where each row of a progress table is on the map: a project's own box, a kind's projects
// together, an admin unit's boundary box.

import { useMemo } from "react";
import { useAdminUnitBounds } from "@/data/admin-unit-bounds-query";
import { useProjects } from "@/data/projects-query";
import type { LonLatBox } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";

/** What the rows of a table are keyed by. */
export type RowKeyKind = "kind" | "project" | "admin_unit";

/** A function giving the box of a row by its key; null while loading or when it has no geometry. */
export function useRowBounds(keyKind: RowKeyKind): (key: string) => LonLatBox | null {
  // the map's own project query: one request serves both the outlines and the fly-to boxes
  const projects = useProjects();
  const units = useAdminUnitBounds(keyKind === "admin_unit");
  return useMemo(() => {
    if (keyKind === "admin_unit") {
      const boxes = units.data;
      return (key: string) => boxes?.get(key) ?? null;
    }
    const boxes = new Map<string, LonLatBox | null>();
    if (keyKind === "project") {
      for (const p of projects.data ?? []) boxes.set(p.id, p.bounds);
    } else {
      for (const p of projects.data ?? []) boxes.set(p.kind, unionBounds([boxes.get(p.kind), p.bounds]));
    }
    return (key: string) => boxes.get(key) ?? null;
  }, [keyKind, projects.data, units.data]);
}
