// Land-use types of the cadastral register (codes of Circular 08/2024/TT-BTNMT) that parcels in
// this app carry in parcels.land_type. Unknown codes are shown as they are.

import type { Labelled, Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";

/** One land-use type: its register code and names. */
export interface LandType extends Labelled {
  readonly code: string;
}

/** The land-use types with their official Vietnamese names. */
export const LAND_TYPES: readonly LandType[] = [
  { code: "LUC", labelVi: "Đất chuyên trồng lúa", labelEn: "Specialised rice land" },
  { code: "BHK", labelVi: "Đất bằng trồng cây hằng năm khác", labelEn: "Flat land for other annual crops" },
  { code: "CLN", labelVi: "Đất trồng cây lâu năm", labelEn: "Perennial crop land" },
  { code: "NTS", labelVi: "Đất nuôi trồng thủy sản", labelEn: "Aquaculture land" },
  { code: "ONT", labelVi: "Đất ở tại nông thôn", labelEn: "Rural residential land" },
  { code: "ODT", labelVi: "Đất ở tại đô thị", labelEn: "Urban residential land" },
  { code: "DGT", labelVi: "Đất công trình giao thông", labelEn: "Land for transport works" },
  { code: "NTD", labelVi: "Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng", labelEn: "Cemetery and funeral land" },
];

const BY_CODE = new Map(LAND_TYPES.map((t) => [t.code, t]));

/** The land type with this code, or undefined for a code this app does not know. */
export function landTypeByCode(code: string): LandType | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The name of a land type with its code, e.g. "Đất chuyên trồng lúa (LUC)"; the bare code if unknown. */
export function landTypeLabel(code: string, lang: Lang): string {
  const type = landTypeByCode(code);
  return type ? `${labelIn(type, lang)} (${type.code})` : code;
}
