// What a link that opens close in (street zoom, maybe with a parcel's panel) waits for: its parcel
// tiles and the open parcel's row. Asked for by the entry's province view as soon as the map is
// made, into the queries React's map and panel then read (the same keys), instead of after React
// has loaded and rendered. Loaded as a chunk of its own, only for such links: the province view's
// first chunk stays without supabase-js and React.

import type L from "leaflet";
import type { QueryClient } from "@tanstack/react-query";
import { parcelDetailQuery } from "@/data/parcel-detail-query";
import { parcelTileQuery } from "@/data/parcels-in-bbox-query";
import { parcelTilesInView } from "@/map/parcel-tiles";
import { getMapState } from "@/state/map-state";

/** Starts the loads of the link's parcel tiles and open parcel. */
export function prefetchDeepLink(client: QueryClient, map: L.Map): void {
  const { layers, focusedParcelId } = getMapState();
  if (layers.has("parcels")) for (const tile of parcelTilesInView(map)) void client.prefetchQuery(parcelTileQuery(tile));
  if (focusedParcelId) void client.prefetchQuery(parcelDetailQuery(focusedParcelId));
}
