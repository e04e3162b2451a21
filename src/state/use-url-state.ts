// Mirrors the map state into the query string (history.replaceState, so the back button is not
// filled with every pan) and restores it on load: a copied link reproduces the view, layers,
// filters, selection, open parcel and the day of the progress figures. The format is in
// src/state/url-state.ts. The query string is the map's only on the map's own path: another
// page's address (a mistyped link, later the admin pages) is neither read nor rewritten.

import { useEffect, useState } from "react";
import { dayInVietnam } from "@/domain/clock";
import { getMapState, subscribeMapState, updateMapState } from "@/state/map-state";
import { ROUTE_PATHS } from "@/state/route-paths";
import { readMapSearch, writeMapSearch } from "@/state/url-state";

const WRITE_DELAY_MS = 300;
let restored = false;

// The path itself, not the router's match: the entry restores the map state before the router
// exists.
function onMapPath(): boolean {
  return window.location.pathname === ROUTE_PATHS.map;
}

/**
 * Applies the URL's map state once per page load (before the map is created), when the page is
 * the map's. A visit that starts on another page restores nothing: arriving at the map later
 * starts from the map's own address.
 */
export function restoreMapStateFromUrl(): void {
  if (restored || typeof window === "undefined" || !onMapPath()) return;
  restored = true;
  const fromUrl = readMapSearch(window.location.search, dayInVietnam(new Date()));
  if (Object.keys(fromUrl).length > 0) updateMapState(fromUrl);
}

function writeUrl() {
  // A write scheduled just before the router left the map would land on the next page's address.
  if (!onMapPath()) return;
  const { pathname, search, hash } = window.location;
  const next = writeMapSearch(search, getMapState());
  if (next !== search) window.history.replaceState(window.history.state, "", `${pathname}${next}${hash}`);
}

/**
 * Restores the map state from the URL on first render, then keeps the URL up to date. Call it
 * in the map's page, before the map renders: while another page is shown nothing touches the
 * query string, and coming back to the map writes the state it kept into the map's address.
 */
export function useUrlState(): void {
  useState(restoreMapStateFromUrl);
  useEffect(() => {
    let timer = 0;
    const unsubscribe = subscribeMapState(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(writeUrl, WRITE_DELAY_MS);
    });
    writeUrl();
    return function stopMirroring() {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
