// parcels_in_bbox_as_of(): the parcels of a box as they stood at the end of a past day (stage,
// blocked and blocker replayed from their events), loaded tile by tile like today's parcels,
// into a read-only store of that day. Nothing changes a past day's store: no change feed, no
// officer's edits; the map reads it through the same ParcelSource shape as today's store.

import { useQueries, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { ApiError } from "@/data/api-error";
import type { ParcelTilesStatus, ParcelsInBbox } from "@/data/parcels-in-bbox-query";
import { MAX_PARCELS_PER_REQUEST, parseParcelsInBbox } from "@/data/parcels-in-bbox-query";
import { supabase } from "@/data/supabase-client";
import { asOfInstant } from "@/domain/as-of-day";
import type { Parcel } from "@/domain/parcel";
import type { LonLatBox } from "@/geo/geometry";
import type { TileKey } from "@/geo/tiles";
import { tileBox } from "@/geo/tiles";

/** The query key prefix of the past days' tiles. */
export const PARCELS_AS_OF_KEY = ["parcels-in-bbox-as-of"] as const;

/** Fetches the parcels whose box meets `box` as they stood at the end of `day` ("YYYY-MM-DD") in Hưng Yên. */
export async function fetchParcelsInBboxAsOf(box: LonLatBox, day: string, signal?: AbortSignal): Promise<ParcelsInBbox> {
  const client = await supabase();
  let request = client.rpc("parcels_in_bbox_as_of", {
    min_lon: box[0], min_lat: box[1], max_lon: box[2], max_lat: box[3], p_at: asOfInstant(day),
    max_features: MAX_PARCELS_PER_REQUEST,
  });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcels_in_bbox_as_of", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type (parcels_in_bbox's shape)
  return parseParcelsInBbox(data);
}

/** The parcels of one past day, as the map's parcel layer reads them. */
export interface DayParcelSource {
  get(id: string): Parcel | undefined;
  all(): Iterable<Parcel>;
  subscribe(listener: (changedIds: readonly string[]) => void): () => void;
}

interface DayStore extends DayParcelSource {
  receive(parcels: readonly Parcel[]): void;
}

function createDayStore(): DayStore {
  const parcels = new Map<string, Parcel>();
  const listeners = new Set<(changedIds: readonly string[]) => void>();
  return {
    get: (id) => parcels.get(id),
    all: () => parcels.values(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    receive(list) {
      const changed: string[] = [];
      for (const parcel of list) {
        const known = parcels.get(parcel.id);
        // the same day's answer again (a refetch) is news only when it differs
        if (known && known.stage === parcel.stage && known.blocked === parcel.blocked && known.version === parcel.version) continue;
        parcels.set(parcel.id, parcel);
        changed.push(parcel.id);
      }
      if (changed.length > 0) for (const listener of listeners) listener(changed);
    },
  };
}

/** One store per day shown in this visit: going back to a day finds its parcels still there. */
const stores = new Map<string, DayStore>();

function storeOf(day: string): DayStore {
  let store = stores.get(day);
  if (!store) {
    store = createDayStore();
    stores.set(day, store);
  }
  return store;
}

/** The read-only parcel source of `day` (the same object for the same day). */
export function parcelSourceAsOf(day: string): DayParcelSource {
  return storeOf(day);
}

/** Loads the parcels of these tiles as they stood at the end of `day` (nothing while `day` is null). */
export function useParcelTilesAsOf(tiles: readonly TileKey[], day: string | null): ParcelTilesStatus {
  return useQueries({
    queries: (day === null ? [] : tiles).map((tile) => ({
      queryKey: [...PARCELS_AS_OF_KEY, day, tile.z, tile.x, tile.y],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const result = await fetchParcelsInBboxAsOf(tileBox(tile), day as string, signal);
        storeOf(day as string).receive(result.parcels);
        return { count: result.parcels.length, truncated: result.truncated };
      },
      // a past day changes only when an act is recorded with an earlier date: no need to ask often
      staleTime: 30 * 60_000,
      refetchOnWindowFocus: false,
    })),
    combine: (results) => ({
      loading: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error ?? null,
      truncated: results.some((r) => r.data?.truncated === true),
    }),
  });
}

/** React hook: the parcel `id` as it stood at the end of `day`, once a tile holding it has loaded. */
export function useParcelAsOf(id: string | null, day: string | null): Parcel | undefined {
  const store = day === null ? null : storeOf(day);
  const read = () => (id && store ? store.get(id) : undefined);
  const subscribe = (listener: () => void) => (store ? store.subscribe(listener) : () => undefined);
  return useSyncExternalStore(subscribe, read, read);
}

/** A function that loads again the past day's tiles whose loading failed. */
export function useRetryParcelTilesAsOf(): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.refetchQueries({ queryKey: PARCELS_AS_OF_KEY, predicate: (query) => query.state.status === "error" });
  };
}
