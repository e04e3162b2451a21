// Text labels on the map (district names, project names with their progress), placed so that
// none overlap, none is cut by the map's edge and none lies under a control over the map (the
// map's own controls, and the boxes the screen hands over with setCovered): after each move the
// most important labels are kept and the others left out.
// Only the labels shown are in the page; their sizes come from text metrics (src/map/label-size.ts)
// so placing them never forces a layout. Labels are decorative for screen readers; the same
// facts are in the progress tables.

import L from "leaflet";
import type { MapLabel } from "@/map/map-label";
import type { ScreenBox } from "@/geo/label-placement";
import { LABEL_GAP, placeLabels } from "@/geo/label-placement";
import { controlCorners, coveredAreas, mapControls } from "@/map/covered-areas";
import { toLatLng } from "@/map/leaflet-coords";
import { labelSizes } from "@/map/label-size";

function labelElement(label: MapLabel): HTMLElement {
  const box = document.createElement("span");
  box.className = `map-label ${label.variant ?? ""}`.trim();
  const title = document.createElement("span");
  title.className = "map-label__title";
  title.textContent = label.title;
  box.append(title);
  if (label.detail) {
    const detail = document.createElement("span");
    detail.className = "map-label__detail";
    detail.textContent = label.detail;
    box.append(detail);
  }
  return box;
}

function labelMarker(label: MapLabel): L.Marker {
  return L.marker(toLatLng(label.position), {
    icon: L.divIcon({ html: labelElement(label), className: "map-label-anchor", iconSize: undefined }),
    interactive: false,
    keyboard: false,
  });
}

function sameLabel(a: MapLabel, b: MapLabel): boolean {
  return a.title === b.title && a.detail === b.detail && a.variant === b.variant &&
    a.position[0] === b.position[0] && a.position[1] === b.position[1];
}

interface Measured {
  readonly label: MapLabel;
  readonly width: number;
  readonly height: number;
}

/** A layer of placed labels on `map`; shown while `layer` is on the map. */
export interface LabelLayer {
  readonly layer: L.LayerGroup;
  /** Replaces the labels, measuring the new ones, and places them again. */
  setLabels(labels: readonly MapLabel[]): void;
  /**
   * The boxes (px from the map's top-left corner) of what the screen floats over the map, kept
   * clear of labels besides the map's own controls; places the labels again.
   */
  setCovered(boxes: readonly ScreenBox[]): void;
  /** Takes the layer off the map and stops following its moves. */
  dispose(): void;
}

/** Creates the label layer for `map` (add `layer` to the map to show it). */
export function labelLayer(map: L.Map): LabelLayer {
  const layer = L.layerGroup();
  let measured: readonly Measured[] = [];
  /** The markers in the page, by label; a label whose text changes gets a new marker. */
  const shown = new Map<string, { label: MapLabel; marker: L.Marker }>();
  // The boxes of the map's own controls, measured when the browser reports a size: its layout
  // is done then, so reading them costs nothing, where reading them while placing would force a
  // layout of the page. The reports come before the frame is painted, so a label under a
  // control is never seen. A control that comes or changes size without a move uncovers or
  // covers labels: they are placed again then. Controls do not move with the map, so their
  // boxes hold until the map or one of them changes size.
  let own: ScreenBox[] = [];
  /** What the screen floats over the map (setCovered). */
  let screen: readonly ScreenBox[] = [];
  const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => {
    own = coveredAreas(map, mapControls(map));
    place();
  });
  /** Observed already (observing again would make it report again, and place again). */
  const watched = new Set<Element>();
  /** Watches the map, its controls and its control corners not watched yet (their first report comes at once). */
  function watchControls() {
    for (const element of [map.getContainer(), ...mapControls(map), ...controlCorners(map)]) {
      if (watched.has(element)) continue;
      watched.add(element);
      resized?.observe(element);
    }
  }
  function place() {
    if (!map.hasLayer(layer)) return;
    const candidates = measured.map(({ label, width, height }) => {
      const point = map.latLngToContainerPoint(toLatLng(label.position));
      return { id: label.id, x: point.x, y: point.y, width, height, priority: label.priority };
    });
    const size = map.getSize();
    watchControls();
    const keep = placeLabels(candidates, { width: size.x, height: size.y }, LABEL_GAP, [...own, ...screen]);
    const byId = new Map(measured.map(({ label }) => [label.id, label]));
    for (const [id, { label, marker }] of shown) {
      const current = byId.get(id);
      if (!keep.has(id) || !current || !sameLabel(current, label)) {
        layer.removeLayer(marker);
        shown.delete(id);
      }
    }
    for (const { label } of measured) {
      if (!keep.has(label.id) || shown.has(label.id)) continue;
      const marker = labelMarker(label);
      layer.addLayer(marker);
      shown.set(label.id, { label, marker });
    }
  }
  layer.on("add", place);
  // after a zoom (new sizes on screen) and after a pan (labels at the edge come and go)
  map.on("moveend", place);
  return {
    layer,
    setLabels(labels) {
      const pane = map.getPane("markerPane") ?? map.getContainer();
      const sizes = labelSizes(labels, pane);
      measured = labels.map((label, i) => ({ label, ...sizes[i]! }));
      place();
    },
    setCovered(boxes) {
      screen = boxes;
      place();
    },
    dispose() {
      map.off("moveend", place);
      resized?.disconnect();
      watched.clear();
      layer.remove();
      shown.clear();
    },
  };
}
