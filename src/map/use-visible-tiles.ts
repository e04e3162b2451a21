// The grid tiles the map shows, recomputed shortly after the map stops moving (not on every
// frame of a pan), and only when zoomed in enough to draw parcels.

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import type { TileKey } from "@/geo/tiles";
import { tileId, tilesCovering } from "@/geo/tiles";
import { latLngBoundsToBox } from "@/map/leaflet-coords";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";

/** Parcels are loaded in tiles of this zoom's grid (about 2.3 × 2.3 km here). */
export const PARCEL_TILE_ZOOM = 14;
/** Wait this long after the map stops before loading. */
const DEBOUNCE_MS = 250;

function sameTiles(a: readonly TileKey[], b: readonly TileKey[]): boolean {
  return a.length === b.length && a.every((t, i) => tileId(t) === tileId(b[i] as TileKey));
}

/** The tiles to load parcels for: none when zoomed out or when `enabled` is false. */
export function useVisibleTiles(enabled: boolean): readonly TileKey[] {
  const map = useMap();
  const [tiles, setTiles] = useState<readonly TileKey[]>([]);
  useEffect(() => {
    let timer = 0;
    function compute() {
      const next = enabled && map.getZoom() >= PARCEL_MIN_ZOOM
        ? tilesCovering(latLngBoundsToBox(map.getBounds().pad(0.1)), PARCEL_TILE_ZOOM)
        : [];
      setTiles((previous) => (sameTiles(previous, next) ? previous : next));
    }
    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, DEBOUNCE_MS);
    }
    map.on("moveend", schedule);
    compute();
    return function stopWatchingView() {
      window.clearTimeout(timer);
      map.off("moveend", schedule);
    };
  }, [map, enabled]);
  return tiles;
}
