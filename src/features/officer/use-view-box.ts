// Publishes the map's visible bounds to the officer's panel ("select parcels in view").

import { useEffect } from "react";
import type { Map as LeafletMap } from "leaflet";
import { updateOfficerState } from "@/features/officer/officer-store";

/** Keeps the officer store's `viewBox` in step with the map while `enabled`. */
export function useViewBox(map: LeafletMap, enabled: boolean): void {
  useEffect(function publishViewBox() {
    if (!enabled) return;
    function publish() {
      const b = map.getBounds();
      updateOfficerState({ viewBox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] });
    }
    publish();
    map.on("moveend", publish);
    return function stopPublishing() {
      map.off("moveend", publish);
      updateOfficerState({ viewBox: null });
    };
  }, [map, enabled]);
}
