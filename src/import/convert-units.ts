// The admin units layer: boundaries of districts (2024) and communes (from 1 July 2025) with their
// codes, levels, parents and validity dates, checked as import_admin_units checks them.

import { fieldText } from "@/import/field-values";
import type { AdminUnitImportRow, ConvertOptions, ConvertResult, ImportProblem } from "@/domain/import-types";
import { boundsOf, prepareRows } from "@/import/prepare-rows";
import type { PhaseCheckpoint, ReadResult } from "@/import/raw-feature";

const LEVELS = ["province", "district", "commune"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date field as "YYYY-MM-DD": ISO text, or the .dbf's "YYYYMMDD"; anything else stays as written (then refused). */
function dateOf(text: string | null): string | null {
  if (text === null) return null;
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return text.slice(0, 10);
}

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Converts and checks the admin units of a file. */
export async function convertUnits(read: ReadResult, options: ConvertOptions, checkpoint: PhaseCheckpoint): Promise<ConvertResult> {
  const prepared = await prepareRows(read, options, checkpoint, true);
  await checkpoint("validate", 0, prepared.length);
  const m = options.mapping;
  const problems: ImportProblem[] = [];
  const rows: AdminUnitImportRow[] = [];
  const seen = new Map<string, number>();
  for (const r of prepared) {
    const at = r.pos ?? (r.shape?.at as ImportProblem["at"]) ?? null;
    const id = fieldText(r.attributes, m.id);
    const name = fieldText(r.attributes, m.name);
    const level = fieldText(r.attributes, m.level)?.toLowerCase() ?? null;
    const parent = fieldText(r.attributes, m.parent_id);
    const from = dateOf(fieldText(r.attributes, m.valid_from));
    const to = dateOf(fieldText(r.attributes, m.valid_to));
    if (!r.geom) problems.push({ row: r.row, code: "geometry_missing", at: null });
    else if (r.shape) problems.push({ row: r.row, code: r.shape.code, at: r.shape.at, detail: r.shape.detail });
    const bad = (detail: string) => problems.push({ row: r.row, code: "unit_invalid", at, detail });
    if (id === null) bad("id");
    else if (seen.has(id)) problems.push({ row: r.row, code: "duplicate_in_file", at, other_row: seen.get(id)! });
    else seen.set(id, r.row);
    if (name === null) bad("name");
    if (level === null || !LEVELS.includes(level)) bad("level");
    else if ((level === "province") !== (parent === null)) bad("parent_id");
    if (from !== null && !validDate(from)) bad("valid_from");
    if (to !== null && !validDate(to)) bad("valid_to");
    if (from !== null && to !== null && validDate(from) && validDate(to) && to < from) bad("valid_to");
    if (r.geom) {
      rows.push({
        row: r.row,
        id: id ?? "",
        name: name ?? "",
        level: level ?? "",
        parent_id: parent,
        valid_from: from,
        valid_to: to,
        geom: r.geom,
        source_geom: r.source!,
      });
    }
  }
  await checkpoint("validate", prepared.length, prepared.length);
  return { layer: "admin_units", rows, problems, bounds: boundsOf(prepared) };
}
