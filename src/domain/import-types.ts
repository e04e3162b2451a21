// The contract between the import page (src/features/import), the import worker (src/import) and
// the import RPCs (supabase/migrations/*_parcel_identity_import.sql): what a file yields, what the
// user chooses, and what goes to the server. Rows are sent in the RPCs' own JSON shape (snake_case),
// so the data layer passes them on unchanged. Coordinates out of the worker are WGS84 [lon, lat];
// `source_geom` keeps the file's own numbers, so a wrong choice of CRS can be re-run later.

import type { LonLat } from "@/geo/geometry";

/** What an import brings in. */
export type ImportLayer = "parcels" | "project_geometry" | "admin_units";

/** The file formats read. */
export type SourceFormat = "shapefile" | "kml" | "kmz" | "dxf" | "geojson" | "csv";

/** Text encodings of attribute tables (.dbf, CSV). */
export type TextEncoding = "utf-8" | "windows-1258" | "tcvn3" | "vni";

/**
 * The coordinate system the file's numbers are in. VN-2000 always carries the official datum shift
 * (EPSG:6960 in the Position Vector convention, src/import/crs.ts): never a bare ellipsoid.
 */
export type CrsChoice =
  | { readonly kind: "wgs84" }
  /** VN-2000 TM-3 with a provincial central meridian (degrees, e.g. 105.5 for Hưng Yên), k 0.9999. */
  | { readonly kind: "vn2000-tm3"; readonly centralMeridian: number }
  /** VN-2000 UTM (6°) zone 48 or 49, k 0.9996. */
  | { readonly kind: "vn2000-utm"; readonly zone: 48 | 49 };

/** Where each field the tracker needs comes from: a column of the file, a value typed once, or nothing. */
export type FieldSource = { readonly column: string } | { readonly constant: string } | null;

/** The fields a layer's rows need, by layer. */
export const TARGET_FIELDS = {
  parcels: ["map_sheet", "parcel_no", "land_type", "area_m2", "owner_name", "household"],
  project_geometry: [],
  admin_units: ["id", "name", "level", "parent_id", "valid_from", "valid_to"],
} as const satisfies Record<ImportLayer, readonly string[]>;

export type TargetField<L extends ImportLayer = ImportLayer> = (typeof TARGET_FIELDS)[L][number];

/** Source field → target field, for one layer. */
export type FieldMapping = Readonly<Partial<Record<TargetField, FieldSource>>>;

/**
 * Why a row cannot be imported. The server answers with the same codes (it checks every one of
 * them again, trusting nothing computed here), so the page has one message per code.
 */
export type ProblemCode =
  | "geometry_missing" // no geometry, or an empty one
  | "geometry_type" // not a polygon (a point, a line where an outline is needed, …)
  | "ring_unclosed" // a ring whose last position is not its first
  | "ring_too_short" // a ring of fewer than 4 positions
  | "coordinates_invalid" // not finite numbers, or not a longitude/latitude after conversion
  | "self_intersection" // edges of the polygon cross or touch (a bow-tie): `at` is the point
  | "outside_province" // the point on its surface is outside the province
  | "outside_project" // outside the project's outline, or farther than half the corridor from the centre line
  | "field_missing" // map sheet, parcel number, land type or legal area empty (`detail`: the field)
  | "area_invalid" // the legal area is not a positive number
  | "area_mismatch" // the legal area differs from the drawn area by more than IMPORT_AREA_TOLERANCE (`detail`: drawn m²)
  | "land_type_unknown" // not a code of the land-type table (`detail`: the code)
  | "duplicate_in_file" // the same commune (or district), map sheet and parcel number twice (`other_row`)
  | "duplicate_in_database" // that identity belongs to a parcel of another project (`detail`: its project code)
  | "overlap" // its interior overlaps another row's (`other_row`)
  | "not_in_area" // an officer's row whose commune/district is outside their area
  | "private_not_allowed" // owner or household given by a role that may not write them
  | "unit_invalid"; // an admin unit row: bad code, level, parent or dates (`detail`: which)

/** One problem of one row. `at` is WGS84 [lon, lat] where it can be placed on the map. */
export interface ImportProblem {
  /** 1-based row (feature) number in the file, as the person can find it there. */
  readonly row: number;
  readonly code: ProblemCode;
  readonly at: LonLat | null;
  readonly detail?: string | null;
  readonly other_row?: number | null;
}

/** GeoJSON geometries as they come out of the readers (coordinates in the file's CRS until converted). */
export type AnyGeometry =
  | { readonly type: "Point"; readonly coordinates: readonly number[] }
  | { readonly type: "LineString"; readonly coordinates: readonly (readonly number[])[] }
  | { readonly type: "MultiLineString"; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | { readonly type: "Polygon"; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | { readonly type: "MultiPolygon"; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] };

/** A parcel row, as import_parcels takes it. */
export interface ParcelImportRow {
  readonly row: number;
  readonly map_sheet: string;
  readonly parcel_no: string;
  readonly land_type: string;
  /** The legal area (m²) from the file; null when missing or not a number (then a problem says so). */
  readonly area_m2: number | null;
  /** WGS84 Polygon or MultiPolygon. */
  readonly geom: AnyGeometry;
  /** The same geometry in the file's own coordinates. */
  readonly source_geom: AnyGeometry;
  readonly owner_name: string | null;
  readonly household: string | null;
}

/** An admin unit row, as import_admin_units takes it. */
export interface AdminUnitImportRow {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly parent_id: string | null;
  /** "YYYY-MM-DD" or null. */
  readonly valid_from: string | null;
  readonly valid_to: string | null;
  readonly geom: AnyGeometry;
  readonly source_geom: AnyGeometry;
}

/** A project's outline or centre line, as import_project_geometry takes it (all features of the file, merged). */
export interface ProjectGeometryImport {
  readonly geom: AnyGeometry;
  readonly source_geom: AnyGeometry;
}

/** What the import run records besides the rows (import_runs). */
export interface ImportMeta {
  readonly file_name: string;
  readonly format: SourceFormat;
  /** How the CRS reads for a person, e.g. "VN-2000 / TM-3 105°30′ (EPSG:9209)". */
  readonly crs: string;
  /** The proj4 definition used, or null for WGS84. */
  readonly crs_proj4: string | null;
  /** True when the file's X was northing and Y easting, and the reader swapped them. */
  readonly axis_swapped: boolean;
  /** The encoding chosen for the attribute table, or null where the format has none (KML, GeoJSON are UTF-8 by definition). */
  readonly encoding: TextEncoding | null;
  readonly mapping: FieldMapping;
}

/** The server's answer to an import (dry run or commit). */
export interface ImportAnswer {
  /** The recorded run; null for a dry run or a refused commit. */
  readonly run_id: string | null;
  readonly committed: boolean;
  readonly counts: { readonly new: number; readonly updated: number; readonly unchanged: number; readonly refused: number };
  readonly problems: readonly ImportProblem[];
}

// ---------------------------------------------------------------- the worker, as the page sees it

/** How far the worker is: `total` null while unknown. */
export interface ImportProgress {
  readonly phase: "read" | "decode" | "convert" | "validate";
  readonly done: number;
  readonly total: number | null;
}

/** One candidate encoding of the attribute table, with the first rows decoded in it. */
export interface EncodingCandidate {
  readonly encoding: TextEncoding;
  readonly preview: readonly Readonly<Record<string, string | number | null>>[];
}

/** What reading a file found, before the person chooses CRS, encoding and fields. */
export interface ReadSummary {
  readonly format: SourceFormat;
  readonly fileName: string;
  readonly rowCount: number;
  /** The attribute columns (DXF: the texts found inside each polygon as text1, text2, …, and layer). */
  readonly fields: readonly string[];
  /** The .prj text, when the file had one. */
  readonly prj: string | null;
  /** The CRS the file states (a recognised .prj; WGS84 for KML and GeoJSON), or null: the person must choose. */
  readonly crsFromFile: CrsChoice | null;
  /** How the CRS was found, for the page to say (e.g. "VN-2000 recognised by name; datum shift added"). */
  readonly crsNote: "prj_vn2000_by_name" | "prj_wgs84" | "prj_unknown" | "format_wgs84" | "none";
  /** The encodings worth showing, most likely first; null where the format has no choice (KML, GeoJSON). */
  readonly encodings: readonly EncodingCandidate[] | null;
  /** The encoding assumed until the person picks one (the .cpg's, or the most likely). */
  readonly assumedEncoding: TextEncoding | null;
  /** True when the numbers look like X = northing, Y = easting (Vietnamese survey order). */
  readonly axisSwapSuspected: boolean;
  /** The box of the raw coordinates, in the file's own numbers: [minX, minY, maxX, maxY]. */
  readonly rawBounds: readonly [number, number, number, number] | null;
}

/** The project the rows must lie in, as the worker checks it (null: no project, or no geometry yet). */
export interface ProjectShape {
  readonly geometry: AnyGeometry;
  readonly corridorWidthM: number | null;
}

/** What the person chose; the worker converts and validates the whole file with it. */
export interface ConvertOptions {
  readonly layer: ImportLayer;
  readonly crs: CrsChoice;
  readonly axisSwapped: boolean;
  readonly encoding: TextEncoding | null;
  readonly mapping: FieldMapping;
  /** The province outline (WGS84), for outside_province. */
  readonly province: AnyGeometry;
  readonly project: ProjectShape | null;
  /** Ring Road 4 and other roads: keep only the parcels that intersect the corridor, skip the rest. */
  readonly corridorOnly: boolean;
}

/** The whole file converted to WGS84 and checked. Problems are per row; a row may have several. */
export type ConvertResult =
  | {
      readonly layer: "parcels";
      readonly rows: readonly ParcelImportRow[];
      readonly problems: readonly ImportProblem[];
      /** Rows left out because they do not touch the corridor (corridorOnly). */
      readonly skippedOutsideCorridor: number;
      readonly bounds: readonly [number, number, number, number] | null;
    }
  | {
      readonly layer: "admin_units";
      readonly rows: readonly AdminUnitImportRow[];
      readonly problems: readonly ImportProblem[];
      readonly bounds: readonly [number, number, number, number] | null;
    }
  | {
      readonly layer: "project_geometry";
      readonly geometry: ProjectGeometryImport | null;
      readonly problems: readonly ImportProblem[];
      readonly bounds: readonly [number, number, number, number] | null;
    };

/** Why a file could not be read at all (per-row problems are ImportProblem). */
export type FileErrorCode = "too_large" | "empty" | "unsupported" | "malformed" | "missing_part";

/** One file in the worker: read it, then convert it (again, with other choices, as often as asked). */
export interface ImportSession {
  /** Reads the file; rejects with ImportFileError or ImportCancelled. */
  read(file: File, onProgress?: (p: ImportProgress) => void): Promise<ReadSummary>;
  /** Converts and validates what read() found; rejects with ImportCancelled. */
  convert(options: ConvertOptions, onProgress?: (p: ImportProgress) => void): Promise<ConvertResult>;
  /** Stops the step under way; its promise rejects with ImportCancelled. The session stays usable. */
  cancel(): void;
  /** Ends the worker. */
  dispose(): void;
}
