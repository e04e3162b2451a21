// The online background map. OpenStreetMap's tiles by default; a deployment may set
// VITE_TILE_URL (and VITE_TILE_ATTRIBUTION) to its own tile server. Without internet the
// layer switches itself off and the vector boundaries remain the basemap.

const OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * The tile URL template ({z}/{x}/{y}) and its attribution (HTML, as Leaflet takes it: the only
 * HTML the map is given, and it comes from the build's settings, never from the database).
 */
export const TILE_SOURCE = {
  url: import.meta.env.VITE_TILE_URL?.trim() || OSM_URL,
  attribution: import.meta.env.VITE_TILE_URL?.trim()
    ? import.meta.env.VITE_TILE_ATTRIBUTION?.trim() || ""
    : OSM_ATTRIBUTION,
  maxZoom: 19,
} as const;
