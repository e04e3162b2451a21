// The areas' figures (area_progress) as one table model (screen, CSV, XLSX), and the classes of
// the choropleth: the share of the parcels' legal area handed over, in steps of a fifth.

import { m2ToHa } from "@/domain/format";
import type { AreaProgressRow } from "@/domain/meeting-types";
import type { CellValue } from "@/domain/table-export";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** One class of the legend: shares from `min` (included) up to `max`. */
export interface AreaClass {
  readonly min: number;
  readonly max: number;
  readonly fill: string;
}

/** Light to dark green, as the map's cleared colour, so that darker reads as further along. */
export const AREA_CLASSES: readonly AreaClass[] = [
  { min: 0, max: 0.2, fill: "#edf8e9" },
  { min: 0.2, max: 0.4, fill: "#bae4b3" },
  { min: 0.4, max: 0.6, fill: "#74c476" },
  { min: 0.6, max: 0.8, fill: "#31a354" },
  { min: 0.8, max: 1.000001, fill: "#006d2c" },
];
/** The fill of an area with no parcels: nothing to clear there yet, which is not 0 %. */
export const NO_PARCELS_FILL = "#d9d9d9";

/** The share of the area's parcel area handed over; null without parcels. */
export function areaShare(row: AreaProgressRow): number | null {
  return row.totalAreaM2 > 0 ? Math.min(1, row.clearedAreaM2 / row.totalAreaM2) : null;
}

/** The fill of a share (null: no parcels). */
export function areaFill(share: number | null): string {
  if (share === null) return NO_PARCELS_FILL;
  return AREA_CLASSES.find((c) => share >= c.min && share < c.max)?.fill ?? AREA_CLASSES[AREA_CLASSES.length - 1]!.fill;
}

export interface AreaWords {
  readonly total: string;
  readonly parentName: (parentId: string | null) => string | null;
}

const sum = (rows: readonly AreaProgressRow[], pick: (r: AreaProgressRow) => number) => rows.reduce((s, r) => s + pick(r), 0);

export function areasModel(level: "district" | "commune", rows: readonly AreaProgressRow[], words: AreaWords, href: (row: AreaProgressRow) => string | null): ScreenTableModel<AreaProgressRow> {
  const total = sum(rows, (r) => r.totalAreaM2);
  const cleared = sum(rows, (r) => r.clearedAreaM2);
  const totals: Record<string, CellValue> = {
    name: words.total, parcels: sum(rows, (r) => r.parcels), cleared: sum(rows, (r) => r.clearedParcels),
    blocked: sum(rows, (r) => r.blockedParcels), totalHa: m2ToHa(total), clearedHa: m2ToHa(cleared), share: total > 0 ? cleared / total : null,
  };
  return {
    fileName: level === "district" ? "tien-do-theo-huyen" : "tien-do-theo-xa",
    sheetVi: level === "district" ? "Tiến độ theo huyện" : "Tiến độ theo xã",
    columns: [
      { id: "name", headerVi: level === "district" ? "Huyện, thị xã, thành phố" : "Xã, phường, thị trấn", headerEn: level === "district" ? "District" : "Commune", type: "text", width: 28, value: (r) => r.name, href },
      ...(level === "commune" ? [{ id: "parent", headerVi: "Thuộc", headerEn: "In", type: "text" as const, width: 22, value: (r: AreaProgressRow) => words.parentName(r.parentId) }] : []),
      { id: "parcels", headerVi: "Số thửa", headerEn: "Parcels", type: "count", value: (r) => r.parcels },
      { id: "cleared", headerVi: "Thửa đã bàn giao", headerEn: "Parcels handed over", type: "count", width: 12, value: (r) => r.clearedParcels },
      { id: "blocked", headerVi: "Thửa vướng mắc", headerEn: "Blocked parcels", type: "count", width: 12, value: (r) => r.blockedParcels },
      { id: "totalHa", headerVi: "Diện tích các thửa (ha)", headerEn: "Parcel area (ha)", type: "ha", width: 14, value: (r) => m2ToHa(r.totalAreaM2) },
      { id: "clearedHa", headerVi: "Đã bàn giao (ha)", headerEn: "Handed over (ha)", type: "ha", width: 13, value: (r) => m2ToHa(r.clearedAreaM2) },
      { id: "share", headerVi: "Đã bàn giao (%)", headerEn: "Handed over (%)", type: "percent", width: 12, value: areaShare },
    ],
    totals,
  };
}
