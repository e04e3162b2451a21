// The project form's fields: general, area, status and decision, road corridor, note.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { DECISION_KINDS, PROJECT_STATUSES } from "@/data/admin-projects-query";
import type { DecisionKind, ProjectStatus } from "@/data/admin-projects-query";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS } from "@/domain/project-kinds";
import type { ProjectKindId } from "@/domain/project-kinds";
import { AdminField } from "@/features/admin/admin-field";
import type { AreaUnit, ProjectField, ProjectFormErrors, ProjectFormValues } from "@/features/admin/project-form-model";
import { isRoadKind, usualDecisionKind } from "@/features/admin/project-form-model";

interface ProjectFieldsProps {
  readonly values: ProjectFormValues;
  readonly errors: ProjectFormErrors;
  readonly set: <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => void;
  /** A centre line is drawn: the corridor width is asked whatever the kind. */
  readonly lineDrawn: boolean;
}

export function ProjectFields({ values: v, errors, set, lineDrawn }: ProjectFieldsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const err = (field: ProjectField) => (errors[field] ? t(`admin.error.${errors[field]}`) : undefined);
  const text = (field: "code" | "name" | "investor" | "responsibleUnit" | "responsiblePerson" | "decisionNo", label: string, hint?: string) => (
    <AdminField id={`project-${field}`} label={label} hint={hint} error={err(field)}>
      <input type="text" value={v[field]} onChange={(e) => set(field, e.target.value)} autoComplete="off" />
    </AdminField>
  );
  return (
    <>
      <fieldset className="admin-card admin-grid">
        <legend>{t("admin.projectForm.basics")}</legend>
        <AdminField id="project-kind" label={t("admin.projectForm.kind")}>
          <select value={v.kind} onChange={(e) => set("kind", e.target.value as ProjectKindId)}>
            {PROJECT_KINDS.map((k) => <option key={k.id} value={k.id}>{labelIn(k, lang)}</option>)}
          </select>
        </AdminField>
        {text("code", t("admin.projectForm.code"), t("admin.projectForm.codeHint"))}
        {text("name", t("admin.projectForm.name"))}
        {text("investor", t("admin.projectForm.investor"))}
        {text("responsibleUnit", t("admin.projectForm.responsibleUnit"))}
        {text("responsiblePerson", t("admin.projectForm.responsiblePerson"))}
        <div className="admin-area">
          <AdminField id="project-area" label={t("admin.projectForm.area")} hint={t("admin.projectForm.areaHint")} error={err("area")}>
            <input type="text" inputMode="decimal" value={v.area} onChange={(e) => set("area", e.target.value)} />
          </AdminField>
          <AdminField id="project-area-unit" label={t("admin.projectForm.areaUnit")}>
            <select value={v.areaUnit} onChange={(e) => set("areaUnit", e.target.value as AreaUnit)}>
              <option value="ha">{t("admin.projectForm.ha")}</option>
              <option value="m2">{t("admin.projectForm.m2")}</option>
            </select>
          </AdminField>
        </div>
        <AdminField id="project-dueDate" label={t("admin.projectForm.dueDate")} error={err("dueDate")}>
          <input type="date" value={v.dueDate} onChange={(e) => set("dueDate", e.target.value)} />
        </AdminField>
      </fieldset>
      <fieldset className="admin-card admin-grid">
        <legend>{t("admin.projectForm.decision")}</legend>
        <AdminField id="project-status" label={t("admin.projectForm.status")} hint={t("admin.projectForm.statusHint")} className="admin-grid__wide">
          <select value={v.status} onChange={(e) => set("status", e.target.value as ProjectStatus)}>
            {PROJECT_STATUSES.map((s) => <option key={s} value={s}>{t(`admin.status.${s}`)}</option>)}
          </select>
        </AdminField>
        <AdminField id="project-decisionKind" label={t("admin.projectForm.decisionKind")} error={err("decisionKind")}>
          <select value={v.decisionKind} onChange={(e) => set("decisionKind", e.target.value as DecisionKind | "")}>
            <option value="">{t("admin.projectForm.decisionKindNone")}</option>
            {[usualDecisionKind(v.kind), ...DECISION_KINDS.filter((k) => k !== usualDecisionKind(v.kind))].map((k) => (
              <option key={k} value={k}>{t(`admin.decisionKind.${k}`)}</option>
            ))}
          </select>
        </AdminField>
        {text("decisionNo", t("admin.projectForm.decisionNo"), t("admin.projectForm.decisionNoHint"))}
        <AdminField id="project-decisionDate" label={t("admin.projectForm.decisionDate")} error={err("decisionDate")}>
          <input type="date" value={v.decisionDate} onChange={(e) => set("decisionDate", e.target.value)} />
        </AdminField>
      </fieldset>
      {isRoadKind(v.kind) || lineDrawn || v.corridorWidth !== "" ? (
        <fieldset className="admin-card admin-grid">
          <legend>{t("admin.projectForm.road")}</legend>
          <AdminField id="project-corridorWidth" label={t("admin.projectForm.corridorWidth")} hint={t("admin.projectForm.corridorHint")}
            error={err("corridorWidth")}>
            <input type="text" inputMode="decimal" value={v.corridorWidth} onChange={(e) => set("corridorWidth", e.target.value)} />
          </AdminField>
        </fieldset>
      ) : null}
      <AdminField id="project-statusNote" label={t("admin.projectForm.statusNote")} error={err("statusNote")}>
        <textarea rows={2} value={v.statusNote} onChange={(e) => set("statusNote", e.target.value)} />
      </AdminField>
    </>
  );
}
