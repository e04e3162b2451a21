// Fixed words of the demo seed: stages, land types and their unit prices, blocker reasons,
// event notes and the name parts of the (fictional) land users.

/** Stage ids in order (public.stages.position 0..7). */
export const STAGES = [
  "not_started", "dialogue", "notice", "inventory", "plan_approved", "recovery_decided", "compensated", "handed_over",
] as const;
export type StageId = (typeof STAGES)[number];
/** Position of handed_over: a parcel counts as cleared from here. */
export const HANDED_OVER = 7;

/** Land type codes (Land Law 2024 / Circular 08/2024 abbreviations). Index order matters: the seed stores indexes. */
export const LAND_TYPES = ["LUC", "BHK", "CLN", "NTS", "ONT", "ODT", "DGT", "NTD"] as const;
export type LandType = (typeof LAND_TYPES)[number];

/** Illustrative unit prices in VND per m² (compensation, support), by land type, same order as LAND_TYPES. */
export const UNIT_PRICES_VND: Record<LandType, { compensation: number; support: number }> = {
  LUC: { compensation: 185_000, support: 300_000 },
  BHK: { compensation: 175_000, support: 280_000 },
  CLN: { compensation: 210_000, support: 300_000 },
  NTS: { compensation: 180_000, support: 280_000 },
  ONT: { compensation: 9_500_000, support: 1_200_000 },
  ODT: { compensation: 18_000_000, support: 1_500_000 },
  DGT: { compensation: 0, support: 0 },
  NTD: { compensation: 0, support: 250_000 },
};

/** Who must act on a blocker: the commune, the district land fund centre, or the provincial department. */
export type BlockerBody = "commune" | "district" | "province";

/** Real-world blocker reasons (vướng mắc) and who must act on each. */
export const BLOCKER_REASONS: readonly { text: string; body: BlockerBody; weight: number }[] = [
  { text: "Tranh chấp nguồn gốc đất giữa các hộ, chưa xác định được người sử dụng đất hợp pháp", body: "commune", weight: 22 },
  { text: "Hộ dân khiếu nại về đơn giá bồi thường, chưa nhận tiền", body: "province", weight: 25 },
  { text: "Chưa bố trí được đất tái định cư cho hộ bị thu hồi đất ở", body: "district", weight: 10 },
  { text: "Phải di dời mộ, chưa thống nhất thời điểm và địa điểm cải táng", body: "commune", weight: 12 },
  { text: "Chủ sử dụng đất vắng mặt tại địa phương, không liên lạc được", body: "commune", weight: 15 },
  { text: "Chưa thống nhất phương án hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm", body: "district", weight: 16 },
];
/** Index in BLOCKER_REASONS of the resettlement reason (only residential parcels), and of graves. */
export const REASON_RESETTLEMENT = 2;
export const REASON_GRAVES = 3;

/** The provincial body for price complaints. */
export const PROVINCE_BODY = "Sở Tài nguyên và Môi trường";

/** A note on some stage events, by the stage reached (index 1..7). */
export const STEP_NOTES: readonly string[] = [
  "",
  "Họp dân tại nhà văn hóa thôn, đa số hộ đồng thuận với chủ trương thu hồi đất",
  "Đã niêm yết thông báo thu hồi đất tại trụ sở UBND xã và nhà văn hóa thôn",
  "Hộ ban đầu chưa hợp tác; đã vận động, thuyết phục và kiểm đếm xong",
  "Phương án đã niêm yết công khai 30 ngày, không có ý kiến khác",
  "Quyết định thu hồi đất đã giao trực tiếp cho hộ",
  "Chi trả qua tài khoản ngân hàng của hộ",
  "Bàn giao mặt bằng tại thực địa, có biên bản",
];

/** Name parts of the fictional land users (họ, tên đệm, tên). */
export const SURNAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Đặng", "Bùi", "Ngô", "Dương", "Đào", "Lưu", "Trịnh", "Phan", "Đinh",
];
export const MIDDLE_MALE = ["Văn", "Văn", "Văn", "Đức", "Hữu", "Quang", "Minh", "Xuân", "Công", "Đình"];
export const MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh"];
export const GIVEN_MALE = [
  "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mạnh", "Nam", "Phúc", "Quân",
  "Sơn", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hưởng",
];
export const GIVEN_FEMALE = [
  "Anh", "Chi", "Dung", "Hà", "Hằng", "Hoa", "Huệ", "Hương", "Lan", "Liên", "Loan", "Mai", "Ngân", "Nhung", "Oanh",
  "Phương", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Xuân", "Hạnh",
];
/** Hamlet names (thôn). */
export const VILLAGES = ["Đông", "Đoài", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Cả", "Mới", "An Lạc", "Phú Thị", "Tân Hưng"];
