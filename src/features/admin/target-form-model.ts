// The target form's values, their checks (as the targets model's constraints, 20261202090000),
// the row they make, and the sentence that says what a target means ("Trên 20 cụm công nghiệp …").

import type { AdminTarget, AdminTargetFields } from "@/data/admin-targets-query";
import type { ProjectStatus } from "@/data/admin-projects-query";
import { formatDate, formatNumber } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import type { ProjectKindId } from "@/domain/project-kinds";
import { projectKindById } from "@/domain/project-kinds";
import type { TargetMeasure } from "@/domain/targets";
import { numberForInput, parseTypedNumber } from "@/features/admin/parse-number";

export interface TargetFormValues {
  readonly name: string;
  readonly nameEn: string;
  readonly measure: TargetMeasure;
  readonly scopeKind: ProjectKindId | "";
  readonly scopeProjectId: string;
  readonly scopeAdminUnitId: string;
  /** Empty: every status counts. */
  readonly scopeStatuses: readonly ProjectStatus[];
  /** In the unit shown: %, for cleared_share. */
  readonly min: string;
  readonly max: string;
  readonly minExclusive: boolean;
  readonly maxExclusive: boolean;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly dueDate: string;
  readonly source: string;
  readonly notes: string;
}

export type TargetField = keyof TargetFormValues;
export type TargetFormError =
  | "required" | "too_long" | "not_number" | "negative" | "share_over_100" | "bound_required" | "bounds_order"
  | "bounds_empty" | "period_incomplete" | "period_order" | "date_invalid" | "source_required";
export type TargetFormErrors = Partial<Record<TargetField, TargetFormError>>;

export function emptyTargetForm(): TargetFormValues {
  return {
    name: "", nameEn: "", measure: "cleared_area_ha", scopeKind: "", scopeProjectId: "", scopeAdminUnitId: "",
    scopeStatuses: [], min: "", max: "", minExclusive: false, maxExclusive: false, periodStart: "", periodEnd: "",
    dueDate: "", source: "", notes: "",
  };
}

const shown = (measure: TargetMeasure, value: number | null) =>
  value === null ? null : measure === "cleared_share" ? value * 100 : value;

export function targetToForm(t: AdminTarget, lang: Lang): TargetFormValues {
  return {
    name: t.name, nameEn: t.nameEn ?? "", measure: t.measure, scopeKind: t.scopeKind ?? "",
    scopeProjectId: t.scopeProjectId ?? "", scopeAdminUnitId: t.scopeAdminUnitId ?? "", scopeStatuses: t.scopeStatuses ?? [],
    min: numberForInput(shown(t.measure, t.minValue), lang), max: numberForInput(shown(t.measure, t.maxValue), lang),
    minExclusive: t.minExclusive, maxExclusive: t.maxExclusive, periodStart: t.periodStart ?? "", periodEnd: t.periodEnd ?? "",
    dueDate: t.dueDate ?? "", source: t.source ?? "", notes: t.notes ?? "",
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Checks the form; a new target must name its source document. */
export function validateTargetForm(v: TargetFormValues, isNew: boolean, lang: Lang):
  { fields: AdminTargetFields; errors: null } | { fields: null; errors: TargetFormErrors } {
  const errors: TargetFormErrors = {};
  if (v.name.trim() === "") errors.name = "required";
  else if (v.name.trim().length > 500) errors.name = "too_long";
  if (isNew && v.source.trim() === "") errors.source = "source_required";
  if (v.notes.length > 4000) errors.notes = "too_long";

  const bound = (key: "min" | "max") => {
    const value = parseTypedNumber(v[key], lang);
    if (value === null) return null;
    if (Number.isNaN(value)) errors[key] = "not_number";
    else if (value < 0) errors[key] = "negative";
    else if (v.measure === "cleared_share" && value > 100) errors[key] = "share_over_100";
    return Number.isNaN(value) ? null : value;
  };
  const min = bound("min");
  const max = bound("max");
  if (!errors.min && !errors.max) {
    if (min === null && max === null) errors.min = "bound_required";
    else if (min !== null && max !== null && min > max) errors.max = "bounds_order";
    else if (min !== null && max !== null && min === max && (v.minExclusive || v.maxExclusive)) errors.max = "bounds_empty";
  }
  for (const key of ["periodStart", "periodEnd", "dueDate"] as const) {
    if (v[key] !== "" && !validDate(v[key])) errors[key] = "date_invalid";
  }
  if (!errors.periodStart && !errors.periodEnd) {
    if ((v.periodStart === "") !== (v.periodEnd === "")) errors[v.periodStart === "" ? "periodStart" : "periodEnd"] = "period_incomplete";
    else if (v.periodStart !== "" && v.periodEnd < v.periodStart) errors.periodEnd = "period_order";
  }
  if (Object.keys(errors).length > 0) return { fields: null, errors };
  const stored = (value: number | null) =>
    value === null ? null : v.measure === "cleared_share" ? Math.round(value * 1e4) / 1e6 : value;
  return {
    errors: null,
    fields: {
      name: v.name.trim(), nameEn: optional(v.nameEn), measure: v.measure, scopeKind: v.scopeKind === "" ? null : v.scopeKind,
      scopeProjectId: optional(v.scopeProjectId), scopeAdminUnitId: optional(v.scopeAdminUnitId),
      scopeStatuses: v.scopeStatuses.length === 0 ? null : [...v.scopeStatuses],
      minValue: stored(min), maxValue: stored(max), minExclusive: min === null ? false : v.minExclusive,
      maxExclusive: max === null ? false : v.maxExclusive, periodStart: optional(v.periodStart), periodEnd: optional(v.periodEnd),
      dueDate: optional(v.dueDate), source: optional(v.source), notes: optional(v.notes),
    },
  };
}

/** Names the sentence needs: projects and admin units by id. */
export interface TargetNames {
  readonly project: (id: string) => string | undefined;
  readonly unit: (id: string) => string | undefined;
}

const DECIDED: readonly ProjectStatus[] = ["approved", "under_clearance", "operating"];
const STATUS_WORDS: Record<ProjectStatus, [string, string]> = {
  planned: ["trong kế hoạch", "planned"],
  approved: ["đã có quyết định", "approved"],
  under_clearance: ["đang giải phóng mặt bằng", "under clearance"],
  operating: ["đang hoạt động", "operating"],
};

function boundText(f: AdminTargetFields, lang: Lang): string {
  const num = (value: number) => f.measure === "cleared_share"
    ? `${formatNumber(value * 100, lang, value * 100 % 1 === 0 ? 0 : 1)} %`
    : formatNumber(value, lang, value % 1 === 0 ? 0 : 1);
  const vi = lang === "vi";
  const { minValue: lo, maxValue: hi } = f;
  if (lo !== null && hi !== null) {
    if (lo === hi) return num(lo);
    const from = f.minExclusive ? (vi ? "trên" : "more than") : (vi ? "từ" : "from");
    const to = f.maxExclusive ? (vi ? "đến dưới" : "to less than") : (vi ? "đến" : "to");
    return `${from} ${num(lo)} ${to} ${num(hi)}`;
  }
  if (lo !== null) return `${f.minExclusive ? (vi ? "trên" : "more than") : (vi ? "ít nhất" : "at least")} ${num(lo)}`;
  return `${f.maxExclusive ? (vi ? "dưới" : "less than") : (vi ? "tối đa" : "at most")} ${num(hi ?? 0)}`;
}

/** The target in one sentence, e.g. "Trên 20 cụm công nghiệp đã có quyết định thành lập bắt đầu giải phóng mặt bằng, hạn 31/12/2024." */
export function describeTarget(f: AdminTargetFields, lang: Lang, names: TargetNames): string {
  const vi = lang === "vi";
  const kind = f.scopeKind ? labelIn(projectKindById(f.scopeKind), lang).toLowerCase() : null;
  const projects = f.scopeProjectId
    ? (names.project(f.scopeProjectId) ?? f.scopeProjectId)
    : kind ?? (vi ? "các dự án" : "projects");
  const statuses = f.scopeStatuses;
  let which = "";
  if (statuses && statuses.length > 0) {
    const decided = statuses.length === DECIDED.length && DECIDED.every((s) => statuses.includes(s));
    if (decided) {
      which = f.scopeKind === "industrial_cluster"
        ? (vi ? " đã có quyết định thành lập" : " with an establishment decision")
        : (vi ? " đã được cấp chủ trương đầu tư" : " with an investment decision");
    } else {
      which = (vi ? " ở trạng thái " : " in status ") + statuses.map((s) => STATUS_WORDS[s][vi ? 0 : 1]).join(vi ? " hoặc " : " or ");
    }
  }
  const unitName = f.scopeAdminUnitId ? (names.unit(f.scopeAdminUnitId) ?? f.scopeAdminUnitId) : null;
  const where = unitName ? (vi ? ` tại ${unitName}` : ` in ${unitName}`) : "";
  const bound = boundText(f, lang);
  let core: string;
  switch (f.measure) {
    case "projects_started":
      core = vi ? `${bound} ${projects}${which}${where} bắt đầu giải phóng mặt bằng` : `${bound} ${projects}${which}${where} start land clearance`;
      break;
    case "cleared_area_ha":
      core = vi ? `Giải phóng mặt bằng ${bound} ha của ${projects}${which}${where}` : `Clear ${bound} ha of ${projects}${which}${where}`;
      break;
    case "cleared_share":
      core = vi ? `Giải phóng mặt bằng ${bound} diện tích phải giải phóng của ${projects}${which}${where}`
        : `Clear ${bound} of the land to clear of ${projects}${which}${where}`;
      break;
    case "infrastructure_area_ha":
      core = vi ? `Xây dựng hạ tầng kỹ thuật ${bound} ha ở ${projects}${which}${where}`
        : `Build technical infrastructure on ${bound} ha of ${projects}${which}${where}`;
      break;
  }
  const parts = [core.charAt(0).toUpperCase() + core.slice(1)];
  if (f.periodStart && f.periodEnd) {
    parts.push(vi ? `tính trong khoảng ${formatDate(f.periodStart, lang)} – ${formatDate(f.periodEnd, lang)}`
      : `counted from ${formatDate(f.periodStart, lang)} to ${formatDate(f.periodEnd, lang)}`);
  } else {
    parts.push(vi ? "tính lũy kế" : "cumulative");
  }
  if (f.dueDate) parts.push(vi ? `hạn ${formatDate(f.dueDate, lang)}` : `due ${formatDate(f.dueDate, lang)}`);
  return `${parts.join(", ")}.`;
}
