// State the officer's panel and the in-map drawing layer share (they sit in different parts of
// the page): the drawing mode, the current view's bounds, and what the last draw left out.
// A small external store, like src/map/map-state.ts, local to this feature.

import { useSyncExternalStore } from "react";
import type { LonLatBox } from "@/geo/geometry";

/** off: the map pans as usual; box / lasso: the next drag on the map draws a selection. */
export type DrawMode = "off" | "box" | "lasso";

export interface OfficerState {
  readonly drawMode: DrawMode;
  /** The map's visible bounds, published by the layer; null before the map is mounted. */
  readonly viewBox: LonLatBox | null;
  /** Parcels the last draw picked outside the officer's area (not added to the selection). */
  readonly drawnOutside: readonly string[];
  /** What the last draw did, for a polite live announcement; `seq` makes repeats heard. */
  readonly drawResult: { readonly added: number; readonly seq: number } | null;
}

let state: OfficerState = { drawMode: "off", viewBox: null, drawnOutside: [], drawResult: null };
const listeners = new Set<() => void>();

/** Replaces part of the state and notifies subscribers. */
export function updateOfficerState(patch: Partial<OfficerState> | ((s: OfficerState) => Partial<OfficerState>)): void {
  state = { ...state, ...(typeof patch === "function" ? patch(state) : patch) };
  for (const listener of listeners) listener();
}

/** The current state. */
export function getOfficerState(): OfficerState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the part of the state `select` picks. */
export function useOfficerState<T>(select: (s: OfficerState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state), () => select(state));
}
