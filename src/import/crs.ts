// Converting imported coordinates with proj4: VN-2000 (always with the official datum shift, see
// src/import/crs-names.ts for the parameters and their sign convention) or WGS84 to WGS84.
// The names, presets and .prj reading live in crs-names.ts (no proj4) and are re-exported here.

import proj4 from "proj4";
import { proj4Definition } from "@/import/crs-names";
import type { CrsChoice } from "@/domain/import-types";

export { axisSwapSuspected, crsLabel, proj4Definition, readPrj, TM3_PRESETS, VN2000_TOWGS84 } from "@/import/crs-names";
export type { PrjReading, Tm3Preset } from "@/import/crs-names";

/** A converter of [x, y] in the chosen CRS to WGS84 [lon, lat]. */
export type ToWgs84 = (x: number, y: number) => [number, number];

/** The converter for a choice (identity for WGS84). */
export function toWgs84(crs: CrsChoice): ToWgs84 {
  const definition = proj4Definition(crs);
  if (definition === null) return (x, y) => [x, y];
  const converter = proj4(definition, "WGS84");
  return (x, y) => {
    const [lon, lat] = converter.forward<number[]>([x, y]) as [number, number];
    return [lon, lat];
  };
}

/** The reverse converter, WGS84 [lon, lat] → the chosen CRS (tests and fixtures). */
export function fromWgs84(crs: CrsChoice): ToWgs84 {
  const definition = proj4Definition(crs);
  if (definition === null) return (x, y) => [x, y];
  const converter = proj4(definition, "WGS84");
  return (x, y) => {
    const [e, n] = converter.inverse<number[]>([x, y]) as [number, number];
    return [e, n];
  };
}

