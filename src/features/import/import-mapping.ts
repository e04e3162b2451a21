// Field mapping: which target fields a layer needs, which are required, a first guess from the
// column names Vietnamese cadastral files use, and the mapping remembered from a project's last run.

import type { FieldMapping, FieldSource, ImportLayer, TargetField } from "@/domain/import-types";
import { TARGET_FIELDS } from "@/domain/import-types";

/** The fields each layer cannot do without (the server refuses a row missing one). */
export const REQUIRED_FIELDS: { readonly [L in ImportLayer]: readonly TargetField<L>[] } = {
  parcels: ["map_sheet", "parcel_no", "land_type", "area_m2"],
  project_geometry: [],
  admin_units: ["id", "name", "level"],
};

/** Column names seen in cadastral exports (ViLIS, eLIS, TMV.LIS, MicroStation Famis), normalised. */
const GUESSES: Readonly<Record<string, readonly string[]>> = {
  map_sheet: ["map_sheet", "shbando", "sotobando", "soto", "to_bd", "tobando", "tbd", "sh_to", "sheet"],
  parcel_no: ["parcel_no", "shthua", "sothua", "so_thua", "thua", "sh_thua", "parcel"],
  land_type: ["land_type", "kyhieumdsd", "loaidat", "mdsd", "kh_mdsd", "mucdich", "landtype"],
  area_m2: ["area_m2", "dientich", "dien_tich", "dt", "dtpl", "dt_pl", "area"],
  owner_name: ["owner_name", "chusudung", "chu_sd", "tenchu", "ten_chu", "owner"],
  household: ["household", "maho", "ma_ho", "ho", "hogd"],
  id: ["id", "ma", "madvhc", "ma_dvhc", "code", "maxa", "ma_xa"],
  name: ["name", "ten", "tendvhc", "ten_dvhc", "tenxa", "ten_xa"],
  level: ["level", "cap", "capdvhc"],
  parent_id: ["parent_id", "mahuyen", "ma_huyen", "parent", "macaptren"],
  valid_from: ["valid_from", "hieulucTu", "tungay", "tu_ngay"],
  valid_to: ["valid_to", "hieulucden", "denngay", "den_ngay"],
};

const normalise = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().replace(/[^a-z0-9_]/g, "");

/** A first mapping of `layer`'s fields from the file's column names; unknown fields stay unset. */
export function guessMapping(layer: ImportLayer, columns: readonly string[]): FieldMapping {
  const mapping: Partial<Record<TargetField, FieldSource>> = {};
  const byName = new Map(columns.map((c) => [normalise(c), c]));
  for (const field of TARGET_FIELDS[layer] as readonly TargetField[]) {
    const column = (GUESSES[field] ?? []).map((g) => byName.get(normalise(g))).find((c) => c !== undefined);
    if (column) mapping[field] = { column };
  }
  return mapping;
}

/**
 * The remembered mapping on top of the guess: a remembered column the file does not have is not
 * taken (the guess, or nothing, stays); a remembered constant is.
 */
export function rememberedMapping(
  layer: ImportLayer, columns: readonly string[], remembered: Readonly<Record<string, FieldSource>>,
): FieldMapping {
  const mapping: Partial<Record<TargetField, FieldSource>> = { ...guessMapping(layer, columns) };
  for (const field of TARGET_FIELDS[layer] as readonly TargetField[]) {
    const source = remembered[field];
    if (source === undefined) continue;
    if (source === null) mapping[field] = null;
    else if ("constant" in source) mapping[field] = source;
    else if (columns.includes(source.column)) mapping[field] = source;
  }
  return mapping;
}

/** The required fields with neither a column nor a non-empty constant. */
export function missingFields(layer: ImportLayer, mapping: FieldMapping): TargetField[] {
  return (REQUIRED_FIELDS[layer] as readonly TargetField[]).filter((field) => {
    const source = mapping[field];
    return !source || ("constant" in source && source.constant.trim() === "");
  });
}
