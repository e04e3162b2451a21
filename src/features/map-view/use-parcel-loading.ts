// Loads the parcels of the tiles in view into the parcel cache (zoomed in only).

import { useParcelTiles } from "@/data/parcels-in-bbox-query";
import type { ParcelTilesStatus } from "@/data/parcels-in-bbox-query";
import { useVisibleTiles } from "@/map/use-visible-tiles";

/** Loads the parcels in view while `enabled`; returns how the loading goes. */
export function useParcelLoading(enabled: boolean): ParcelTilesStatus {
  const tiles = useVisibleTiles(enabled);
  return useParcelTiles(tiles);
}
