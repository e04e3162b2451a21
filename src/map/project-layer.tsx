// Project outlines and road centre lines as a React layer (src/map/draw/project-outlines.ts).
// Clicking a project calls `onSelect` (e.g. to zoom to it).

import { useEffect, useRef } from "react";
import type L from "leaflet";
import { useMap } from "react-leaflet";
import type { ProjectShape } from "@/map/draw/project-outlines";
import { projectOutlines } from "@/map/draw/project-outlines";
import { addInOrder, removeFromOrder } from "@/map/layer-order";

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
    const layers = projectOutlines(projects, (id) => select.current?.(id));
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
