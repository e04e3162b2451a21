// State the officer's panel and the in-map drawing layer share (they sit in different parts of
// the page): the current view's bounds and what the last draw did. The drawing mode itself is
// the screen's interaction mode (src/state/map-state.ts), which also decides what a click does.
// A small external store, like src/state/map-state.ts, local to this feature.

import { useSyncExternalStore } from "react";
import type { InteractionMode } from "@/state/map-state";
import { setInteractionMode } from "@/state/map-state";
import type { LonLatBox } from "@/geo/geometry";

/** off: the map pans as usual; box / lasso: the next drag on the map draws a selection. */
export type DrawMode = "off" | "box" | "lasso";

/** The draw mode an interaction mode arms. */
export function drawModeOf(mode: InteractionMode): DrawMode {
  return mode === "box" || mode === "lasso" ? mode : "off";
}

/** Arms a draw mode, or ends drawing (back to selecting by click). */
export function setDrawMode(mode: DrawMode): void {
  setInteractionMode(mode === "off" ? "select" : mode);
}

export interface OfficerState {
  /** The map's visible bounds, published by the layer; null before the map is mounted. */
  readonly viewBox: LonLatBox | null;
  /** What the last draw did, for a polite live announcement; `seq` makes repeats heard. */
  readonly drawResult: { readonly added: number; readonly seq: number } | null;
}

let state: OfficerState = { viewBox: null, drawResult: null };
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
