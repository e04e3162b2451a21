// The target form's fields: name, measure, scope, bounds, period, due date, source, notes.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { PROJECT_STATUSES, useAdminProjects } from "@/data/admin-projects-query";
import { useAdminUnits } from "@/data/admin-units-query";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS } from "@/domain/project-kinds";
import type { ProjectKindId } from "@/domain/project-kinds";
import { TARGET_MEASURES } from "@/domain/targets";
import type { TargetMeasure } from "@/domain/targets";
import { AdminField } from "@/features/admin/admin-field";
import type { TargetField, TargetFormErrors, TargetFormValues } from "@/features/admin/target-form-model";

interface TargetFieldsProps {
  readonly values: TargetFormValues;
  readonly errors: TargetFormErrors;
  readonly set: <K extends keyof TargetFormValues>(key: K, value: TargetFormValues[K]) => void;
  readonly isNew: boolean;
}

export function TargetFields({ values: v, errors, set, isNew }: TargetFieldsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const projects = useAdminProjects().data ?? [];
  const units = useAdminUnits().data ?? [];
  const err = (field: TargetField) => (errors[field] ? t(`admin.error.${errors[field]}`) : undefined);
  const unit = t(`admin.targetForm.unit_${v.measure}`);
  const date = (field: "periodStart" | "periodEnd" | "dueDate", label: string) => (
    <AdminField id={`target-${field}`} label={label} error={err(field)}>
      <input type="date" value={v[field]} onChange={(e) => set(field, e.target.value)} />
    </AdminField>
  );
  return (
    <>
      <fieldset className="admin-card admin-grid">
        <legend>{t("admin.targets.colName")}</legend>
        <AdminField id="target-name" label={t("admin.targetForm.name")} error={err("name")} className="admin-grid__wide">
          <input type="text" value={v.name} onChange={(e) => set("name", e.target.value)} />
        </AdminField>
        <AdminField id="target-nameEn" label={`${t("admin.targetForm.nameEn")} ${t("admin.common.optional")}`} className="admin-grid__wide">
          <input type="text" value={v.nameEn} onChange={(e) => set("nameEn", e.target.value)} />
        </AdminField>
        <AdminField id="target-measure" label={t("admin.targetForm.measure")}>
          <select value={v.measure} onChange={(e) => set("measure", e.target.value as TargetMeasure)}>
            {TARGET_MEASURES.map((m) => <option key={m} value={m}>{t(`admin.targetForm.measures.${m}`)}</option>)}
          </select>
        </AdminField>
      </fieldset>
      <fieldset className="admin-card admin-grid">
        <legend>{t("admin.targetForm.scope")}</legend>
        <AdminField id="target-scopeKind" label={t("admin.targetForm.scopeKind")}>
          <select value={v.scopeKind} onChange={(e) => set("scopeKind", e.target.value as ProjectKindId | "")}>
            <option value="">{t("admin.targetForm.anyKind")}</option>
            {PROJECT_KINDS.map((k) => <option key={k.id} value={k.id}>{labelIn(k, lang)}</option>)}
          </select>
        </AdminField>
        <AdminField id="target-scopeProject" label={t("admin.targetForm.scopeProject")}>
          <select value={v.scopeProjectId} onChange={(e) => set("scopeProjectId", e.target.value)}>
            <option value="">{t("admin.targetForm.anyProject")}</option>
            {projects.filter((p) => v.scopeKind === "" || p.kind === v.scopeKind).map((p) => <option key={p.id} value={p.id}>{p.code} – {p.name}</option>)}
          </select>
        </AdminField>
        <AdminField id="target-scopeUnit" label={t("admin.targetForm.scopeUnit")}>
          <select value={v.scopeAdminUnitId} onChange={(e) => set("scopeAdminUnitId", e.target.value)}>
            <option value="">{t("admin.targetForm.anyUnit")}</option>
            {units.filter((u) => u.level !== "province").map((u) => <option key={u.id} value={u.id}>{u.name} ({u.id})</option>)}
          </select>
        </AdminField>
        <fieldset className="admin-checks admin-grid__wide" aria-describedby="target-statuses-hint">
          <legend>{t("admin.targetForm.scopeStatuses")}</legend>
          {PROJECT_STATUSES.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={v.scopeStatuses.includes(s)}
                onChange={(e) => set("scopeStatuses", e.target.checked ? PROJECT_STATUSES.filter((x) => x === s || v.scopeStatuses.includes(x))
                  : v.scopeStatuses.filter((x) => x !== s))} />
              {t(`admin.status.${s}`)}
            </label>
          ))}
          <p id="target-statuses-hint" className="admin-field__hint">{t("admin.targetForm.statusesHint")}</p>
        </fieldset>
      </fieldset>
      <fieldset className="admin-card admin-grid">
        <legend>{t("admin.targetForm.bounds")}</legend>
        {(["min", "max"] as const).map((key) => (
          <div key={key}>
            <AdminField id={`target-${key}`} label={`${t(`admin.targetForm.${key}`)} (${unit})`} error={err(key)}>
              <input type="text" inputMode="decimal" value={v[key]} onChange={(e) => set(key, e.target.value)} />
            </AdminField>
            <label className="admin-check">
              <input type="checkbox" checked={key === "min" ? v.minExclusive : v.maxExclusive}
                onChange={(e) => set(key === "min" ? "minExclusive" : "maxExclusive", e.target.checked)} />
              {t(key === "min" ? "admin.targetForm.minExclusive" : "admin.targetForm.maxExclusive")}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="admin-card admin-grid" aria-describedby="target-period-hint">
        <legend>{t("admin.targetForm.period")}</legend>
        <p id="target-period-hint" className="admin-field__hint admin-grid__wide">{t("admin.targetForm.periodHint")}</p>
        {date("periodStart", t("admin.targetForm.periodStart"))}
        {date("periodEnd", t("admin.targetForm.periodEnd"))}
        {date("dueDate", t("admin.targetForm.dueDate"))}
      </fieldset>
      <AdminField id="target-source" label={isNew ? t("admin.targetForm.source") : `${t("admin.targetForm.source")}`}
        hint={t("admin.targetForm.sourceHint")} error={err("source")}>
        <input type="text" value={v.source} onChange={(e) => set("source", e.target.value)} />
      </AdminField>
      <AdminField id="target-notes" label={`${t("admin.targetForm.notes")} ${t("admin.common.optional")}`} error={err("notes")}>
        <textarea rows={3} value={v.notes} onChange={(e) => set("notes", e.target.value)} />
      </AdminField>
    </>
  );
}
