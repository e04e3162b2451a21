// The floor of a deep link at street zoom with a parcel open: the parcels of the tiles in view
// (parcels_in_bbox per tile of the app's grid, as src/map/use-visible-tiles.ts asks for them)
// drawn on a Leaflet canvas, one polygon each, and the open parcel's heading, fetched in parallel.
// No React, no parcel cache, no validation.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { backendConfig } from "@/data/supabase-client";
import { tileBox, tilesCovering } from "@/geo/tiles";

const TILE_ZOOM = 14;
const MAX_FEATURES = 20_000;
const FILL = ["#bdbdbd", "#fdd49e", "#fdbb84", "#fc8d59", "#9ecae1", "#6baed6", "#74c476", "#238b45"];
const STAGES = ["not_started", "dialogue", "notice", "inventory", "plan_approved", "recovery_decided", "compensated", "handed_over"];

export async function drawParcels(search) {
  const [lat, lng, zoom] = search.get("v").split(",").map(Number);
  const { url, key } = backendConfig;
  const api = `${url.replace(/\/$/, "")}/rest/v1`;
  const headers = { apikey: key, authorization: `Bearer ${key}`, accept: "application/json", "content-type": "application/json" };
  const renderer = L.canvas({ padding: 0.1, tolerance: 4 });
  const map = L.map("map", { preferCanvas: true, renderer }).setView([lat, lng], zoom);
  const b = map.getBounds().pad(0.1);
  const tiles = tilesCovering([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], TILE_ZOOM);
  const heading = fetch(`${api}/parcels?select=map_sheet,parcel_no&id=eq.${search.get("p")}`, { headers })
    .then((r) => r.json())
    .then(([row]) => {
      const h2 = document.createElement("h2");
      h2.className = "parcel-sheet__title";
      h2.textContent = `Tờ ${row.map_sheet}, thửa ${row.parcel_no}`;
      document.body.append(h2);
    });
  await Promise.all([heading, ...tiles.map(async (tile) => {
    const [minLon, minLat, maxLon, maxLat] = tileBox(tile);
    const res = await fetch(`${api}/rpc/parcels_in_bbox`, {
      method: "POST", headers,
      body: JSON.stringify({ min_lon: minLon, min_lat: minLat, max_lon: maxLon, max_lat: maxLat, max_features: MAX_FEATURES }),
    });
    const { features } = await res.json();
    for (const f of features) {
      const rings = f.geometry.coordinates.map((ring) => ring.map(([x, y]) => [y, x]));
      L.polygon(rings, { renderer, color: "#37474f", weight: 1, fillColor: FILL[STAGES.indexOf(f.properties.stage)] ?? "#999", fillOpacity: 0.7 }).addTo(map);
    }
  })]);
}
