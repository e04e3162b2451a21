// Whether the map is zoomed in to at least a given level, as React state. Only crossing the
// level re-renders: a re-render of the map's layers and controls on every zoom step cost a few
// milliseconds of each step for nothing.

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";

/** True while the map's zoom is `minZoom` or more; updated when a zoom ends. */
export function useMapZoomAtLeast(minZoom: number): boolean {
  const map = useMap();
  const [atLeast, setAtLeast] = useState(() => map.getZoom() >= minZoom);
  useEffect(() => {
    const onZoom = () => setAtLeast(map.getZoom() >= minZoom);
    map.on("zoomend", onZoom);
    onZoom();
    return function stopWatchingZoom() {
      map.off("zoomend", onZoom);
    };
  }, [map, minZoom]);
  return atLeast;
}
