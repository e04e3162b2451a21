// The one Leaflet map of the page as the screens see it: made by the entry before React
// (src/app/province-view.ts) and kept for the whole page life; a screen hosts it
// (src/map/map-frame.tsx) and tells it what it floats over it.

import type L from "leaflet";
import type { ScreenBox } from "@/geo/label-placement";

/** The page's map and what a screen hosting it tells it. */
export interface MapHandle {
  readonly map: L.Map;
  /** The boxes (px from the map's top-left corner) the screen floats over the map: no label goes there. */
  setCovered(boxes: readonly ScreenBox[]): void;
  /** The width (px) the controls on the right take: the province is fitted clear of them. */
  setControlsWidth(width: number): void;
  /** The tiles failed to load: the province is filled like land instead. */
  setTilesFailed(failed: boolean): void;
}
