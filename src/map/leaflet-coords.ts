// Conversions between GeoJSON's [lon, lat] and Leaflet's [lat, lng]. Kept in one place so the
// two orders never meet anywhere else.

import L from "leaflet";
import type { LatLngBounds, LatLngTuple } from "leaflet";
import type { LineGeometry, LonLat, LonLatBox, PolygonGeometry } from "@/geo/geometry";
import { polygonsOf } from "@/geo/geometry";

/** A GeoJSON position as a Leaflet [lat, lng]. */
export function toLatLng(position: LonLat | readonly number[]): LatLngTuple {
  return [position[1], position[0]] as LatLngTuple;
}

const ringLatLngs = (ring: number[][]): LatLngTuple[] => ring.map(toLatLng);

/** Polygon or MultiPolygon rings in Leaflet order (what L.polygon takes). */
export function polygonLatLngs(geometry: PolygonGeometry): LatLngTuple[][] | LatLngTuple[][][] {
  return geometry.type === "Polygon"
    ? geometry.coordinates.map(ringLatLngs)
    : geometry.coordinates.map((polygon) => polygon.map(ringLatLngs));
}

/** Several Polygons/MultiPolygons as the polygons of one Leaflet multi-polygon. */
export function multiPolygonLatLngs(geometries: readonly PolygonGeometry[]): LatLngTuple[][][] {
  return geometries.flatMap((geometry) => polygonsOf(geometry).map((polygon) => polygon.map(ringLatLngs)));
}

/** LineString or MultiLineString in Leaflet order (what L.polyline takes). */
export function lineLatLngs(geometry: LineGeometry): LatLngTuple[] | LatLngTuple[][] {
  return geometry.type === "LineString"
    ? geometry.coordinates.map(toLatLng)
    : geometry.coordinates.map((line) => line.map(toLatLng));
}

/** [minLon, minLat, maxLon, maxLat] as Leaflet bounds. */
export function boxToLatLngBounds(box: LonLatBox): LatLngBounds {
  return L.latLngBounds([box[1], box[0]], [box[3], box[2]]);
}

/** Leaflet bounds as [minLon, minLat, maxLon, maxLat]. */
export function latLngBoundsToBox(bounds: LatLngBounds): LonLatBox {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}
