// On a first visit (no view in the link, map not moved yet) the map is fitted to the province
// once its outline has loaded, clear of the floating controls on the right; and fitted again
// when the map's size changes (a banner appears) until the person moves the map.

import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Boundaries } from "@/data/boundaries-query";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import { fitProvince } from "@/map/fit-province";
import { DEFAULT_VIEW, getMapState } from "@/state/map-state";

/** Fits the province into view once, if the view is still the untouched default. */
export function useFitProvince(boundaries: Boundaries | undefined, rightPadding: () => number): void {
  const map = useMap();
  useEffect(() => {
    const { view, flyTo } = getMapState();
    if (!boundaries || view !== DEFAULT_VIEW || flyTo) return;
    const box = unionBounds(boundaries.province.map((b) => geometryBox(b.geometry)));
    if (!box) return;
    // A resize moves the view too, so "untouched" means: no drag or zoom since the fit.
    let fitting = false;
    let touched = false;
    function fit() {
      if (!box) return;
      fitting = true;
      fitProvince(map, box, rightPadding());
      fitting = false;
    }
    function onUserMove() {
      if (!fitting) touched = true;
    }
    function refitIfUntouched() {
      if (!touched) fit();
    }
    fit();
    map.on("zoomstart dragstart", onUserMove);
    map.on("resize", refitIfUntouched);
    return function stopRefitting() {
      map.off("zoomstart dragstart", onUserMove);
      map.off("resize", refitIfUntouched);
    };
  }, [map, boundaries, rightPadding]);
}
