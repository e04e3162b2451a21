// The printed report's map picture: a still Leaflet map of a fixed size with the province and
// district boundaries (no tiles: the report must print offline) and the projects drawn by kind.
// It is laid out once, when mounted at its final size, so that nothing needs redrawing when the
// browser prints (invalidateSize in beforeprint is unreliable: Leaflet #5481). SVG rather than
// canvas, so that the paper (and a saved PDF) gets vector lines. `data-ready` tells the print
// page and tests that it is drawn.

import { useCallback, useEffect, useState } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { LonLatBox, PolygonGeometry, ProjectGeometry } from "@/geo/geometry";
import { isPolygonGeometry } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { boundaryLayers } from "@/map/draw/boundaries";
import { boxToLatLngBounds, lineLatLngs, polygonLatLngs } from "@/map/leaflet-coords";
import { kindStyle } from "@/map/project-styles";

/** A project as the picture draws it. */
export interface PrintMapProject {
  readonly id: string;
  readonly kind: ProjectKindId;
  readonly geometry: ProjectGeometry;
}

interface PrintMapProps {
  /** The picture's accessible name. */
  readonly label: string;
  readonly province: readonly PolygonGeometry[];
  readonly districts: readonly PolygonGeometry[];
  readonly attribution: string;
  readonly projects: readonly PrintMapProject[];
  /** The box to fit (the province's). */
  readonly box: LonLatBox | null;
  /** The picture's size in CSS pixels, fixed for print. */
  readonly width: number;
  readonly height: number;
}

export function PrintMap(props: PrintMapProps) {
  const { province, districts, attribution, projects, box } = props;
  const [map, hostRef] = useStillMap();
  useEffect(() => {
    if (!map || !box) return undefined;
    const basemap = boundaryLayers(province, districts, attribution);
    basemap.setFilled(true);
    basemap.group.addTo(map);
    const shapes = L.featureGroup(projects.map(projectLayer)).addTo(map);
    map.fitBounds(boxToLatLngBounds(box), { padding: [8, 8], animate: false });
    const container = map.getContainer();
    container.dataset.ready = "true";
    return function removeLayers() {
      container.dataset.ready = "false";
      shapes.remove();
      basemap.group.remove();
    };
  }, [map, province, districts, attribution, projects, box]);
  return (
    <div
      ref={hostRef}
      className="print-map"
      role="img"
      aria-label={props.label}
      style={{ width: props.width, height: props.height }}
    />
  );
}

function projectLayer(project: PrintMapProject): L.Layer {
  const style = kindStyle(project.kind);
  const stroke: L.PathOptions = { color: style.color, weight: style.weight, dashArray: style.dashArray, interactive: false };
  if (isPolygonGeometry(project.geometry)) {
    return L.polygon(polygonLatLngs(project.geometry), { ...stroke, fillColor: style.color, fillOpacity: 0.25 });
  }
  return L.polyline(lineLatLngs(project.geometry), stroke);
}

/** A map without controls or interaction, made when its element is attached and removed with it. */
function useStillMap(): [L.Map | null, (element: HTMLDivElement | null) => () => void] {
  const [map, setMap] = useState<L.Map | null>(null);
  const hostRef = useCallback((element: HTMLDivElement | null) => {
    const created = element ? L.map(element, {
      renderer: L.svg({ padding: 0 }), zoomControl: false, attributionControl: true,
      dragging: false, scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false,
      touchZoom: false, zoomSnap: 0, fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false,
      center: [20.8, 106.05], zoom: 9,
    }) : null;
    setMap(created);
    return function removeStillMap() {
      created?.remove();
      setMap(null);
    };
  }, []);
  return [map, hostRef];
}
