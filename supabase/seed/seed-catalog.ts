// The demo projects: which exist, where (district and communes), how large and how far along.
// Figures follow supabase/seed/FACTS.md and industrial_parks.csv; everything else is plausible
// but invented, and every project is marked illustrative.

import type { LonLat } from "./seed-geometry";

/** GSO codes of the 10 district-level units of Hưng Yên until 30 June 2025. */
export type DistrictCode = "323" | "325" | "326" | "327" | "328" | "329" | "330" | "331" | "332" | "333";

export type ProjectKind =
  | "ring_road" | "public_investment" | "industrial_park" | "industrial_cluster"
  | "urban_housing" | "resettlement" | "cemetery" | "waste";

/** Parcel sizes: park fields are drawn large so the parcel count stays moderate. */
export type ParcelClass = "park" | "cluster" | "road" | "small";

/** Share of a project's area at each stage position 0..7 (sums to 1). */
export type StageProfile = readonly [number, number, number, number, number, number, number, number];

/** A project's status (projects.status): targets count projects by it. */
export type ProjectStatus = "planned" | "approved" | "under_clearance" | "operating";

/** The decision that put a project on the books: an investment decision (chủ trương đầu tư) or, for
 * clusters, an establishment decision (quyết định thành lập). */
export interface ProjectDecision {
  kind: "investment_policy" | "establishment";
  no: string;
  /** YYYY-MM-DD */
  date: string;
}

/** One demo project before geometry is drawn. */
export interface ProjectSpec {
  code: string;
  name: string;
  kind: ProjectKind;
  district: DistrictCode;
  /** Communes the project lies in, with their type ("xã …", "phường …", "thị trấn …"). */
  communes: string[];
  /** Area to clear in hectares: exact for parks (from the CSV), a target for the others. */
  targetHa: number;
  exactArea: boolean;
  /** A road drawn as a centre line with this right-of-way width and length; else an outline. */
  corridor?: { widthM: number; lengthM: number };
  parcelClass: ParcelClass;
  profile: StageProfile;
  /** Noise (metres) added to the position along the clearance front: larger = scattered holdouts. */
  progressNoiseM: number;
  /** Share of not-yet-handed-over parcels that are blocked. */
  blockRate: number;
  /** Date of the first dialogue meetings (YYYY-MM-DD). */
  startDate: string;
  /** Share of the handed-over area with technical infrastructure built. */
  infraShare: number;
  /** Share of the legal area to clear whose parcels are entered so far (1 when all are). */
  enteredShare?: number;
  investor: string;
  decisionRef: string;
  status: ProjectStatus;
  /** Null only while the project is planned. */
  decision: ProjectDecision | null;
  dueDate: string;
  statusNote: string;
  /** Weights of LAND_TYPES for this project's parcels. */
  landMix: readonly number[];
}

const ILLUSTRATIVE = "Dữ liệu minh họa: ranh giới vẽ sơ đồ (schematic), không phải ranh giới pháp lý.";

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An illustrative decision `daysBefore` the first dialogue meetings; the number says it is invented. */
function illustrativeDecision(kind: ProjectDecision["kind"], serial: number, issuer: string, startDate: string,
  daysBefore: number): ProjectDecision {
  const date = addDays(startDate, -daysBefore);
  return { kind, no: `${serial}/${issuer}-${date.slice(0, 4)} (số hiệu minh họa)`, date };
}

export const PROFILES = {
  ringRoad: [0, 0, 0, 0.01, 0.03, 0.04, 0.07, 0.85],
  parkActive: [0, 0, 0, 0, 0.004, 0.003, 0.008, 0.985],
  parkBuilding: [0, 0, 0.02, 0.04, 0.06, 0.08, 0.15, 0.65],
  clusterAdvanced: [0, 0, 0, 0.01, 0.02, 0.03, 0.07, 0.87],
  clusterMid: [0, 0.04, 0.08, 0.12, 0.16, 0.14, 0.16, 0.3],
  clusterEarly: [0.25, 0.3, 0.25, 0.15, 0.05, 0, 0, 0],
  notStarted: [1, 0, 0, 0, 0, 0, 0, 0],
} satisfies Record<string, StageProfile>;

//                          LUC   BHK  CLN  NTS  ONT  ODT  DGT  NTD
const MIX_FIELDS = [78, 6, 4, 6, 2, 0, 3, 1];
const MIX_CLUSTER = [72, 8, 6, 6, 3, 0, 3, 2];
const MIX_ROAD = [64, 6, 6, 7, 9, 0, 5, 3];
const MIX_CITY = [60, 6, 6, 6, 4, 6, 8, 4];

// ---------------------------------------------------------------- Ring Road 4

/** Schematic centre line of Ring Road 4 in Hưng Yên, from the Mễ Sở bridge (Red River) to Lạc Đạo.
 * Tuned so the length inside each district is close to the published figures. */
export const RING_ROAD_LINE: readonly LonLat[] = [
  [105.9165, 20.8795], [105.926, 20.8984], [105.944, 20.91], [105.975, 20.9162],
  [106.0, 20.9188], [106.0095, 20.9405], [106.0195, 20.966], [106.006, 21.002],
];
/** Published length (km) of Ring Road 4 in each district (FACTS.md). */
export const RING_ROAD_KM: Partial<Record<DistrictCode, number>> = { "326": 10.2, "330": 0.57, "327": 2.5, "325": 6.6 };
/** Communes along the road, by district, in order from the Red River. */
export const RING_ROAD_COMMUNES: Partial<Record<DistrictCode, string[]>> = {
  "326": ["xã Mễ Sở", "xã Thắng Lợi", "xã Long Hưng", "xã Nghĩa Trụ", "xã Vĩnh Khúc"],
  "330": ["xã Tân Châu"],
  "327": ["xã Yên Phú", "xã Việt Cường"],
  "325": ["xã Tân Quang", "xã Lạc Hồng", "xã Trưng Trắc", "xã Lạc Đạo"],
};

export const RING_ROAD = {
  code: "VD4-HY",
  name: "Đường Vành đai 4 – Vùng Thủ đô (đoạn qua Hưng Yên)",
  kind: "ring_road" as const,
  widthM: 120,
  profile: PROFILES.ringRoad as StageProfile,
  progressNoiseM: 2500,
  blockRate: 0.05,
  startDate: "2023-02-06",
  infraShare: 0.35,
  investor: "UBND tỉnh Hưng Yên (dự án thành phần 1.2: bồi thường, hỗ trợ, tái định cư)",
  decisionRef: "Nghị quyết 56/2022/QH15",
  status: "under_clearance" as const,
  // Resolution 56/2022/QH15 of 16 June 2022 is the National Assembly's investment decision for Ring Road 4
  decision: { kind: "investment_policy" as const, no: "56/2022/QH15", date: "2022-06-16" },
  dueDate: "2024-12-31",
  statusNote:
    "Dữ liệu minh họa: tim tuyến vẽ sơ đồ (schematic), không phải hướng tuyến thực tế. Chiều dài qua các huyện theo " +
    "số liệu công bố: Văn Giang 10,2 km; Khoái Châu 0,57 km; Yên Mỹ 2,5 km; Văn Lâm 6,6 km. Tháng 4/2024 đã bàn giao " +
    "gần 200 ha (khoảng 85 %).",
  landMix: MIX_ROAD,
};

// ---------------------------------------------------------------- industrial parks (CSV)

interface ParkPlace {
  code: string;
  district: DistrictCode;
  communes: string[];
  /** Only for parks still being planned: how far clearance has gone. */
  profile?: StageProfile;
  startDate: string;
}

/** Where each park of industrial_parks.csv is drawn, by its name in the CSV. */
export const PARK_PLACES: Record<string, ParkPlace> = {
  "KCN Phố Nối A": { code: "KCN-PNA", district: "325", communes: ["xã Lạc Hồng", "xã Trưng Trắc", "xã Đình Dù"], startDate: "2023-01-09" },
  "KCN Dệt may Phố Nối": { code: "KCN-DMPN", district: "328", communes: ["phường Nhân Hòa", "phường Dị Sử"], startDate: "2023-01-16" },
  "KCN Thăng Long II": { code: "KCN-TL2", district: "327", communes: ["xã Liêu Xá", "xã Tân Lập", "xã Hoàn Long"], startDate: "2023-01-12" },
  "KCN Minh Đức": { code: "KCN-MD", district: "328", communes: ["phường Minh Đức", "phường Bạch Sam"], startDate: "2023-01-19" },
  "KCN Minh Quang": { code: "KCN-MQ", district: "328", communes: ["phường Bạch Sam", "xã Dương Quang"], startDate: "2023-01-26" },
  "KCN Yên Mỹ": { code: "KCN-YM", district: "327", communes: ["xã Tân Lập", "xã Trung Hưng"], startDate: "2023-02-02" },
  "KCN Yên Mỹ II": { code: "KCN-YM2", district: "327", communes: ["xã Yên Phú", "xã Minh Châu"], startDate: "2023-02-09" },
  "KCN Sạch": { code: "KCN-SACH", district: "328", communes: ["xã Hưng Long", "xã Ngọc Lâm"], startDate: "2023-02-16" },
  "KCN Số 5": { code: "KCN-SO5", district: "329", communes: ["xã Bãi Sậy", "xã Tân Phúc"], startDate: "2023-02-23" },
  "KCN Số 3": { code: "KCN-SO3", district: "332", communes: ["xã Hưng Đạo", "xã Dị Chế"], startDate: "2023-05-08" },
  "KCN Kim Động": { code: "KCN-KD", district: "331", communes: ["xã Đức Hợp", "xã Mai Động"], startDate: "2023-06-05" },
  "KCN Số 1": { code: "KCN-SO1", district: "329", communes: ["xã Quang Vinh", "xã Hoàng Hoa Thám"], startDate: "2024-03-04",
    profile: [0.1, 0.15, 0.25, 0.25, 0.25, 0, 0, 0] },
  "KCN Số 6": { code: "KCN-SO6", district: "331", communes: ["xã Vĩnh Xá", "xã Song Mai"], startDate: "2024-05-06",
    profile: [0.35, 0.25, 0.25, 0.15, 0, 0, 0, 0] },
  "KCN Thổ Hoàng": { code: "KCN-TH", district: "329", communes: ["xã Hồng Quang", "xã Hồ Tùng Mậu"], startDate: "2024-04-08",
    profile: [0.2, 0.2, 0.3, 0.2, 0.1, 0, 0, 0] },
  "KCN Tân Á Đại Thành": { code: "KCN-TADT", district: "333", communes: ["xã Tống Phan", "xã Đình Cao"], startDate: "2024-06-03",
    profile: [0.5, 0.3, 0.2, 0, 0, 0, 0, 0] },
  "KCN Tân Dân": { code: "KCN-TD", district: "330", communes: ["xã Tân Dân", "xã Ông Đình"], startDate: "2024-07-01",
    profile: [0.6, 0.25, 0.15, 0, 0, 0, 0, 0] },
  "KCN Lý Thường Kiệt": { code: "KCN-LTK", district: "327", communes: ["xã Lý Thường Kiệt", "xã Yên Hòa"], startDate: "2024-03-18",
    profile: [0.15, 0.15, 0.3, 0.25, 0.15, 0, 0, 0] },
};

/** A row of industrial_parks.csv. */
export interface ParkRow {
  name: string;
  areaHa: number;
  status: string;
  occupancyPct: number | null;
}

/** Builds the spec of one park from its CSV row. */
export function parkSpec(row: ParkRow, index: number): ProjectSpec {
  const place = PARK_PLACES[row.name];
  if (!place) throw new Error(`industrial_parks.csv: no place defined for "${row.name}" in seed-catalog.ts`);
  const active = row.status === "Đang hoạt động";
  const building = row.status === "Đang xây dựng";
  const profile = active ? PROFILES.parkActive : building ? PROFILES.parkBuilding : place.profile;
  if (!profile) throw new Error(`park "${row.name}" (status ${row.status}) needs a stage profile`);
  const occupancy = row.occupancyPct === null ? "" : `; tỷ lệ lấp đầy ${String(row.occupancyPct).replace(".", ",")} %`;
  return {
    code: place.code,
    name: row.name,
    kind: "industrial_park",
    district: place.district,
    communes: place.communes,
    targetHa: row.areaHa,
    exactArea: true,
    parcelClass: "park",
    profile,
    progressNoiseM: active ? 3000 : 250,
    blockRate: active ? 0.3 : 0.04,
    startDate: place.startDate,
    infraShare: active ? 0.92 : building ? 0.3 : 0,
    investor: `Công ty đầu tư phát triển hạ tầng ${row.name} (tên minh họa)`,
    decisionRef: "Quyết định chủ trương đầu tư (số hiệu minh họa)",
    // the CSV's planned parks have no investment decision yet; operating and building ones do
    status: active ? "operating" : building ? "under_clearance" : "planned",
    decision: active || building
      ? illustrativeDecision("investment_policy", 300 + index * 17, "QĐ-TTg", place.startDate, active ? 900 : 400)
      : null,
    dueDate: active || building ? "2024-12-31" : "2025-12-31",
    statusNote: `${ILLUSTRATIVE} Trạng thái: ${row.status}${occupancy} (Ban Quản lý các KCN tỉnh, trước 7/2025).`,
    landMix: MIX_FIELDS,
  };
}

// ---------------------------------------------------------------- industrial clusters

type ClusterStage = "advanced" | "mid" | "early" | "none";
const CLUSTERS: readonly [string, DistrictCode, string[], number, ClusterStage][] = [
  ["Phạm Ngũ Lão – Nghĩa Dân", "331", ["xã Phạm Ngũ Lão", "xã Nghĩa Dân"], 75, "advanced"],
  ["Phùng Chí Kiên", "328", ["phường Phùng Chí Kiên"], 50, "advanced"],
  ["Quảng Lãng – Đặng Lễ", "329", ["xã Quảng Lãng", "xã Đặng Lễ"], 72, "mid"],
  ["Trần Cao – Quang Hưng", "333", ["thị trấn Trần Cao", "xã Quang Hưng"], 60, "advanced"],
  ["Đặng Lễ", "329", ["xã Đặng Lễ"], 45, "mid"],
  ["Kim Động", "331", ["xã Hùng An", "xã Ngọc Thanh"], 55, "mid"],
  ["Tân Quang", "325", ["xã Tân Quang"], 40, "advanced"],
  ["Lạc Hồng", "325", ["xã Lạc Hồng"], 40, "mid"],
  ["Bãi Sậy", "329", ["xã Bãi Sậy"], 45, "early"],
  ["Tân Việt", "327", ["xã Tân Việt"], 55, "advanced"],
  ["Ngọc Long", "327", ["xã Ngọc Long"], 45, "mid"],
  ["Thọ Vinh", "331", ["xã Thọ Vinh"], 40, "early"],
  ["Đông Kết", "330", ["xã Đông Kết"], 60, "mid"],
  ["Bình Minh", "330", ["xã Bình Minh"], 42, "early"],
  ["Thuần Hưng", "330", ["xã Thuần Hưng"], 35, "none"],
  ["Dị Sử", "328", ["phường Dị Sử"], 48, "advanced"],
  ["Tân Tiến", "326", ["xã Tân Tiến"], 30, "mid"],
  ["Xuân Quan", "326", ["xã Xuân Quan"], 25, "early"],
  ["Liên Phương", "323", ["xã Liên Phương"], 32, "mid"],
  ["Bảo Khê", "323", ["xã Bảo Khê"], 28, "early"],
  ["Thiện Phiến", "332", ["xã Thiện Phiến"], 52, "mid"],
  ["Nhật Tân", "332", ["xã Nhật Tân"], 40, "none"],
  ["Minh Tân", "333", ["xã Minh Tân"], 42, "early"],
  ["Toàn Thắng", "331", ["xã Toàn Thắng"], 40, "none"],
];

const CLUSTER_STAGE = {
  advanced: { profile: PROFILES.clusterAdvanced, start: "2023-03-06", infra: 0.55 },
  mid: { profile: PROFILES.clusterMid, start: "2023-09-04", infra: 0.2 },
  // inventories still under way: parcels entered for part of the legal area only
  early: { profile: PROFILES.clusterEarly, start: "2024-04-01", infra: 0, entered: 0.8 },
  none: { profile: PROFILES.notStarted, start: "2024-06-03", infra: 0 },
} satisfies Record<ClusterStage, { profile: StageProfile; start: string; infra: number; entered?: number }>;

export function clusterSpecs(): ProjectSpec[] {
  return CLUSTERS.map(([place, district, communes, ha, stage], i) => {
    const s = CLUSTER_STAGE[stage];
    const startDate = addDays(s.start, (i % 6) * 9);
    return {
      code: `CCN-${String(i + 1).padStart(2, "0")}`,
      name: `CCN ${place}`,
      kind: "industrial_cluster",
      district,
      communes,
      targetHa: ha,
      exactArea: false,
      parcelClass: "cluster",
      profile: s.profile,
      progressNoiseM: 150,
      blockRate: 0.04,
      startDate,
      infraShare: s.infra,
      enteredShare: "entered" in s ? s.entered : 1,
      investor: `Công ty đầu tư hạ tầng CCN ${place} (tên minh họa)`,
      decisionRef: "Quyết định thành lập cụm công nghiệp của UBND tỉnh (số hiệu minh họa)",
      status: stage === "none" ? "approved" : "under_clearance",
      decision: illustrativeDecision("establishment", 1200 + i * 23, "QĐ-UBND", startDate, 150),
      dueDate: "2024-12-31",
      statusNote: `${ILLUSTRATIVE} Cụm công nghiệp đã có quyết định thành lập (trước 7/2025).`,
      landMix: district === "323" ? MIX_CITY : MIX_CLUSTER,
    };
  });
}

// ---------------------------------------------------------------- other projects

export function otherSpecs(): ProjectSpec[] {
  const base = { exactArea: false, blockRate: 0.04, progressNoiseM: 150, infraShare: 0 };
  const specs: Omit<ProjectSpec, "status" | "decision">[] = [
    {
      ...base, code: "DTC-01", kind: "public_investment",
      name: "Đường nối hai đường cao tốc Hà Nội – Hải Phòng và Cầu Giẽ – Ninh Bình (đoạn qua Khoái Châu)",
      district: "330", communes: ["xã Bình Kiều", "xã Dân Tiến", "xã Hồng Tiến"], targetHa: 20, corridor: { widthM: 52, lengthM: 4200 },
      parcelClass: "road", profile: [0, 0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.6], startDate: "2023-05-15", infraShare: 0.25,
      investor: "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hưng Yên", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2025-06-30", statusNote: `${ILLUSTRATIVE} Dự án đầu tư công; tim tuyến vẽ sơ đồ.`, landMix: MIX_ROAD,
    },
    {
      ...base, code: "DTC-02", kind: "public_investment", enteredShare: 0.75,
      name: "Đường Tân Phúc – Võng Phan (đoạn qua Ân Thi)",
      district: "329", communes: ["xã Tân Phúc", "xã Vân Du", "xã Xuân Trúc"], targetHa: 16, corridor: { widthM: 40, lengthM: 4200 },
      parcelClass: "road", profile: [0, 0.1, 0.2, 0.3, 0.2, 0.1, 0.1, 0], startDate: "2024-01-08",
      investor: "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hưng Yên", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2025-12-31", statusNote: `${ILLUSTRATIVE} Dự án đầu tư công; tim tuyến vẽ sơ đồ.`, landMix: MIX_ROAD,
    },
    {
      ...base, code: "TDC-01", kind: "resettlement",
      name: "Khu tái định cư phục vụ dự án đường Vành đai 4 tại xã Long Hưng",
      district: "326", communes: ["xã Long Hưng"], targetHa: 8, parcelClass: "small",
      profile: [0, 0, 0, 0, 0, 0, 0.1, 0.9], startDate: "2023-01-16", infraShare: 0.6,
      investor: "UBND huyện Văn Giang", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2024-06-30", statusNote: `${ILLUSTRATIVE} Bố trí đất ở cho các hộ phải di chuyển chỗ ở do Vành đai 4.`, landMix: MIX_FIELDS,
    },
    {
      ...base, code: "TDC-02", kind: "resettlement",
      name: "Khu tái định cư phục vụ dự án đường Vành đai 4 tại xã Lạc Hồng",
      district: "325", communes: ["xã Lạc Hồng"], targetHa: 6, parcelClass: "small",
      profile: [0, 0, 0, 0, 0.1, 0.1, 0.2, 0.6], startDate: "2023-03-13", infraShare: 0.3,
      investor: "UBND huyện Văn Lâm", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2024-09-30", statusNote: `${ILLUSTRATIVE} Bố trí đất ở cho các hộ phải di chuyển chỗ ở do Vành đai 4.`, landMix: MIX_FIELDS,
    },
    {
      ...base, code: "NT-01", kind: "cemetery",
      name: "Nghĩa trang nhân dân tập trung xã Nghĩa Trụ (tiếp nhận mộ di dời)",
      district: "326", communes: ["xã Nghĩa Trụ"], targetHa: 5, parcelClass: "small",
      profile: [0, 0, 0, 0.1, 0.1, 0.1, 0.2, 0.5], startDate: "2023-04-10",
      investor: "UBND huyện Văn Giang", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2024-12-31", statusNote: `${ILLUSTRATIVE} Quy hoạch trước để di dời mộ khỏi các dự án.`, landMix: MIX_FIELDS,
    },
    {
      ...base, code: "XLCT-01", kind: "waste", enteredShare: 0.85,
      name: "Khu xử lý chất thải rắn tập trung xã Đại Đồng (mở rộng)",
      district: "325", communes: ["xã Đại Đồng"], targetHa: 10, parcelClass: "small",
      profile: [0.2, 0.3, 0.3, 0.2, 0, 0, 0, 0], startDate: "2024-05-13",
      investor: "UBND huyện Văn Lâm", decisionRef: "Quyết định phê duyệt dự án (số hiệu minh họa)",
      dueDate: "2025-12-31", statusNote: `${ILLUSTRATIVE} Nhà máy xử lý chất thải được ưu tiên đẩy nhanh.`, landMix: MIX_FIELDS,
    },
    {
      ...base, code: "NOXH-01", kind: "urban_housing",
      name: "Khu nhà ở xã hội cho công nhân KCN Thăng Long II (xã Liêu Xá)",
      district: "327", communes: ["xã Liêu Xá"], targetHa: 15, parcelClass: "small",
      profile: [0, 0, 0.1, 0.2, 0.3, 0.2, 0.2, 0], startDate: "2023-10-02",
      investor: "Nhà đầu tư nhà ở xã hội (tên minh họa)", decisionRef: "Quyết định chấp thuận chủ trương đầu tư (số hiệu minh họa)",
      dueDate: "2025-06-30", statusNote: `${ILLUSTRATIVE} Nhà ở xã hội cho công nhân các KCN.`, landMix: MIX_FIELDS,
    },
  ];
  // every one of them is under way, so each has its investment decision (public investment: the
  // provincial council's resolution)
  return specs.map((spec, i) => ({
    ...spec,
    status: "under_clearance",
    decision: illustrativeDecision("investment_policy", 500 + i * 31,
      spec.kind === "public_investment" ? "NQ-HĐND" : "QĐ-UBND", spec.startDate, 200),
  }));
}
