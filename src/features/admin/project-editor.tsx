// One project's form: create or edit every field, its outline or centre line, retire it, and
// its own audit history. Leaders see the same form read-only.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AdminProject } from "@/data/admin-projects-query";
import { useSaveProject } from "@/data/admin-projects-query";
import type { ProjectGeometry } from "@/geo/geometry";
import { hasSeveralParts, drawProblem, geometryOfVertices, verticesOfGeometry } from "@/features/admin/drawn-geometry";
import type { DrawState } from "@/features/admin/geometry-editor";
import { GeometryEditor } from "@/features/admin/geometry-editor";
import { ObjectHistory } from "@/features/admin/object-history";
import type { ProjectFormErrors, ProjectFormValues } from "@/features/admin/project-form-model";
import { emptyProjectForm, isRoadKind, projectToForm, validateProjectForm } from "@/features/admin/project-form-model";
import { ProjectFields } from "@/features/admin/project-fields";
import { RetirePanel } from "@/features/admin/retire-panel";
import { writeErrorText } from "@/features/admin/write-error-text";

interface ProjectEditorProps {
  readonly project: AdminProject | null;
  readonly canEdit: boolean;
  readonly flash: string | null;
  readonly onClose: () => void;
  readonly onCreated: (id: string, message: string) => void;
}

const DECISION_FIELDS: readonly string[] = ["status", "decisionKind", "decisionNo", "decisionDate"];

function initialDraw(project: AdminProject | null): DrawState {
  const drawn = verticesOfGeometry(project?.geometry ?? null);
  const mode = drawn?.mode ?? (project && isRoadKind(project.kind) ? "line" : "polygon");
  return { mode, vertices: drawn?.vertices ?? [], finished: drawn !== null, touched: false };
}

/** The geometry to save, or the drawing's problem. An untouched drawing keeps what is stored, every part of it. */
function geometryToSave(draw: DrawState, stored: ProjectGeometry | null):
  { geometry: ProjectGeometry | null; problem: string | null } {
  if (!draw.touched) return { geometry: stored, problem: null };
  if (draw.vertices.length === 0) return { geometry: null, problem: null };
  if (!draw.finished) return { geometry: null, problem: "draw_unfinished" };
  const problem = drawProblem(draw.mode, draw.vertices);
  if (problem) return { geometry: null, problem: `draw_${problem}` };
  return { geometry: geometryOfVertices(draw.mode, draw.vertices), problem: null };
}

export function ProjectEditor({ project, canEdit, flash, onClose, onCreated }: ProjectEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [values, setValues] = useState<ProjectFormValues>(() => (project ? projectToForm(project, lang) : emptyProjectForm()));
  const [draw, setDraw] = useState<DrawState>(() => initialDraw(project));
  const [errors, setErrors] = useState<ProjectFormErrors>({});
  const [drawError, setDrawError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(flash);
  const save = useSaveProject();
  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // a field's message goes once it is changed; the decision's three fields are one answer
    const related: readonly string[] = DECISION_FIELDS.includes(key) ? DECISION_FIELDS : key === "area" ? ["area", "areaUnit"] : [key];
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !related.includes(field))));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    save.reset();
    const drawn = geometryToSave(draw, project?.geometry ?? null);
    const result = validateProjectForm({ ...values, geometry: drawn.geometry }, lang);
    setErrors(result.errors ?? {});
    setDrawError(drawn.problem ? t(`admin.error.${drawn.problem}` as "admin.error.draw_unfinished") : null);
    if (!result.fields || drawn.problem) return;
    const fields = result.fields;
    save.mutate({ id: project?.id ?? null, fields }, {
      onSuccess: (id) => {
        if (project) setMessage(t("admin.projectForm.saved", { code: fields.code }));
        else onCreated(id, t("admin.projectForm.created", { code: fields.code }));
      },
    });
  }

  const errorCount = Object.keys(errors).length + (drawError ? 1 : 0);
  const title = project ? t("admin.projectForm.titleEdit", { code: project.code }) : t("admin.projectForm.titleNew");
  return (
    <section className="admin-editor" aria-labelledby="project-editor-title">
      <button type="button" className="button button--ghost" onClick={onClose}>← {t("admin.projectForm.back")}</button>
      <h2 id="project-editor-title">{title}</h2>
      {!canEdit ? <p className="admin-notice admin-notice--info">{t("admin.projectForm.readOnlyNote")}</p> : null}
      {project?.retiredAt ? (
        <p className="admin-notice admin-notice--warn" role="note">
          {t("admin.retire.notice", { date: project.retiredAt.toLocaleDateString(lang === "vi" ? "vi-VN" : "en-GB"), reason: project.retiredReason })}
        </p>
      ) : null}
      {message ? <p className="admin-notice admin-notice--ok" role="status">{message}</p> : null}
      <form className="admin-form" onSubmit={submit} noValidate>
        <fieldset className="admin-form__all" disabled={!canEdit || save.isPending}>
          {errorCount > 0 ? <p className="admin-notice admin-notice--error" role="alert">{t("admin.common.fixErrors", { count: errorCount })}</p> : null}
          <ProjectFields values={values} errors={errors} set={set} lineDrawn={draw.mode === "line" && draw.vertices.length > 0} />
          <fieldset className="admin-card">
            <legend>{t("admin.projectForm.geometry")}</legend>
            {project && hasSeveralParts(project.geometry) && !draw.touched ? <p className="admin-field__hint">{t("admin.draw.severalParts")}</p> : null}
            <GeometryEditor draw={draw} onChange={(next) => { setDraw(next); setDrawError(null); }} projectId={project?.id ?? null} canEdit={canEdit} error={drawError} />
          </fieldset>
          {save.isError ? <p className="admin-notice admin-notice--error" role="alert">{writeErrorText(t, save.error)}</p> : null}
          {canEdit ? (
            <div className="admin-form__actions">
              <button type="submit" className="button">{save.isPending ? t("admin.common.saving") : t("admin.common.save")}</button>
              <button type="button" className="button button--secondary" onClick={onClose}>{t("admin.common.cancel")}</button>
            </div>
          ) : null}
        </fieldset>
      </form>
      {project && canEdit ? <RetirePanel project={project} onDone={setMessage} /> : null}
      {project ? <ObjectHistory table="projects" rowId={project.id} /> : null}
    </section>
  );
}
