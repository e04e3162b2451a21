// Project outlines (parks, clusters, housing…) and road centre lines, styled by kind, with the
// project's name on hover. Clicking a project calls `onSelect` (e.g. to zoom to it).

import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { ProjectGeometry } from "@/geo/geometry";
import { isPolygonGeometry } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { lineLatLngs, polygonLatLngs } from "@/map/leaflet-coords";
import { kindStyle } from "@/map/project-styles";

/** What the layer needs of a project. */
export interface ProjectShape {
  readonly id: string;
  readonly kind: ProjectKindId;
  readonly geometry: ProjectGeometry | null;
  /** Hover text, e.g. the project's name and progress. */
  readonly tooltip: string;
}

interface ProjectLayerProps {
  readonly projects: readonly ProjectShape[];
  readonly visible: boolean;
  readonly onSelect?: (projectId: string) => void;
}

/** Draws the projects while `visible`. */
export function ProjectLayer(props: ProjectLayerProps) {
  useProjectLayer(props);
  return null;
}

function useProjectLayer({ projects, visible, onSelect }: ProjectLayerProps): void {
  const map = useMap();
  const group = useRef<L.FeatureGroup | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const layers = L.featureGroup();
    for (const project of projects) {
      if (!project.geometry) continue;
      const style = kindStyle(project.kind);
      const options = { color: style.color, weight: style.weight, dashArray: style.dashArray, opacity: 0.95 };
      const layer = isPolygonGeometry(project.geometry)
        ? L.polygon(polygonLatLngs(project.geometry), { ...options, fill: true, fillOpacity: 0 })
        : L.polyline(lineLatLngs(project.geometry), options);
      layer.bindTooltip(project.tooltip, { sticky: true, className: "map-tooltip" });
      layer.on("click", () => select.current?.(project.id));
      layers.addLayer(layer);
    }
    group.current = layers;
    return function dropProjects() {
      removeFromOrder(map, "projects", layers);
      group.current = null;
    };
  }, [map, projects]);

  useEffect(() => {
    const layers = group.current;
    if (!layers) return;
    if (visible) addInOrder(map, "projects", layers);
    else removeFromOrder(map, "projects", layers);
  }, [map, projects, visible]);
}
