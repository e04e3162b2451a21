// The map container's accessible name, in the UI's language (the map itself is kept in step with
// the screen's state by src/map/map-sync.ts, for the whole page life).

import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Sets the map container's accessible name. */
export function useMapLabel(label: string): void {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("aria-label", label);
    container.setAttribute("role", "application");
  }, [map, label]);
}
