// The parcels layer: every rule of the contract of issue #14 on every row, the same codes the
// server answers with. Rows without a geometry appear only in the problems (there is nothing to
// send); every other row is returned, so the page can leave refused rows out and send the rest.

import { landTypeByCode } from "@/domain/land-types";
import { IMPORT_AREA_TOLERANCE } from "@/domain/limits";
import { fieldNumber, fieldText } from "@/import/field-values";
import type { ConvertOptions, ConvertResult, ImportProblem, ParcelImportRow } from "@/domain/import-types";
import { inProject, insideArea } from "@/import/outside";
import { boundsOf, prepareRows } from "@/import/prepare-rows";
import type { PreparedRow } from "@/import/prepare-rows";
import type { PhaseCheckpoint, ReadResult } from "@/import/raw-feature";
import { overlappingPairs } from "@/import/validate-overlap";

const REQUIRED = ["map_sheet", "parcel_no", "land_type", "area_m2"] as const;

/** The problems of one row's fields and place (not duplicates or overlaps, which need the others). */
function rowProblems(r: PreparedRow, options: ConvertOptions, fields: ParcelFields): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = r.pos ?? (r.shape?.at as ImportProblem["at"]) ?? null;
  if (!r.geom) problems.push({ row: r.row, code: "geometry_missing", at: null });
  else if (r.shape) problems.push({ row: r.row, code: r.shape.code, at: r.shape.at, detail: r.shape.detail });
  for (const name of REQUIRED) {
    const missing = name === "area_m2" ? fields.area_m2 === null : fields[name] === null;
    if (missing) problems.push({ row: r.row, code: "field_missing", at, detail: name });
  }
  if (fields.area_m2 !== null && !(Number.isFinite(fields.area_m2) && fields.area_m2 > 0)) {
    problems.push({ row: r.row, code: "area_invalid", at });
  } else if (fields.area_m2 !== null && r.area !== null && Math.abs(fields.area_m2 - r.area) > IMPORT_AREA_TOLERANCE * r.area) {
    problems.push({ row: r.row, code: "area_mismatch", at, detail: r.area.toFixed(1) });
  }
  if (fields.land_type !== null && !landTypeByCode(fields.land_type)) {
    problems.push({ row: r.row, code: "land_type_unknown", at, detail: fields.land_type });
  }
  if (r.pos && !insideArea(r.pos, options.province)) problems.push({ row: r.row, code: "outside_province", at });
  return problems;
}

interface ParcelFields {
  readonly map_sheet: string | null;
  readonly parcel_no: string | null;
  readonly land_type: string | null;
  readonly area_m2: number | null;
  readonly owner_name: string | null;
  readonly household: string | null;
}

function fieldsOf(r: PreparedRow, options: ConvertOptions): ParcelFields {
  const m = options.mapping;
  return {
    map_sheet: fieldText(r.attributes, m.map_sheet),
    parcel_no: fieldText(r.attributes, m.parcel_no),
    land_type: fieldText(r.attributes, m.land_type)?.toUpperCase() ?? null,
    area_m2: fieldNumber(r.attributes, m.area_m2),
    owner_name: fieldText(r.attributes, m.owner_name),
    household: fieldText(r.attributes, m.household),
  };
}

/** Converts and checks the parcels of a file. */
export async function convertParcels(read: ReadResult, options: ConvertOptions, checkpoint: PhaseCheckpoint): Promise<ConvertResult> {
  const prepared = await prepareRows(read, options, checkpoint, true);
  const total = prepared.length;
  await checkpoint("validate", 0, total);
  const problems: ImportProblem[] = [];
  const rows: ParcelImportRow[] = [];
  const kept: PreparedRow[] = [];
  const keyRows: { row: number; key: string }[] = [];
  let skipped = 0;
  for (let i = 0; i < total; i++) {
    const r = prepared[i]!;
    if (options.project && options.corridorOnly && r.pos && r.geom && !inProject(r.geom, r.pos, options.project)) {
      skipped++;
      continue;
    }
    const fields = fieldsOf(r, options);
    problems.push(...rowProblems(r, options, fields));
    if (options.project && !options.corridorOnly && r.pos && r.geom && !inProject(r.geom, r.pos, options.project)) {
      problems.push({ row: r.row, code: "outside_project", at: r.pos });
    }
    // The identity's unit comes from the point on surface: a row without one has no identity to repeat.
    if (fields.map_sheet !== null && fields.parcel_no !== null && r.pos) {
      const key = `${fields.map_sheet}\u0000${fields.parcel_no}`;
      keyRows.push({ row: r.row, key });
    }
    if (r.geom) {
      kept.push(r);
      rows.push({
        row: r.row,
        map_sheet: fields.map_sheet ?? "",
        parcel_no: fields.parcel_no ?? "",
        land_type: fields.land_type ?? "",
        area_m2: fields.area_m2 !== null && Number.isFinite(fields.area_m2) ? fields.area_m2 : null,
        geom: r.geom,
        source_geom: r.source as ParcelImportRow["source_geom"],
        owner_name: fields.owner_name,
        household: fields.household,
      });
    }
    if ((i + 1) % 2000 === 0) await checkpoint("validate", Math.floor((i + 1) / 2), total);
  }
  const posOf = new Map(prepared.map((r) => [r.row, r.pos]));
  // Every row of a repeated identity is refused, each pointing at another: which one is right cannot be told.
  const rowsByKey = new Map<string, number[]>();
  for (const { row, key } of keyRows) {
    const list = rowsByKey.get(key);
    if (list) list.push(row);
    else rowsByKey.set(key, [row]);
  }
  for (const list of rowsByKey.values()) {
    if (list.length < 2) continue;
    list.forEach((row, k) => problems.push({ row, code: "duplicate_in_file", at: posOf.get(row) ?? null, other_row: k === 0 ? list[1]! : list[0]! }));
  }
  const valid = kept.filter((r) => r.pos && r.box && r.shape === null);
  const pairs = await overlappingPairs(
    valid.map((r) => ({ row: r.row, geometry: r.geom!, pos: r.pos!, box: r.box! })),
    (done) => checkpoint("validate", Math.floor(total / 2 + (done * total) / 2 / Math.max(1, valid.length)), total),
  );
  // One overlap problem per row, naming the lowest other row it overlaps.
  const lowestOther = new Map<number, number>();
  for (const [a, b] of pairs) {
    const ra = valid[a]!.row;
    const rb = valid[b]!.row;
    lowestOther.set(ra, Math.min(lowestOther.get(ra) ?? Infinity, rb));
    lowestOther.set(rb, Math.min(lowestOther.get(rb) ?? Infinity, ra));
  }
  for (const r of valid) {
    const other = lowestOther.get(r.row);
    if (other !== undefined) problems.push({ row: r.row, code: "overlap", at: r.pos, other_row: other });
  }
  await checkpoint("validate", total, total);
  problems.sort((p, q) => p.row - q.row);
  return { layer: "parcels", rows, problems, skippedOutsideCorridor: skipped, bounds: boundsOf(kept) };
}
