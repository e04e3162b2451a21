// The audit's column names in the words of the forms that write them (a column no form shows
// keeps its name), and its coded values in words.

import { useTranslation } from "react-i18next";
import type { ParseKeys } from "i18next";
import type { AuditTable } from "@/data/admin-audit-query";
import { useLang } from "@/components/use-lang";
import { parseTimestamp } from "@/data/parse";
import { formatDate, formatDateTime, formatNumber } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import { projectKindById } from "@/domain/project-kinds";
import { ROLES } from "@/domain/roles";

const PROJECT: Readonly<Record<string, ParseKeys>> = {
  code: "admin.projectForm.code", name: "admin.projectForm.name", kind: "admin.projectForm.kind",
  investor: "admin.projectForm.investor", responsible_unit: "admin.projectForm.responsibleUnit",
  responsible_person: "admin.projectForm.responsiblePerson", area_to_clear_m2: "admin.projects.colArea",
  due_date: "admin.projectForm.dueDate", status: "admin.projectForm.status", decision_kind: "admin.projectForm.decisionKind",
  decision_no: "admin.projectForm.decisionNo", decision_date: "admin.projectForm.decisionDate",
  corridor_width_m: "admin.projectForm.corridorWidth", geom: "admin.projectForm.geometry",
  status_note: "admin.projectForm.statusNote", retired_reason: "admin.retire.reason", retired_at: "admin.retire.badge",
};
const TARGET: Readonly<Record<string, ParseKeys>> = {
  name: "admin.targetForm.name", name_en: "admin.targetForm.nameEn", measure: "admin.targetForm.measure",
  scope_kind: "admin.targetForm.scopeKind", scope_project_id: "admin.targetForm.scopeProject",
  scope_admin_unit_id: "admin.targetForm.scopeUnit", scope_statuses: "admin.targetForm.scopeStatuses",
  min_value: "admin.targetForm.min", max_value: "admin.targetForm.max", min_exclusive: "admin.targetForm.minExclusive",
  max_exclusive: "admin.targetForm.maxExclusive", period_start: "admin.targetForm.periodStart",
  period_end: "admin.targetForm.periodEnd", due_date: "admin.targetForm.dueDate", source: "admin.targetForm.source",
  notes: "admin.targetForm.notes",
};
const UNIT: Readonly<Record<string, ParseKeys>> = {
  name: "admin.units.name", valid_from: "admin.units.validFrom", valid_to: "admin.units.validTo", geom: "admin.units.boundary",
};
const MEMBERSHIP: Readonly<Record<string, ParseKeys>> = {
  email: "admin.accounts.email", role: "admin.accounts.role", admin_unit_id: "admin.accounts.area",
};
const BY_TABLE: Partial<Record<AuditTable, Readonly<Record<string, ParseKeys>>>> = {
  projects: PROJECT, targets: TARGET, admin_units: UNIT, memberships: MEMBERSHIP,
};

/** label(table, column): the column's label. */
export function useFieldLabel(): (table: AuditTable, field: string) => string {
  const { t } = useTranslation();
  return (table, field) => {
    const key = BY_TABLE[table]?.[field];
    return key ? String(t(key)) : field;
  };
}

/** value(column, text): a coded value (a kind, a status, a role…) in words; anything else as it is. */
export function useValueLabel(): (field: string, text: string) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (field, text) => {
    switch (field) {
      case "kind":
      case "scope_kind":
        return labelIn(projectKindById(text), lang);
      case "status":
        return isIn(text, ["planned", "approved", "under_clearance", "operating"]) ? t(`admin.status.${text}`) : text;
      case "scope_statuses":
        return text.split(", ").map((s) => (isIn(s, ["planned", "approved", "under_clearance", "operating"]) ? t(`admin.status.${s}`) : s)).join("; ");
      case "decision_kind":
        return isIn(text, ["investment_policy", "establishment"]) ? t(`admin.decisionKind.${text}`) : text;
      case "measure":
        return isIn(text, ["cleared_area_ha", "cleared_share", "projects_started", "infrastructure_area_ha"]) ? t(`admin.targetForm.measures.${text}`) : text;
      case "level":
        return isIn(text, ["province", "district", "commune"]) ? t(`admin.units.level.${text}`) : text;
      case "role": {
        const role = ROLES.find((r) => r.id === text);
        return role ? labelIn(role, lang) : text;
      }
      default: {
        if (/^-?\d+(\.\d+)?$/.test(text)) return formatNumber(Number(text), lang, text.includes(".") ? 2 : 0);
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
        const instant = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? parseTimestamp(text) : null;
        return instant ? formatDateTime(instant, lang) : text;
      }
    }
  };
}

function isIn<T extends string>(value: string, values: readonly T[]): value is T {
  return (values as readonly string[]).includes(value);
}
