// parcels_in_bbox(): the public fields and outlines of the parcels in a box, loaded tile by
// tile as the map moves (zoomed in only). Each tile is one cached query; a tile that leaves
// the view before its answer arrives is cancelled. Answers go into the parcel store.

import { useQueries, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { polygonGeometry } from "@/data/geojson-schema";
import type { Parcel } from "@/domain/parcel";
import { receiveParcels } from "@/data/parcel-store";
import {
  optionalBlockerFields, parcelBlocker, parcelLabelFields, parcelLabels, parcelState, parcelStateFields,
} from "@/data/parcel-row";
import { withKeptTile } from "@/data/offline-copy/offline-copy";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { LonLatBox } from "@/geo/geometry";
import type { TileKey } from "@/geo/tiles";
import { tileBox, tileId } from "@/geo/tiles";

/**
 * At most this many parcels per tile request (the database allows up to
 * MAX_FEATURES_PER_BBOX_CALL); the answer says when more were there.
 */
export const MAX_PARCELS_PER_REQUEST = 20_000;

/** What one box load found. */
export interface ParcelsInBbox {
  readonly parcels: readonly Parcel[];
  /** True when the box held more than MAX_PARCELS_PER_REQUEST parcels and some were left out. */
  readonly truncated: boolean;
}

const featureSchema = z.object({
  geometry: polygonGeometry,
  properties: z.object({ ...parcelStateFields, ...parcelLabelFields, ...optionalBlockerFields }),
});

const collectionSchema = z.object({
  truncated: z.boolean(),
  features: z.array(featureSchema),
});

/** Reads an answer of parcels_in_bbox. */
export function parseParcelsInBbox(data: unknown): ParcelsInBbox {
  const parsed = parseRows(collectionSchema, data, "parcels_in_bbox");
  return {
    truncated: parsed.truncated,
    parcels: parsed.features.map(({ geometry, properties: p }) => ({
      ...parcelState(p), ...parcelLabels(p), ...parcelBlocker(p), geometry,
    })),
  };
}

/** Fetches the parcels whose bounding box meets `box`, with their blockers' reasons and who must act. */
export async function fetchParcelsInBbox(box: LonLatBox, signal?: AbortSignal): Promise<ParcelsInBbox> {
  const client = await supabase();
  let request = client.rpc("parcels_in_bbox", {
    min_lon: box[0], min_lat: box[1], max_lon: box[2], max_lat: box[3], max_features: MAX_PARCELS_PER_REQUEST,
  });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcels_in_bbox", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseParcelsInBbox(data);
}

/** How the tiles in view are loading. */
export interface ParcelTilesStatus {
  readonly loading: boolean;
  /** The first error among the tiles, if any (useRetryParcelTiles retries them). */
  readonly error: Error | null;
  readonly truncated: boolean;
}

/**
 * Loads the parcels of these tiles into the parcel store. Tiles stay cached for a few minutes;
 * the change feed and the officer's own answers keep the cached parcels current meanwhile.
 */
export function useParcelTiles(tiles: readonly TileKey[]): ParcelTilesStatus {
  return useQueries({
    queries: tiles.map((tile) => ({
      queryKey: ["parcels-in-bbox", tile.z, tile.x, tile.y],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        // kept on the device, and read back offline (src/data/offline-copy)
        const result = await withKeptTile(tileId(tile), () => fetchParcelsInBbox(tileBox(tile), signal), signal);
        receiveParcels(result.parcels);
        return { count: result.parcels.length, truncated: result.truncated };
      },
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      networkMode: "always" as const,
    })),
    combine: (results) => ({
      loading: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error ?? null,
      truncated: results.some((r) => r.data?.truncated === true),
    }),
  });
}

/** A function that loads again the tiles whose loading failed. */
export function useRetryParcelTiles(): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.refetchQueries({
      queryKey: ["parcels-in-bbox"],
      predicate: (query) => query.state.status === "error",
    });
  };
}
