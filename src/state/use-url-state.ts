// Mirrors the map state into the query string (history.replaceState, so the back button is not
// filled with every pan) and restores it on load: a copied link reproduces the view, layers,
// filters, selection, open parcel and the day of the progress figures. The format is in
// src/map/url-state.ts.

import { useEffect, useState } from "react";
import { dayInVietnam } from "@/domain/clock";
import { getMapState, subscribeMapState, updateMapState } from "@/state/map-state";
import { readMapSearch, writeMapSearch } from "@/state/url-state";

const WRITE_DELAY_MS = 300;
let restored = false;

/** Applies the URL's map state once per page load (before the map is created). */
export function restoreMapStateFromUrl(): void {
  if (restored || typeof window === "undefined") return;
  restored = true;
  const fromUrl = readMapSearch(window.location.search, dayInVietnam(new Date()));
  if (Object.keys(fromUrl).length > 0) updateMapState(fromUrl);
}

function writeUrl() {
  const { pathname, search, hash } = window.location;
  const next = writeMapSearch(search, getMapState());
  if (next !== search) window.history.replaceState(window.history.state, "", `${pathname}${next}${hash}`);
}

/**
 * Restores the map state from the URL on first render, then keeps the URL up to date.
 * Call it once, high in the tree, before the map renders.
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
