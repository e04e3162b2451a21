// How each project kind is drawn: distinct colours and line patterns, so industrial parks,
// clusters, roads and the rest can be told apart on the map and in the legend.

import type { ProjectKindId } from "@/domain/project-kinds";

/** The stroke of a project kind's outline or centre line. */
export interface KindStyle {
  readonly color: string;
  readonly weight: number;
  readonly dashArray: string | undefined;
}

const KIND_STYLES: Record<ProjectKindId, KindStyle> = {
  ring_road: { color: "#b2182b", weight: 4, dashArray: undefined },
  public_investment: { color: "#8c510a", weight: 3, dashArray: "8 4" },
  industrial_park: { color: "#08519c", weight: 2.5, dashArray: undefined },
  industrial_cluster: { color: "#6a3d9a", weight: 2, dashArray: "6 3" },
  urban_housing: { color: "#c51b7d", weight: 2, dashArray: undefined },
  resettlement: { color: "#d95f0e", weight: 2, dashArray: "2 3" },
  cemetery: { color: "#4d4d4d", weight: 2, dashArray: "2 3" },
  waste: { color: "#7f6a00", weight: 2, dashArray: "2 3" },
  other: { color: "#525252", weight: 2, dashArray: "4 4" },
};

/** The style of a project kind. */
export function kindStyle(kind: ProjectKindId): KindStyle {
  return KIND_STYLES[kind];
}

/** Fill of the cleared share of a project at province zoom (the stage table's "cleared" green). */
export const PROGRESS_FILL = "#238b45";
/** Fill of the part not yet cleared. */
export const PROGRESS_EMPTY = "#ffffff";
/** The right-of-way corridor of a road. */
export const CORRIDOR_FILL = "#e08a8a";
