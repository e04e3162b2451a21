// The least a Leaflet page does to show the province view: tiles, the two boundary files, every
// project outline with a tooltip, and a label with the cleared share for the first projects in
// view (about as many as the app places). No React, no label placement, no gauges, no
// validation, no app code but the entry's requests: a floor, not a second app.
import L from "leaflet";
import "leaflet/dist/leaflet.css";

const latLngs = (geometry) =>
  (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [])
    .map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [lat, lon])));

const LABELS = 25;

export function drawProvince([projects, progress, province, districts], locale) {
  // the reach the app's first draw has (src/map/map-options.ts: FIRST_DRAW_PADDING)
  const renderer = L.canvas({ padding: 0.1, tolerance: 4 });
  const map = L.map("map", { preferCanvas: true, renderer }).setView([20.8, 106.09], 10);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { attribution: "© OpenStreetMap" }).addTo(map);
  L.geoJSON(province, { renderer, style: { color: "#1b2733", weight: 2, fillColor: "#fbf8f0", fillOpacity: 1 } }).addTo(map);
  L.geoJSON(districts, { renderer, style: { color: "#6b7785", weight: 1, dashArray: "4 4", fill: false } }).addTo(map);
  const progressById = new Map(progress.map((row) => [row.key, row]));
  const percent = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const outlines = L.featureGroup().addTo(map);
  const view = map.getBounds();
  let labels = 0;
  for (const project of projects) {
    const rings = project.geom ? latLngs(project.geom) : [];
    if (rings.length === 0) continue;
    const outline = L.polygon(rings, { renderer, color: "#1d5fa8", weight: 2, fillOpacity: 0.2 }).bindTooltip(project.name);
    outlines.addLayer(outline);
    const centre = outline.getBounds().getCenter();
    if (labels >= LABELS || !view.contains(centre)) continue;
    labels += 1;
    const row = progressById.get(project.id);
    const share = row && Number(row.total_area_m2) > 0 ? Number(row.cleared_area_m2) / Number(row.total_area_m2) : 0;
    const html = `${project.name.slice(0, 28)}<br>${percent.format(share * 100)} %`;
    L.marker(centre, { icon: L.divIcon({ className: "map-label", html, iconSize: null }), interactive: false }).addTo(map);
  }
}
