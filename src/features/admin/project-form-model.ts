// The project form's values (text, as typed), their checks before sending (the database checks
// again) and the row they make. Every problem is a key under admin.error.*.

import type { AdminProject, AdminProjectFields, DecisionKind, ProjectStatus } from "@/data/admin-projects-query";
import type { ProjectGeometry } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { numberForInput, parseTypedNumber } from "@/features/admin/parse-number";

/** The unit the legal area is typed in; it is stored in m² whichever is chosen. */
export type AreaUnit = "ha" | "m2";

export interface ProjectFormValues {
  readonly kind: ProjectKindId;
  readonly code: string;
  readonly name: string;
  readonly investor: string;
  readonly responsibleUnit: string;
  readonly responsiblePerson: string;
  readonly area: string;
  readonly areaUnit: AreaUnit;
  readonly dueDate: string;
  readonly status: ProjectStatus;
  /** "" when no decision yet. */
  readonly decisionKind: DecisionKind | "";
  readonly decisionNo: string;
  readonly decisionDate: string;
  readonly corridorWidth: string;
  readonly statusNote: string;
  readonly geometry: ProjectGeometry | null;
}

export type ProjectField = Exclude<keyof ProjectFormValues, "areaUnit">;

export type ProjectFormError =
  | "required" | "code_format" | "too_long" | "not_number" | "negative" | "date_invalid" | "date_too_early"
  | "decision_incomplete" | "decision_for_status" | "width_positive" | "width_for_line" | "width_too_large";

export type ProjectFormErrors = Partial<Record<ProjectField, ProjectFormError>>;

/** Road kinds: the centre line and the corridor width belong to them. */
export function isRoadKind(kind: ProjectKindId): boolean {
  return kind === "ring_road" || kind === "public_investment";
}

/** The decision a kind usually has: clusters are established, the rest get an investment policy. */
export function usualDecisionKind(kind: ProjectKindId): DecisionKind {
  return kind === "industrial_cluster" ? "establishment" : "investment_policy";
}

export function emptyProjectForm(): ProjectFormValues {
  return {
    kind: "industrial_cluster", code: "", name: "", investor: "", responsibleUnit: "", responsiblePerson: "",
    area: "", areaUnit: "ha", dueDate: "", status: "planned", decisionKind: "", decisionNo: "", decisionDate: "",
    corridorWidth: "", statusNote: "", geometry: null,
  };
}

export function projectToForm(p: AdminProject, lang: "vi" | "en"): ProjectFormValues {
  return {
    kind: p.kind, code: p.code, name: p.name, investor: p.investor ?? "", responsibleUnit: p.responsibleUnit ?? "",
    responsiblePerson: p.responsiblePerson ?? "", area: numberForInput(p.areaToClearM2 / 10_000, lang), areaUnit: "ha",
    dueDate: p.dueDate ?? "", status: p.status, decisionKind: p.decisionKind ?? "", decisionNo: p.decisionNo ?? "",
    decisionDate: p.decisionDate ?? "", corridorWidth: numberForInput(p.corridorWidthM, lang), statusNote: p.statusNote ?? "",
    geometry: p.geometry,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Checks the form; answers the row to write, or the problems (nothing is sent then). */
export function validateProjectForm(v: ProjectFormValues, lang: "vi" | "en"):
  { fields: AdminProjectFields; errors: null } | { fields: null; errors: ProjectFormErrors } {
  const errors: ProjectFormErrors = {};
  const code = v.code.trim();
  if (code === "") errors.code = "required";
  else if (code.length > 40) errors.code = "too_long";
  else if (!CODE.test(code)) errors.code = "code_format";
  if (v.name.trim() === "") errors.name = "required";
  else if (v.name.trim().length > 300) errors.name = "too_long";

  const area = parseTypedNumber(v.area, lang);
  if (area === null) errors.area = "required";
  else if (Number.isNaN(area)) errors.area = "not_number";
  else if (area < 0) errors.area = "negative";

  for (const key of ["dueDate", "decisionDate"] as const) {
    if (v[key] !== "" && !validDate(v[key])) errors[key] = "date_invalid";
  }
  if (!errors.decisionDate && v.decisionDate !== "" && v.decisionDate < "1990-01-01") errors.decisionDate = "date_too_early";

  const decisionParts = [v.decisionKind !== "", v.decisionNo.trim() !== "", v.decisionDate !== ""];
  const anyDecision = decisionParts.some(Boolean);
  if (anyDecision && !decisionParts.every(Boolean)) {
    if (v.decisionKind === "") errors.decisionKind = "decision_incomplete";
    if (v.decisionNo.trim() === "") errors.decisionNo = "decision_incomplete";
    if (v.decisionDate === "") errors.decisionDate = "decision_incomplete";
  }
  if (v.status !== "planned" && !anyDecision) errors.decisionNo = "decision_for_status";

  const width = parseTypedNumber(v.corridorWidth, lang);
  const isLine = v.geometry?.type === "LineString" || v.geometry?.type === "MultiLineString";
  if (width !== null && Number.isNaN(width)) errors.corridorWidth = "not_number";
  else if (width !== null && width <= 0) errors.corridorWidth = "width_positive";
  else if (width !== null && width > 1000) errors.corridorWidth = "width_too_large";
  else if (width === null && isLine) errors.corridorWidth = "width_for_line";

  if (Object.keys(errors).length > 0) return { fields: null, errors };
  const areaM2 = v.areaUnit === "ha" ? (area as number) * 10_000 : (area as number);
  return {
    errors: null,
    fields: {
      code, name: v.name.trim(), kind: v.kind, investor: optional(v.investor), responsibleUnit: optional(v.responsibleUnit),
      responsiblePerson: optional(v.responsiblePerson), areaToClearM2: Math.round(areaM2 * 100) / 100,
      dueDate: optional(v.dueDate), status: v.status, decisionKind: v.decisionKind === "" ? null : v.decisionKind,
      decisionNo: optional(v.decisionNo), decisionDate: optional(v.decisionDate),
      corridorWidthM: width, geometry: v.geometry, statusNote: optional(v.statusNote),
    },
  };
}
