// What a screen floats over the map (its panels, notices and buttons), measured from the elements
// it renders (found through its refs) and handed to the map's labels, so that none is placed
// under them.

import { useEffect, useRef } from "react";
import type L from "leaflet";
import type { ScreenBox } from "@/geo/label-placement";
import { coveredAreas } from "@/map/covered-areas";

/**
 * Tells `onChange` the boxes of the `covering()` elements over `map` whenever one of them, the
 * element each sits in (a panel moves when the one above it opens) or the map changes size:
 * measured in the browser's size reports, when the layout is done, and before the frame is
 * painted. Tells it of none once unmounted. The elements are those there when mounted.
 */
export function useCoveredBy(map: L.Map, covering: () => readonly Element[], onChange: (boxes: ScreenBox[]) => void): void {
  const latest = useRef({ covering, onChange });
  useEffect(() => {
    latest.current = { covering, onChange };
  });
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    const elements = latest.current.covering();
    const observer = new ResizeObserver(() => latest.current.onChange(coveredAreas(map, elements)));
    const watched = new Set<Element>([map.getContainer()]);
    for (const element of elements) {
      watched.add(element);
      if (element.parentElement) watched.add(element.parentElement);
    }
    for (const element of watched) observer.observe(element);
    const current = latest.current;
    return function stopMeasuring() {
      observer.disconnect();
      current.onChange([]);
    };
  }, [map]);
}
