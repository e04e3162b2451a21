// How the progress panel writes what the API answers, in Vietnamese: the targets' status words,
// their actual values, and the project kinds' names. Shared by the browser tests that compare
// the page with the API's figures.
import type { ApiTarget } from "./api";

export const STATUS_WORDS: Record<ApiTarget["status"], string> = {
  met: "Đạt", on_track: "Đúng tiến độ", at_risk: "Có nguy cơ chậm", missed: "Không đạt", not_measurable: "Chưa đo được",
};

export const KIND_NAMES: Record<string, string> = {
  ring_road: "Vành đai 4", public_investment: "Đầu tư công", industrial_park: "Khu công nghiệp",
  industrial_cluster: "Cụm công nghiệp", urban_housing: "Khu đô thị – nhà ở", resettlement: "Khu tái định cư",
  cemetery: "Nghĩa trang", waste: "Xử lý rác thải – nước thải", other: "Khác",
};

/** A number as vi-VN writes it with `digits` decimals: 3.375,7. */
export function vi(value: number, digits: number): string {
  return value.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The actual value as the UI writes it in Vietnamese: "267,7 ha", "95,3 %", "24 cụm" (number and no-break space). */
export function shownActual(target: ApiTarget): string | null {
  if (target.actual === null) return null;
  const value = Number(target.actual);
  switch (target.measure) {
    case "cleared_area_ha":
    case "infrastructure_area_ha":
      return `${vi(value, 1)}\u00a0ha`;
    case "cleared_share":
      return `${vi(value * 100, 1)}\u00a0%`;
    case "projects_started":
      return `${vi(value, 0)}\u00a0`;
  }
}
