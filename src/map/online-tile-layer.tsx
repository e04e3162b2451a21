// The online background map, which gives up gracefully: when tiles cannot be loaded (no
// internet, server down) it removes itself and tells its parent, which notes it in the layer
// switcher. The map never waits for tiles.

import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { TILE_SOURCE } from "@/map/tile-config";

/** Failed tiles, with none loaded, after which the layer is given up. */
const MAX_FAILURES = 3;
/** Without a single tile after this long, the layer is given up too (requests that hang). */
const GIVE_UP_AFTER_MS = 12_000;

interface OnlineTileLayerProps {
  /** Called once when the tiles turn out to be unreachable; the layer has removed itself. */
  readonly onUnavailable: () => void;
}

/** Adds the tile layer while mounted. */
export function OnlineTileLayer({ onUnavailable }: OnlineTileLayerProps) {
  useOnlineTileLayer(onUnavailable);
  return null;
}

function useOnlineTileLayer(onUnavailable: () => void): void {
  const map = useMap();
  const callback = useRef(onUnavailable);
  useEffect(() => {
    callback.current = onUnavailable;
  }, [onUnavailable]);

  useEffect(() => {
    const layer = L.tileLayer(TILE_SOURCE.url, {
      attribution: TILE_SOURCE.attribution,
      maxZoom: TILE_SOURCE.maxZoom,
      maxNativeZoom: 19,
      crossOrigin: true,
    });
    let loaded = 0;
    let failed = 0;
    let gaveUp = false;
    function giveUp() {
      if (gaveUp || loaded > 0) return;
      gaveUp = true;
      layer.remove();
      callback.current();
    }
    function onTileLoad() {
      loaded++;
    }
    function onTileError() {
      failed++;
      if (failed >= MAX_FAILURES) giveUp();
    }
    layer.on("tileload", onTileLoad);
    layer.on("tileerror", onTileError);
    layer.addTo(map);
    layer.bringToBack();
    const timer = window.setTimeout(giveUp, GIVE_UP_AFTER_MS);
    return function removeTiles() {
      window.clearTimeout(timer);
      layer.off("tileload", onTileLoad);
      layer.off("tileerror", onTileError);
      layer.remove();
    };
  }, [map]);
}
