// Land-use types of the cadastral register (codes of Circular 08/2024/TT-BTNMT) that parcels in
// this app carry in parcels.land_type. The database's public.land_types holds the same codes and
// names (src/domain/land-types.test.ts reads the migration to keep them equal); an import refuses
// any other code. Codes from older data not in the list are shown as they are.

import type { Labelled, Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";

/** One land-use type: its register code and names. */
export interface LandType extends Labelled {
  readonly code: string;
}

/** The land-use types with their official Vietnamese names, in the order of the circular's groups. */
export const LAND_TYPES: readonly LandType[] = [
  { code: "LUC", labelVi: "Đất chuyên trồng lúa", labelEn: "Specialised rice land" },
  { code: "LUK", labelVi: "Đất trồng lúa còn lại", labelEn: "Other rice land" },
  { code: "BHK", labelVi: "Đất bằng trồng cây hằng năm khác", labelEn: "Flat land for other annual crops" },
  { code: "NHK", labelVi: "Đất nương rẫy trồng cây hằng năm khác", labelEn: "Upland fields for other annual crops" },
  { code: "CLN", labelVi: "Đất trồng cây lâu năm", labelEn: "Perennial crop land" },
  { code: "RSX", labelVi: "Đất rừng sản xuất", labelEn: "Production forest land" },
  { code: "RPH", labelVi: "Đất rừng phòng hộ", labelEn: "Protection forest land" },
  { code: "RDD", labelVi: "Đất rừng đặc dụng", labelEn: "Special-use forest land" },
  { code: "NTS", labelVi: "Đất nuôi trồng thủy sản", labelEn: "Aquaculture land" },
  { code: "LMU", labelVi: "Đất làm muối", labelEn: "Salt-making land" },
  { code: "NKH", labelVi: "Đất nông nghiệp khác", labelEn: "Other agricultural land" },
  { code: "ONT", labelVi: "Đất ở tại nông thôn", labelEn: "Rural residential land" },
  { code: "ODT", labelVi: "Đất ở tại đô thị", labelEn: "Urban residential land" },
  { code: "TSC", labelVi: "Đất xây dựng trụ sở cơ quan", labelEn: "Land for government offices" },
  { code: "CQP", labelVi: "Đất quốc phòng", labelEn: "Defence land" },
  { code: "CAN", labelVi: "Đất an ninh", labelEn: "Security land" },
  { code: "DVH", labelVi: "Đất xây dựng cơ sở văn hóa", labelEn: "Land for cultural facilities" },
  { code: "DYT", labelVi: "Đất xây dựng cơ sở y tế", labelEn: "Land for health facilities" },
  { code: "DGD", labelVi: "Đất xây dựng cơ sở giáo dục và đào tạo", labelEn: "Land for education and training facilities" },
  { code: "DTT", labelVi: "Đất xây dựng cơ sở thể dục thể thao", labelEn: "Land for sports facilities" },
  { code: "SKK", labelVi: "Đất khu công nghiệp", labelEn: "Industrial park land" },
  { code: "SKN", labelVi: "Đất cụm công nghiệp", labelEn: "Industrial cluster land" },
  { code: "TMD", labelVi: "Đất thương mại, dịch vụ", labelEn: "Commercial and service land" },
  { code: "SKC", labelVi: "Đất cơ sở sản xuất phi nông nghiệp", labelEn: "Non-agricultural production land" },
  { code: "SKS", labelVi: "Đất sử dụng cho hoạt động khoáng sản", labelEn: "Mining land" },
  { code: "DGT", labelVi: "Đất công trình giao thông", labelEn: "Land for transport works" },
  { code: "DTL", labelVi: "Đất công trình thủy lợi", labelEn: "Land for irrigation works" },
  { code: "DNL", labelVi: "Đất công trình năng lượng", labelEn: "Land for energy works" },
  { code: "DBV", labelVi: "Đất công trình bưu chính, viễn thông", labelEn: "Land for postal and telecommunication works" },
  { code: "DCH", labelVi: "Đất chợ", labelEn: "Market land" },
  { code: "DSH", labelVi: "Đất sinh hoạt cộng đồng", labelEn: "Community activity land" },
  { code: "DKV", labelVi: "Đất khu vui chơi, giải trí công cộng", labelEn: "Public recreation land" },
  { code: "TON", labelVi: "Đất tôn giáo", labelEn: "Religious land" },
  { code: "TIN", labelVi: "Đất tín ngưỡng", labelEn: "Belief land" },
  { code: "NTD", labelVi: "Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng", labelEn: "Cemetery and funeral land" },
  { code: "SON", labelVi: "Đất sông, ngòi, kênh, rạch, suối", labelEn: "Rivers, canals and streams" },
  { code: "MNC", labelVi: "Đất có mặt nước chuyên dùng", labelEn: "Special-use water surface" },
  { code: "PNK", labelVi: "Đất phi nông nghiệp khác", labelEn: "Other non-agricultural land" },
  { code: "BCS", labelVi: "Đất bằng chưa sử dụng", labelEn: "Unused flat land" },
  { code: "DCS", labelVi: "Đất đồi núi chưa sử dụng", labelEn: "Unused hilly land" },
  { code: "NCS", labelVi: "Núi đá không có rừng cây", labelEn: "Rocky mountains without forest" },
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

/** The three groups of land of the Land Law 2024 (Art. 9): agricultural, non-agricultural, unused. */
export type LandGroup = "agricultural" | "non_agricultural" | "unused";

// In LAND_TYPES the agricultural codes come first (LUC … NKH), the unused last (BCS, DCS, NCS).
const AGRICULTURAL = new Set(["LUC", "LUK", "BHK", "NHK", "CLN", "RSX", "RPH", "RDD", "NTS", "LMU", "NKH"]);
const UNUSED = new Set(["BCS", "DCS", "NCS"]);

/** The group of the land type `code`, or null for a code this app does not know. */
export function landGroup(code: string): LandGroup | null {
  const type = landTypeByCode(code);
  if (!type) return null;
  if (AGRICULTURAL.has(type.code)) return "agricultural";
  return UNUSED.has(type.code) ? "unused" : "non_agricultural";
}
