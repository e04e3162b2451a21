// The province view's layers on the one map: the offline basemap (province and districts), the
// progress gauges, the project outlines and the labels. Plain Leaflet, no React: the entry draws
// them before React has started (src/app/province-view.ts) and keeps them in step with the data,
// the layers chosen and the language for the whole page life; React's layers (tiles, corridors,
// parcels, the officer's tools) are drawn beside them in the same drawing order.

import type L from "leaflet";
import type { ScreenBox } from "@/geo/label-placement";
import type { PolygonGeometry } from "@/geo/geometry";
import type { BoundaryLayers } from "@/map/draw/boundaries";
import { boundaryLayers } from "@/map/draw/boundaries";
import type { ProgressShape } from "@/map/draw/gauges";
import { gaugeLayers } from "@/map/draw/gauges";
import type { LabelLayer } from "@/map/draw/labels";
import type { MapLabel } from "@/map/map-label";
import { labelLayer } from "@/map/draw/labels";
import type { ProjectShape } from "@/map/draw/project-outlines";
import { projectOutlines } from "@/map/draw/project-outlines";
import type { DrawSlot } from "@/map/layer-order";
import { addInOrder, removeFromOrder } from "@/map/layer-order";

/** Which of the province layers are shown. */
export interface ProvinceShown {
  readonly districts: boolean;
  readonly projects: boolean;
  /** The gauges (only ever at province zoom). */
  readonly progress: boolean;
  /** The labels (only ever at province zoom). */
  readonly labels: boolean;
  /** The province filled like land: there is no tile background. */
  readonly filled: boolean;
}

/** The province layers of one map. */
export interface ProvinceLayers {
  setBoundaries(province: readonly PolygonGeometry[], districts: readonly PolygonGeometry[], attribution: string): void;
  setGauges(shapes: readonly ProgressShape[]): void;
  /** The outlines; `onClick` gets the project's id. */
  setOutlines(shapes: readonly ProjectShape[], onClick: (projectId: string) => void): void;
  setLabels(labels: readonly MapLabel[]): void;
  setShown(shown: ProvinceShown): void;
  /** What the screen floats over the map, kept clear of labels (src/map/draw/labels.ts). */
  setCovered(boxes: readonly ScreenBox[]): void;
}

/** Puts `group` on the map in `slot` when `on`, takes it off otherwise. */
function show(map: L.Map, slot: DrawSlot, group: L.FeatureGroup | null, on: boolean): void {
  if (!group) return;
  if (on && !map.hasLayer(group)) addInOrder(map, slot, group);
  else if (!on && map.hasLayer(group)) removeFromOrder(map, slot, group);
}

/** Creates the (empty) province layers of `map`. */
export function provinceLayers(map: L.Map, initial: ProvinceShown): ProvinceLayers {
  let shown = initial;
  let boundaries: BoundaryLayers | null = null;
  let gauges: L.FeatureGroup | null = null;
  let outlines: L.FeatureGroup | null = null;
  const labels: LabelLayer = labelLayer(map);

  /** The boundaries' look as last set: restyling them redraws the whole canvas, so only a change does. */
  let styled: { boundaries: BoundaryLayers; filled: boolean; districts: boolean } | null = null;

  function apply() {
    if (boundaries && (styled?.boundaries !== boundaries || styled.filled !== shown.filled || styled.districts !== shown.districts)) {
      boundaries.setFilled(shown.filled);
      boundaries.setDistrictsShown(shown.districts);
      styled = { boundaries, filled: shown.filled, districts: shown.districts };
    }
    show(map, "progress", gauges, shown.progress);
    show(map, "projects", outlines, shown.projects);
    if (shown.labels && !map.hasLayer(labels.layer)) labels.layer.addTo(map);
    else if (!shown.labels && map.hasLayer(labels.layer)) labels.layer.remove();
  }

  return {
    setBoundaries(province, districts, attribution) {
      if (boundaries) removeFromOrder(map, "boundaries", boundaries.group);
      boundaries = boundaryLayers(province, districts, attribution);
      addInOrder(map, "boundaries", boundaries.group);
      apply();
    },
    setGauges(shapes) {
      if (gauges) removeFromOrder(map, "progress", gauges);
      gauges = gaugeLayers(shapes);
      apply();
    },
    setOutlines(shapes, onClick) {
      if (outlines) removeFromOrder(map, "projects", outlines);
      outlines = projectOutlines(shapes, onClick);
      apply();
    },
    setLabels(list) {
      labels.setLabels(list);
      apply();
    },
    setShown(next) {
      if (Object.entries(next).every(([key, value]) => shown[key as keyof ProvinceShown] === value)) return;
      shown = next;
      apply();
    },
    setCovered(boxes) {
      labels.setCovered(boxes);
    },
  };
}
