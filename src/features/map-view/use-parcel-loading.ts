// Loads the parcels of the tiles in view (zoomed in only): today's into the parcel store, or a
// past day's into that day's read-only store (src/data/parcels-as-of-query.ts).

import { useParcelTiles } from "@/data/parcels-in-bbox-query";
import type { ParcelTilesStatus } from "@/data/parcels-in-bbox-query";
import { useParcelTilesAsOf } from "@/data/parcels-as-of-query";
import { useVisibleTiles } from "@/map/use-visible-tiles";

/** Loads the parcels in view, of `day` (null: today), while `enabled`; returns how the loading goes. */
export function useParcelLoading(enabled: boolean, day: string | null): ParcelTilesStatus {
  const tiles = useVisibleTiles(enabled);
  const today = useParcelTiles(day === null ? tiles : []);
  const past = useParcelTilesAsOf(tiles, day);
  return day === null ? today : past;
}
