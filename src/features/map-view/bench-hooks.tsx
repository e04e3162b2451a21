// Hooks for `npm run bench:map` only: a build made with VITE_BENCH_HOOKS=1 exposes the map and
// the parcel cache on window.__gpmbBench so the benchmark can time pans, zooms and restyles in
// the page. Ordinary builds never load this module.

import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { allParcels, patchParcels } from "@/data/parcel-cache";
import { toggleLayer } from "@/state/map-state";

/** Exposes the benchmark's handles while mounted inside the map. */
export default function BenchHooks() {
  const map = useMap();
  useEffect(() => {
    const target = window as unknown as Record<string, unknown>;
    target.__gpmbBench = { map, L, allParcels, patchParcels, toggleLayer };
    return () => {
      delete target.__gpmbBench;
    };
  }, [map]);
  return null;
}
