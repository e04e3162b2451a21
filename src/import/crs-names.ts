// Coordinate systems of imported files, without the converters (src/import/crs.ts) so a page
// that only names them does not load proj4: VN-2000 (TM-3 with a provincial central meridian, or UTM
// 48/49) and WGS84. VN-2000 always carries the official datum shift, EPSG:6960 "VN-2000 to WGS 84
// (2)", whose rotations are published in the Coordinate Frame convention: proj4's +towgs84 takes
// Position Vector, so the three rotations are written here with their signs flipped (pasting the
// published signs is about 0.75 m off; leaving the shift out about 224 m off).

import type { CrsChoice } from "@/domain/import-types";

export const VN2000_TOWGS84 =
  "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278";

/** A province's TM-3 central meridian, with where it comes from. */
export interface Tm3Preset {
  readonly province: string;
  /** Degrees east. */
  readonly centralMeridian: number;
  readonly source: string;
}

/**
 * TM-3 central meridians of Hưng Yên and its neighbours, each with its source.
 * Hưng Yên first: since the 2025 merger the province includes Thái Bình, on the same meridian.
 */
export const TM3_PRESETS: readonly Tm3Preset[] = [
  { province: "Hưng Yên", centralMeridian: 105.5, source: "EPSG:9209 VN-2000 / TM-3 105-30 (extent: Hưng Yên, Thái Bình)" },
  // Neighbours, by their pre-2025 names (their maps were surveyed so); values from the table of
  // Circular 973/2001/TT-TCĐC as reproduced at https://rtk.com.vn/tin-tuc/kinh-tuyen-truc-he-toa-do-dia-phuong-vn2000.html
  { province: "Hà Nội", centralMeridian: 105, source: "Circular 973/2001/TT-TCĐC" },
  { province: "Bắc Ninh", centralMeridian: 105.5, source: "Circular 973/2001/TT-TCĐC" },
  { province: "Hải Dương", centralMeridian: 105.5, source: "Circular 973/2001/TT-TCĐC" },
  { province: "Hải Phòng", centralMeridian: 105.75, source: "Circular 973/2001/TT-TCĐC" },
  { province: "Hà Nam", centralMeridian: 105, source: "Circular 973/2001/TT-TCĐC" },
];

/** The proj4 definition of a VN-2000 choice, or null for WGS84. */
export function proj4Definition(crs: CrsChoice): string | null {
  switch (crs.kind) {
    case "wgs84":
      return null;
    case "vn2000-tm3":
      return `+proj=tmerc +lat_0=0 +lon_0=${crs.centralMeridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs`;
    case "vn2000-utm":
      return `+proj=tmerc +lat_0=0 +lon_0=${crs.zone === 48 ? 105 : 111} +k=0.9996 +x_0=500000 +y_0=0 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs`;
  }
}

/** A central meridian in degrees and minutes, e.g. 105°30′. */
function degreesMinutes(value: number): string {
  const degrees = Math.floor(value);
  const minutes = Math.round((value - degrees) * 60);
  return `${degrees}°${String(minutes).padStart(2, "0")}′`;
}

/** How the CRS reads for a person (and import_runs.crs). */
export function crsLabel(crs: CrsChoice): string {
  switch (crs.kind) {
    case "wgs84":
      return "WGS 84 (EPSG:4326)";
    case "vn2000-tm3":
      return `VN-2000 / TM-3 ${degreesMinutes(crs.centralMeridian)}${crs.centralMeridian === 105.5 ? " (EPSG:9209)" : ""}`;
    case "vn2000-utm":
      return `VN-2000 / UTM ${crs.zone}N (EPSG:${crs.zone === 48 ? 3405 : 3406})`;
  }
}

/** What a .prj says, as far as the tracker understands it. */
export interface PrjReading {
  readonly crs: CrsChoice | null;
  readonly note: "prj_vn2000_by_name" | "prj_wgs84" | "prj_unknown";
}

function parameter(prj: string, name: string): number | null {
  const match = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, "i").exec(prj);
  return match ? Number(match[1]) : null;
}

const VN2000_NAME = /vietnam[\s_-]*2000|vn[\s_-]*2000/i;

/**
 * Reads a .prj (ESRI or OGC WKT). VN-2000 is recognised by name (Vietnam_2000, VN_2000, VN-2000),
 * as ESRI files carry no TOWGS84, and gets the official shift; its projection must be transverse
 * Mercator with false easting 500 000 and scale 0.9999 (TM-3) or 0.9996 on 105°/111° (UTM 48/49).
 * Geographic WGS 84 is recognised; anything else is left for the person to choose.
 */
export function readPrj(prj: string): PrjReading {
  const text = prj.trim();
  const projected = /^\s*PROJCS\s*\[/i.test(text) || /^\s*PROJCRS\s*\[/i.test(text);
  if (VN2000_NAME.test(text)) {
    if (!projected || !/transverse[\s_]*mercator/i.test(text)) return { crs: null, note: "prj_unknown" };
    const meridian = parameter(text, "central_meridian") ?? parameter(text, "longitude_of_center");
    const scale = parameter(text, "scale_factor");
    const easting = parameter(text, "false_easting");
    const northing = parameter(text, "false_northing") ?? 0;
    const latitude = parameter(text, "latitude_of_origin") ?? 0;
    if (meridian === null || scale === null || easting !== 500000 || northing !== 0 || latitude !== 0) {
      return { crs: null, note: "prj_unknown" };
    }
    if (Math.abs(scale - 0.9999) < 1e-9) return { crs: { kind: "vn2000-tm3", centralMeridian: meridian }, note: "prj_vn2000_by_name" };
    if (Math.abs(scale - 0.9996) < 1e-9 && (meridian === 105 || meridian === 111)) {
      return { crs: { kind: "vn2000-utm", zone: meridian === 105 ? 48 : 49 }, note: "prj_vn2000_by_name" };
    }
    return { crs: null, note: "prj_unknown" };
  }
  if (!projected && /^\s*GEOG(CS|CRS)\s*\[/i.test(text) && /WGS[\s_]*(19)?84/i.test(text)) {
    return { crs: { kind: "wgs84" }, note: "prj_wgs84" };
  }
  return { crs: null, note: "prj_unknown" };
}

/**
 * True when the numbers look like X = northing, Y = easting: Vietnamese surveys write them so
 * (VN-2000 northings are 900 000–2 600 000 m, eastings 100 000–900 000 m), as do lists of
 * latitude, longitude in degrees (latitudes 8–24, longitudes 102–110).
 */
export function axisSwapSuspected(bounds: readonly [number, number, number, number] | null): boolean {
  if (!bounds) return false;
  const [minX, minY, maxX, maxY] = bounds;
  const metresSwapped = minX >= 900_000 && maxX <= 2_700_000 && minY >= 100_000 && maxY <= 900_000;
  const degreesSwapped = minX >= 8 && maxX <= 24 && minY >= 102 && maxY <= 110;
  return metresSwapped || degreesSwapped;
}
