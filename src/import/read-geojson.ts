// GeoJSON (RFC 7946: WGS84 longitude/latitude, UTF-8): a FeatureCollection, a Feature or a bare
// geometry. GeometryCollections of polygons (KML MultiGeometry) become one MultiPolygon.

import { ImportFileError } from "@/import/import-errors";
import type { AnyGeometry } from "@/domain/import-types";
import type { RawFeature, RawValue } from "@/import/raw-feature";

interface LooseGeometry {
  type?: unknown;
  coordinates?: unknown;
  geometries?: unknown;
}

/** A geometry as the pipeline takes it; collections flattened to Multi* of one kind, else null. */
export function geometryOf(g: LooseGeometry | null | undefined): AnyGeometry | null {
  if (!g || typeof g !== "object") return null;
  switch (g.type) {
    case "Point":
    case "LineString":
    case "MultiLineString":
    case "Polygon":
    case "MultiPolygon":
      return Array.isArray(g.coordinates) ? (g as AnyGeometry) : null;
    case "MultiPoint":
      return Array.isArray(g.coordinates) && g.coordinates.length > 0 ? { type: "Point", coordinates: g.coordinates[0] as number[] } : null;
    case "GeometryCollection": {
      const parts = (Array.isArray(g.geometries) ? g.geometries : []).map((p) => geometryOf(p as LooseGeometry)).filter((p) => p !== null);
      const polygons = parts.flatMap((p) => (p.type === "Polygon" ? [p.coordinates] : p.type === "MultiPolygon" ? p.coordinates : []));
      const lines = parts.flatMap((p) => (p.type === "LineString" ? [p.coordinates] : p.type === "MultiLineString" ? p.coordinates : []));
      if (polygons.length > 0 && lines.length === 0) return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
      if (lines.length > 0 && polygons.length === 0) return lines.length === 1 ? { type: "LineString", coordinates: lines[0]! } : { type: "MultiLineString", coordinates: lines };
      return parts[0] ?? null;
    }
    default:
      return null;
  }
}

function rawValue(v: unknown): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/** The features and the union of property names of a parsed GeoJSON object. */
export function featuresOfGeoJson(json: unknown): { features: RawFeature[]; fields: string[] } {
  const root = json as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown };
  const list: { geometry?: unknown; properties?: unknown }[] =
    root?.type === "FeatureCollection" && Array.isArray(root.features) ? (root.features as { geometry?: unknown; properties?: unknown }[])
      : root?.type === "Feature" ? [root]
        : root && typeof root === "object" && "coordinates" in root ? [{ geometry: root, properties: {} }]
          : root?.type === "GeometryCollection" ? [{ geometry: root, properties: {} }]
            : (() => { throw new ImportFileError("malformed", "geojson_type"); })();
  const fields = new Set<string>();
  const features = list.map((f, i) => {
    const attributes: Record<string, RawValue> = {};
    const props = f && typeof f.properties === "object" && f.properties !== null ? (f.properties as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(props)) {
      fields.add(k);
      attributes[k] = rawValue(v);
    }
    return { row: i + 1, geometry: geometryOf(f?.geometry as LooseGeometry), attributes };
  });
  return { features, fields: [...fields] };
}

/** The `crs` member of old GeoJSON (2008 spec), when it names anything but WGS84. */
export function namedCrs(json: unknown): string | null {
  const crs = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs;
  const name = crs?.properties?.name;
  if (typeof name !== "string") return null;
  return /CRS84$|EPSG:?:?4326$/i.test(name) ? null : name;
}
