// The shared state of the map screen that several features read and change: the view, the
// visible layers, the parcel filters, the selected parcels, the parcel shown in the panel, the
// day the progress figures beside the map are of, and the interaction mode (what a click or a
// drag on the map does).
// A small external store (useSyncExternalStore) so features need not import each other;
// src/state/use-url-state.ts mirrors it into the URL so a link reproduces what a person sees.
import { useSyncExternalStore } from "react";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { NO_FILTERS } from "@/domain/parcel-filters";
import type { LonLatBox } from "@/geo/geometry";

/** The map's centre and zoom. */
export interface MapView {
  readonly lat: number;
  readonly lng: number;
  readonly zoom: number;
}

/**
 * A selection that came with a link (not made by the officer in this session): an officer must
 * look at it and confirm it before acting on it, since a link can be made by anyone.
 */
export interface LinkSelection {
  /** The parcels the link selected (at most MAX_SELECTION_IN_URL, src/map/url-state.ts). */
  readonly ids: ReadonlySet<string>;
  /** How many more parcels the link named, left out. */
  readonly ignored: number;
}

/**
 * What the map does with the pointer. browse: a click opens a parcel's panel (the public,
 * leaders); select: an officer's click opens the panel too, and a Shift-click selects (or
 * explains why a parcel cannot be selected); box / lasso: the officer's next drag draws a
 * selection.
 */
export type InteractionMode = "browse" | "select" | "box" | "lasso";

/** Layer ids the layer switcher toggles. */
export type LayerId = "tiles" | "districts" | "projects" | "corridor" | "parcels" | "progress" | "deadlines";

export interface MapState {
  readonly view: MapView;
  readonly layers: ReadonlySet<LayerId>;
  readonly filters: ParcelFilters;
  /** Parcels selected for a change (officers). */
  readonly selection: ReadonlySet<string>;
  /** The link's selection while it is not confirmed and some of it is still selected; else null. */
  readonly linkSelection: LinkSelection | null;
  /** The parcel whose details the panel shows, or null. */
  readonly focusedParcelId: string | null;
  /**
   * The day ("YYYY-MM-DD") the map shows its parcels' stages, gauges and figures as of, at the
   * end of that day in Hưng Yên; null for today's live map. Nothing can be changed on a past day.
   */
  readonly figuresDay: string | null;
  /** A request to move the map, consumed by the map (e.g. "fly to this project"). */
  readonly flyTo: { readonly bounds: LonLatBox; readonly seq: number } | null;
  readonly mode: InteractionMode;
  /**
   * Parcels the officer tried to select that lie outside their area (a Shift-click, or the last
   * draw): never selected, counted so the officer is told why.
   */
  readonly outsidePicks: readonly string[];
}

export const DEFAULT_VIEW: MapView = { lat: 20.83, lng: 106.03, zoom: 10 };
export const DEFAULT_LAYERS: ReadonlySet<LayerId> = new Set<LayerId>([
  "tiles", "districts", "projects", "corridor", "parcels", "progress",
]);

let state: MapState = {
  view: DEFAULT_VIEW,
  layers: DEFAULT_LAYERS,
  filters: NO_FILTERS,
  selection: new Set(),
  linkSelection: null,
  focusedParcelId: null,
  figuresDay: null,
  flyTo: null,
  mode: "browse",
  outsidePicks: [],
};
const listeners = new Set<() => void>();

/** The current state (stable between changes). */
export function getMapState(): MapState {
  return state;
}

/** Replaces part of the state and notifies subscribers. */
export function updateMapState(change: Partial<MapState> | ((s: MapState) => Partial<MapState>)): void {
  const patch = typeof change === "function" ? change(state) : change;
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function subscribeMapState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the part of the map state `select` picks, re-rendering when it changes. */
export function useMapState<T>(select: (s: MapState) => T): T {
  return useSyncExternalStore(subscribeMapState, () => select(state), () => select(state));
}

/** Asks the map to fit these bounds (used by the leader's progress rows). */
export function requestFlyTo(bounds: LonLatBox): void {
  updateMapState((s) => ({ flyTo: { bounds, seq: (s.flyTo?.seq ?? 0) + 1 } }));
}

/**
 * Adds or removes parcels from the selection; `replace` starts a new selection. What is left of
 * a link's unconfirmed selection still needs confirming; once none of it is selected, nothing does.
 */
export function changeSelection(ids: readonly string[], mode: "replace" | "add" | "toggle" | "remove"): void {
  updateMapState((s) => {
    const next = new Set(mode === "replace" ? [] : s.selection);
    for (const id of ids) {
      if (mode === "remove" || (mode === "toggle" && next.has(id))) next.delete(id);
      else next.add(id);
    }
    const link = s.linkSelection;
    const linkLeft = link !== null && [...link.ids].some((id) => next.has(id));
    return { selection: next, linkSelection: linkLeft ? link : null };
  });
}

/** The officer has looked at the selection a link brought: it may be acted on like their own. */
export function confirmLinkSelection(): void {
  if (getMapState().linkSelection) updateMapState({ linkSelection: null });
}

/** Opens the parcel panel for this parcel (null closes it). */
export function focusParcel(id: string | null): void {
  if (getMapState().focusedParcelId !== id) updateMapState({ focusedParcelId: id });
}

/** Shows or hides a layer (toggles it when `on` is not given). */
export function toggleLayer(id: LayerId, on?: boolean): void {
  updateMapState((s) => {
    const next = new Set(s.layers);
    const show = on ?? !next.has(id);
    if (show) next.add(id);
    else next.delete(id);
    return { layers: next };
  });
}

/** Shows the progress figures as of the end of `day` ("YYYY-MM-DD"), or today's live ones (null). */
export function setFiguresDay(day: string | null): void {
  if (getMapState().figuresDay !== day) updateMapState({ figuresDay: day });
}

/** Replaces the parcel filters. */
export function setFilters(filters: ParcelFilters): void {
  updateMapState({ filters });
}

/** A click (or tap) on a parcel drawn on the map. */
export interface ParcelClick {
  readonly parcelId: string;
  /** Shift (or Ctrl/⌘) was held: add the parcel to, or remove it from, the selection. */
  readonly additive: boolean;
  /** False when the user may not change this parcel (outside an officer's area, or not an officer). */
  readonly selectable: boolean;
}

/** What a parcel click does. */
export type ParcelClickOutcome =
  | { readonly kind: "open"; readonly parcelId: string }
  | { readonly kind: "toggle"; readonly parcelId: string }
  | { readonly kind: "explain"; readonly parcelId: string }
  | { readonly kind: "none" };

/**
 * What a click on a parcel does in `mode`: a plain click opens the parcel's panel in every mode;
 * a Shift-click toggles a selectable parcel in the selection and explains an unselectable one
 * (outside the officer's area) for an officer, and does nothing while browsing.
 */
export function parcelClickOutcome(mode: InteractionMode, click: ParcelClick): ParcelClickOutcome {
  if (!click.additive) return { kind: "open", parcelId: click.parcelId };
  if (mode === "browse") return { kind: "none" };
  return { kind: click.selectable ? "toggle" : "explain", parcelId: click.parcelId };
}

/** Sets the interaction mode (the officer's tools switch between select and the draw modes). */
export function setInteractionMode(mode: InteractionMode): void {
  if (getMapState().mode !== mode) updateMapState({ mode });
}

/** Replaces the parcels picked outside the officer's area (a draw's, or none to clear the notice). */
export function setOutsidePicks(ids: readonly string[]): void {
  updateMapState({ outsidePicks: ids });
}

/** What the map calls when a parcel is clicked: does what parcelClickOutcome says for the current mode. */
export function handleParcelClick(click: ParcelClick): void {
  const outcome = parcelClickOutcome(state.mode, click);
  switch (outcome.kind) {
    case "open":
      focusParcel(outcome.parcelId);
      return;
    case "toggle":
      changeSelection([outcome.parcelId], "toggle");
      return;
    case "explain":
      updateMapState((s) => ({
        outsidePicks: s.outsidePicks.includes(outcome.parcelId) ? s.outsidePicks : [...s.outsidePicks, outcome.parcelId],
      }));
      return;
    case "none":
      return;
  }
}
