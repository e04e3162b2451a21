// Which grid tiles of parcels the map's view needs: the map's parcel loads (use-visible-tiles.ts)
// and a deep link's loads asked for before React (src/app/deep-link-prefetch.ts) use the same tiles.

import type L from "leaflet";
import type { TileKey } from "@/geo/tiles";
import { tilesCovering } from "@/geo/tiles";
import { latLngBoundsToBox } from "@/map/leaflet-coords";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";

/** Parcels are loaded in tiles of this zoom's grid (about 2.3 × 2.3 km here). */
export const PARCEL_TILE_ZOOM = 14;

/** The tiles of the map's view (and a tenth around it) to load parcels for; none when zoomed out. */
export function parcelTilesInView(map: L.Map): TileKey[] {
  return map.getZoom() >= PARCEL_MIN_ZOOM ? tilesCovering(latLngBoundsToBox(map.getBounds().pad(0.1)), PARCEL_TILE_ZOOM) : [];
}
