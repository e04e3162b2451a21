// Mirrors the map state into the query string (history.replaceState, so the back button is not
// filled with every pan) and restores it on load: a copied link reproduces the view, layers,
// filters, selection, open parcel and the day of the map. The format is in
// src/state/url-state.ts. The query string is the map's only on the map's own path: another
// page's address (a mistyped link, later the admin pages) is neither read nor rewritten.
// Arriving at the map from another page of the app (a link of the meeting view) applies that
// link's state too; arriving with no map parameters (the header's link) keeps what the map had.

import { useEffect, useState } from "react";
import { dayInVietnam } from "@/domain/clock";
import { NO_FILTERS } from "@/domain/parcel-filters";
import type { MapState } from "@/state/map-state";
import { getMapState, requestFlyTo, subscribeMapState, updateMapState } from "@/state/map-state";
import { ROUTE_PATHS } from "@/state/route-paths";
import { MAP_PARAMS, readMapSearch, writeMapSearch } from "@/state/url-state";
import type { LonLatBox } from "@/geo/geometry";

const WRITE_DELAY_MS = 300;
let restored = false;
/** The query string last read or written by the map: a different one on arrival is a link's. */
let lastSearch: string | null = null;
/** The box of the link that brought the map back, fitted once the map is on the page again. */
let arrivalFit: LonLatBox | undefined;

// The path itself, not the router's match: the entry restores the map state before the router
// exists.
function onMapPath(): boolean {
  return window.location.pathname === ROUTE_PATHS.map;
}

/** Applies the state `search` names, all but its box; returns the box to fit, if any. */
function applySearch(search: string, whole: boolean): LonLatBox | undefined {
  const { bounds, ...fromUrl } = readMapSearch(search, dayInVietnam(new Date()));
  // A link from another page says where and when the map is: what it leaves out is today's,
  // unfiltered map with no parcel open (the view and layers, and the officer's selection, stay).
  const reset: Partial<MapState> = whole ? { filters: NO_FILTERS, focusedParcelId: null, figuresDay: null } : {};
  const change = { ...reset, ...fromUrl };
  if (Object.keys(change).length > 0) updateMapState(change);
  return bounds;
}

/**
 * Applies the URL's map state once per page load (before the map is created), when the page is
 * the map's. A visit that starts on another page restores nothing here: arriving at the map
 * later applies the arriving address (useUrlState).
 */
export function restoreMapStateFromUrl(): void {
  if (restored || typeof window === "undefined" || !onMapPath()) return;
  restored = true;
  lastSearch = window.location.search;
  // the map is made after this, and fits the box at once (src/map/map-sync.ts)
  const bounds = applySearch(window.location.search, false);
  if (bounds) requestFlyTo(bounds);
}

/** True when `search` carries any of the map's parameters. */
function hasMapParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return MAP_PARAMS.some((key) => params.has(key));
}

/**
 * Applies the state of an address the app navigated to (not a page load) before the map screen
 * renders; its box waits in arrivalFit for the map to be on the page again.
 */
function arriveByLink(): void {
  restoreMapStateFromUrl();
  const { search } = window.location;
  if (search === lastSearch || !hasMapParams(search)) return;
  lastSearch = search;
  arrivalFit = applySearch(search, true);
}

function writeUrl() {
  // A write scheduled just before the router left the map would land on the next page's address.
  if (!onMapPath()) return;
  const { pathname, search, hash } = window.location;
  const next = writeMapSearch(search, getMapState());
  lastSearch = next;
  if (next !== search) window.history.replaceState(window.history.state, "", `${pathname}${next}${hash}`);
}

/**
 * Restores the map state from the URL on first render, then keeps the URL up to date. Call it
 * in the map's page, before the map renders: while another page is shown nothing touches the
 * query string, and coming back to the map writes the state it kept into the map's address, or
 * first takes the state of the link that brought it back.
 */
export function useUrlState(): void {
  useState(arriveByLink);
  useEffect(() => {
    let timer = 0;
    const unsubscribe = subscribeMapState(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(writeUrl, WRITE_DELAY_MS);
    });
    // after the map is hosted again (its children's effects ran first): a fit needs its size;
    // the view it gives is written with the next change
    const fit = arrivalFit;
    arrivalFit = undefined;
    if (fit) requestFlyTo(fit);
    else writeUrl();
    return function stopMirroring() {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
