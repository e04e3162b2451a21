// On a first visit (no view in the link, map not moved yet) the map is fitted to the province
// once its outline has loaded, clear of the floating controls on the right; and fitted again
// when the map's size changes (a banner appears) until the person moves the map.

import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Boundaries } from "@/data/boundaries-query";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import { boxToLatLngBounds } from "@/map/leaflet-coords";
import { DEFAULT_VIEW, getMapState } from "@/map/map-state";

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
      // On a narrow map the (collapsed) controls float over the sea of margin anyway.
      const right = map.getSize().x >= 600 ? Math.min(rightPadding(), map.getSize().x / 2) : 0;
      fitting = true;
      map.fitBounds(boxToLatLngBounds(box), { paddingTopLeft: [16, 16], paddingBottomRight: [right + 16, 16], animate: false });
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
