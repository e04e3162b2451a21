// Text labels on the map (district names, project names with their progress), placed so that
// none overlap: after each zoom the most important labels are kept and the others hidden.
// Labels are decorative for screen readers; the same facts are in the progress tables.

import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { LonLat } from "@/geo/geometry";
import { placeLabels } from "@/geo/label-placement";
import { toLatLng } from "@/map/leaflet-coords";

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

function useLabelLayer(labels: readonly MapLabel[], visible: boolean): void {
  const map = useMap();
  const group = useRef<L.LayerGroup | null>(null);
  const placed = useRef<{ label: MapLabel; marker: L.Marker; element: HTMLElement }[]>([]);
  const placeLabelsNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    const layer = L.layerGroup();
    group.current = layer;
    function place() {
      if (!map.hasLayer(layer)) return;
      const candidates = placed.current.map(({ label, marker, element }) => {
        const point = map.latLngToContainerPoint(marker.getLatLng());
        return { id: label.id, x: point.x, y: point.y, width: element.offsetWidth, height: element.offsetHeight, priority: label.priority };
      });
      const shown = placeLabels(candidates);
      for (const { label, element } of placed.current) element.style.visibility = shown.has(label.id) ? "" : "hidden";
    }
    placeLabelsNow.current = place;
    layer.on("add", place);
    map.on("zoomend", place);
    return function removeLabels() {
      map.off("zoomend", place);
      layer.remove();
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    const layer = group.current;
    if (!layer) return;
    layer.clearLayers();
    placed.current = labels.map((label) => {
      const element = labelElement(label);
      const marker = L.marker(toLatLng(label.position), {
        icon: L.divIcon({ html: element, className: "map-label-anchor", iconSize: undefined }),
        interactive: false,
        keyboard: false,
      });
      layer.addLayer(marker);
      return { label, marker, element };
    });
    placeLabelsNow.current();
  }, [labels]);

  useEffect(() => {
    const layer = group.current;
    if (!layer) return;
    if (visible) layer.addTo(map);
    else layer.remove();
  }, [map, visible]);
}
