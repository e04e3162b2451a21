// Helpers of the import unit tests: read and convert through the pure pipeline (no Worker).

import { convertRead } from "@/import/convert";
import type { AnyGeometry, ConvertOptions, ConvertResult, ReadSummary } from "@/domain/import-types";
import type { ReadResult } from "@/import/raw-feature";
import { readImportFile } from "@/import/read-file";

const noop = async () => {};

/** Reads bytes as a file of that name. */
export async function readBytes(name: string, bytes: Uint8Array): Promise<{ result: ReadResult; summary: ReadSummary }> {
  return readImportFile(name, bytes, noop);
}

/** A box province around Hưng Yên (the tests' own; the app passes the real outline). */
export const TEST_PROVINCE: AnyGeometry = {
  type: "Polygon",
  coordinates: [[[105.85, 20.55], [106.6, 20.55], [106.6, 21.05], [105.85, 21.05], [105.85, 20.55]]],
};

/** Options for a parcels import with the given overrides. */
export function parcelOptions(overrides: Partial<ConvertOptions> = {}): ConvertOptions {
  return {
    layer: "parcels",
    crs: { kind: "vn2000-tm3", centralMeridian: 105.5 },
    axisSwapped: false,
    encoding: "utf-8",
    mapping: { map_sheet: { column: "SOTO" }, parcel_no: { column: "SOTHUA" }, land_type: { column: "LOAIDAT" }, area_m2: { column: "DIENTICH" }, owner_name: { column: "CHUSUDUNG" }, household: null },
    province: TEST_PROVINCE,
    project: null,
    corridorOnly: false,
    ...overrides,
  };
}

/** Reads and converts in one go. */
export async function readAndConvert(name: string, bytes: Uint8Array, options: ConvertOptions): Promise<{ summary: ReadSummary; converted: ConvertResult }> {
  const { result, summary } = await readBytes(name, bytes);
  return { summary, converted: await convertRead(result, options, noop) };
}

/** Metres between two WGS84 points (spherical, plenty for sub-metre checks). */
export function metresBetween(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = ((b[1] as number) - (a[1] as number)) * rad;
  const dLon = ((b[0] as number) - (a[0] as number)) * rad * Math.cos(((a[1] as number) * rad + (b[1] as number) * rad) / 2);
  return Math.hypot(dLat, dLon) * 6378137;
}
