// The map's zoom as React state, updated when a zoom ends.

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";

/** The current zoom level; re-renders after each zoom. */
export function useMapZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on("zoomend", onZoom);
    onZoom();
    return function stopWatchingZoom() {
      map.off("zoomend", onZoom);
    };
  }, [map]);
  return zoom;
}
