// The kinds of project whose land is cleared. The database checks the same ids in
// projects.kind and targets.scope_kind.

import type { Labelled } from "@/domain/lang";

/** A project kind id, as stored in projects.kind. */
export type ProjectKindId =
  | "ring_road"
  | "public_investment"
  | "industrial_park"
  | "industrial_cluster"
  | "urban_housing"
  | "resettlement"
  | "cemetery"
  | "waste"
  | "other";

/** One project kind with its labels; `position` orders tables and legends. */
export interface ProjectKind extends Labelled {
  readonly id: ProjectKindId;
  readonly position: number;
}

/** All project kinds in display order (Ring Road 4 first, as the province's focus). */
export const PROJECT_KINDS: readonly ProjectKind[] = [
  { id: "ring_road", position: 0, labelVi: "Vành đai 4", labelEn: "Ring Road 4" },
  { id: "public_investment", position: 1, labelVi: "Đầu tư công", labelEn: "Public investment" },
  { id: "industrial_park", position: 2, labelVi: "Khu công nghiệp", labelEn: "Industrial parks" },
  { id: "industrial_cluster", position: 3, labelVi: "Cụm công nghiệp", labelEn: "Industrial clusters" },
  { id: "urban_housing", position: 4, labelVi: "Khu đô thị – nhà ở", labelEn: "Urban areas and housing" },
  { id: "resettlement", position: 5, labelVi: "Khu tái định cư", labelEn: "Resettlement areas" },
  { id: "cemetery", position: 6, labelVi: "Nghĩa trang", labelEn: "Cemeteries" },
  { id: "waste", position: 7, labelVi: "Xử lý rác thải – nước thải", labelEn: "Waste and wastewater plants" },
  { id: "other", position: 8, labelVi: "Khác", labelEn: "Other" },
];

const BY_ID = new Map<string, ProjectKind>(PROJECT_KINDS.map((k) => [k.id, k]));

/** The project kind ids in display order. */
export const PROJECT_KIND_IDS: readonly ProjectKindId[] = PROJECT_KINDS.map((k) => k.id);

/** True when `value` is a known project kind id. */
export function isProjectKindId(value: unknown): value is ProjectKindId {
  return typeof value === "string" && BY_ID.has(value);
}

/** The project kind with this id; an unknown id (newer database) falls back to "other". */
export function projectKindById(id: string): ProjectKind {
  return BY_ID.get(id) ?? (BY_ID.get("other") as ProjectKind);
}
