// A label of the map (a district, a project and its progress): what src/map/draw/labels.ts
// places and src/map/label-size.ts measures.

import type { LonLat } from "@/geo/geometry";

/** One label. */
export interface MapLabel {
  readonly id: string;
  readonly position: LonLat;
  readonly title: string;
  /** A second line, e.g. "58,3 %". */
  readonly detail?: string;
  /** Higher wins when labels would overlap. */
  readonly priority: number;
  /** Extra class, e.g. "map-label--district". */
  readonly variant?: string;
}
