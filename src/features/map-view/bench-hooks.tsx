// Hooks for `npm run bench:map` only: a build made with VITE_BENCH_HOOKS=1 exposes the map and
// the parcel store on window.__gpmbBench so the benchmark can time pans, zooms and restyles in
// the page. Ordinary builds never load this module.

import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { allParcels, receiveParcels } from "@/data/parcel-store";
import { toggleLayer } from "@/state/map-state";

/** Exposes the benchmark's handles while mounted inside the map. */
export default function BenchHooks() {
  const map = useMap();
  useEffect(() => {
    const target = window as unknown as Record<string, unknown>;
    // patchParcels: the name tests/bench/map.bench.mjs calls; every source goes through receiveParcels now
    target.__gpmbBench = { map, L, allParcels, patchParcels: receiveParcels, toggleLayer };
    return () => {
      delete target.__gpmbBench;
    };
  }, [map]);
  return null;
}
