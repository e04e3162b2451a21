// A small map of a page's own (the import preview, the areas' choropleth): made when its element
// is attached (a ref callback) and removed with it, with zoom buttons titled in the page's language.

import L from "leaflet";
import { useCallback, useEffect, useState } from "react";

/** The map once its element is there, and the ref callback that makes it. */
export function useSmallMap(makeOptions: () => L.MapOptions, zoomInTitle: string, zoomOutTitle: string):
  [L.Map | null, (element: HTMLDivElement | null) => () => void] {
  const [map, setMap] = useState<L.Map | null>(null);
  // the first render's: a map is not remade when a caller passes a new function; and called per
  // map, since a renderer in the options belongs to one map
  const [initial] = useState(() => makeOptions);
  const hostRef = useCallback((element: HTMLDivElement | null) => {
    const created = element ? L.map(element, { ...initial(), zoomControl: false }) : null;
    setMap(created);
    return function removeSmallMap() {
      created?.remove();
      setMap(null);
    };
  }, [initial]);
  useEffect(() => {
    if (!map) return;
    const control = L.control.zoom({ position: "topleft", zoomInTitle, zoomOutTitle }).addTo(map);
    return function removeZoomButtons() {
      control.remove();
    };
  }, [map, zoomInTitle, zoomOutTitle]);
  return [map, hostRef];
}
