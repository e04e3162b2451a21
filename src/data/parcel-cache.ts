// The parcels the client currently knows, by id: filled by viewport loads (parcels_in_bbox),
// patched by the change feed (changes_since) and by the answers of record_parcel_events.
// One normalised store so the map, the panel and the officer's tools always agree, and a
// restyle touches only the parcels that changed. Keeps the higher version when two sources race.
import { useSyncExternalStore } from "react";
import type { Parcel, ParcelPatch } from "@/domain/parcel";

const parcels = new Map<string, Parcel>();
const listeners = new Set<(changedIds: readonly string[]) => void>();
let revision = 0;

function emit(changed: string[]) {
  if (changed.length === 0) return;
  revision++;
  for (const listener of listeners) listener(changed);
}

/** Adds or replaces parcels (a viewport load). An older version never overwrites a newer one. */
export function putParcels(list: readonly Parcel[]): void {
  const changed: string[] = [];
  for (const parcel of list) {
    const known = parcels.get(parcel.id);
    if (known && known.version > parcel.version) continue;
    if (known && known.version === parcel.version && known.geometry) continue;
    parcels.set(parcel.id, known?.geometry && !parcel.geometry ? { ...parcel, geometry: known.geometry } : parcel);
    changed.push(parcel.id);
  }
  emit(changed);
}

/** Applies state changes to known parcels; unknown parcels are ignored (not on screen). */
export function patchParcels(patches: readonly ParcelPatch[]): void {
  const changed: string[] = [];
  for (const patch of patches) {
    const known = parcels.get(patch.id);
    if (!known || known.version >= patch.version) continue;
    parcels.set(patch.id, { ...known, ...patch });
    changed.push(patch.id);
  }
  emit(changed);
}

export function getParcel(id: string): Parcel | undefined {
  return parcels.get(id);
}

export function allParcels(): IterableIterator<Parcel> {
  return parcels.values();
}

/** A number that changes whenever any parcel changes (for useSyncExternalStore). */
export function parcelRevision(): number {
  return revision;
}

/** Calls `listener` with the ids of the parcels that changed. */
export function subscribeParcels(listener: (changedIds: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the cached parcel with this id (or undefined), re-rendering when it changes. */
export function useCachedParcel(id: string | null): Parcel | undefined {
  const read = () => (id ? parcels.get(id) : undefined);
  return useSyncExternalStore(subscribeParcels, read, read);
}

/** The store as the map's parcel layer reads it (src/map/parcel-canvas-layer.ts: ParcelSource). */
export const parcelSource = {
  get: getParcel,
  all: allParcels,
  subscribe: subscribeParcels,
} as const;
