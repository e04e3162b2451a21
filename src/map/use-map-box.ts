// The box the map shows, as React state, recomputed shortly after the map stops moving (not on
// every frame of a pan), while `enabled`.

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import type { LonLatBox } from "@/geo/geometry";
import { latLngBoundsToBox } from "@/map/leaflet-coords";

const DEBOUNCE_MS = 250;

function sameBox(a: LonLatBox | null, b: LonLatBox | null): boolean {
  return a === b || (a !== null && b !== null && a.every((v, i) => v === b[i]));
}

/** The map's visible box, or null while not `enabled`. */
export function useMapBox(enabled: boolean): LonLatBox | null {
  const map = useMap();
  const [box, setBox] = useState<LonLatBox | null>(null);
  useEffect(() => {
    let timer = 0;
    function compute() {
      const next = enabled ? latLngBoundsToBox(map.getBounds()) : null;
      setBox((previous) => (sameBox(previous, next) ? previous : next));
    }
    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, DEBOUNCE_MS);
    }
    map.on("moveend", schedule);
    compute();
    return function stopWatchingBox() {
      window.clearTimeout(timer);
      map.off("moveend", schedule);
    };
  }, [map, enabled]);
  return box;
}
