// Text labels on the map (district names, project names with their progress), placed so that
// none overlap: after each zoom the most important labels are kept and the others left out.
// Only the labels shown are in the page; their sizes come from text metrics (src/map/label-size.ts)
// so placing them never forces a layout. Labels are decorative for screen readers; the same
// facts are in the progress tables.

import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { LonLat } from "@/geo/geometry";
import { placeLabels } from "@/geo/label-placement";
import { toLatLng } from "@/map/leaflet-coords";
import { labelSizes } from "@/map/label-size";

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

interface LabelLayerProps {
  readonly labels: readonly MapLabel[];
  readonly visible: boolean;
}

/** Shows `labels` while `visible`. */
export function LabelLayer({ labels, visible }: LabelLayerProps) {
  useLabelLayer(labels, visible);
  return null;
}

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

function useLabelLayer(labels: readonly MapLabel[], visible: boolean): void {
  const map = useMap();
  const group = useRef<L.LayerGroup | null>(null);
  const measured = useRef<readonly Measured[]>([]);
  /** The markers in the page, by label; a label whose text changes gets a new marker. */
  const shown = useRef(new Map<string, { label: MapLabel; marker: L.Marker }>());
  const placeLabelsNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    const layer = L.layerGroup();
    group.current = layer;
    const markers = shown.current;
    function place() {
      if (!map.hasLayer(layer)) return;
      const candidates = measured.current.map(({ label, width, height }) => {
        const point = map.latLngToContainerPoint(toLatLng(label.position));
        return { id: label.id, x: point.x, y: point.y, width, height, priority: label.priority };
      });
      const keep = placeLabels(candidates);
      const byId = new Map(measured.current.map(({ label }) => [label.id, label]));
      for (const [id, { label, marker }] of markers) {
        const current = byId.get(id);
        if (!keep.has(id) || !current || !sameLabel(current, label)) {
          layer.removeLayer(marker);
          markers.delete(id);
        }
      }
      for (const { label } of measured.current) {
        if (!keep.has(label.id) || markers.has(label.id)) continue;
        const marker = labelMarker(label);
        layer.addLayer(marker);
        markers.set(label.id, { label, marker });
      }
    }
    placeLabelsNow.current = place;
    layer.on("add", place);
    map.on("zoomend", place);
    return function removeLabels() {
      map.off("zoomend", place);
      layer.remove();
      markers.clear();
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    const pane = map.getPane("markerPane") ?? map.getContainer();
    const sizes = labelSizes(labels, pane);
    measured.current = labels.map((label, i) => ({ label, ...sizes[i]! }));
    placeLabelsNow.current();
  }, [map, labels]);

  useEffect(() => {
    const layer = group.current;
    if (!layer) return;
    if (visible) layer.addTo(map);
    else layer.remove();
  }, [map, visible]);
}
