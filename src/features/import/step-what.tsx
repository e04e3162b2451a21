// Step 1: what to import (parcels of a project, a project's outline or centre line, admin unit
// boundaries for admins) and into which project (retired projects are not offered).

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import type { Project } from "@/data/projects-query";
import type { ImportRun } from "@/data/import-runs-query";
import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import type { ImportLayer } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { formatCount, formatDateTime, formatNumber } from "@/domain/format";
import { hasCorridor } from "@/features/import/import-geometry";
import { StepSection } from "@/components/step-section";

interface StepWhatProps {
  readonly isAdmin: boolean;
  readonly layer: ImportLayer;
  readonly onLayer: (layer: ImportLayer) => void;
  readonly projects: UseQueryResult<Project[]>;
  readonly projectId: string | null;
  readonly onProject: (id: string | null) => void;
  /** The project the link asked for (?project=…), to say when it is not offered. */
  readonly asked: string | null;
  readonly assignedUnitIds: readonly string[];
  readonly runs: readonly ImportRun[];
}

const LAYER_KEYS = { parcels: "parcels", project_geometry: "projectGeometry", admin_units: "adminUnits" } as const;

export function StepWhat(props: StepWhatProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const selectId = useId();
  const layers: ImportLayer[] = props.isAdmin ? ["parcels", "project_geometry", "admin_units"] : ["parcels"];
  const { data: projects, isPending, isError } = props.projects;
  const project = projects?.find((p) => p.id === props.projectId) ?? null;
  const unitNames = useAdminUnitNames(props.isAdmin ? [] : props.assignedUnitIds);
  const units = props.assignedUnitIds.map((id) => unitNames.data?.get(id) ?? id).join(", ");
  const askedMissing = props.asked !== null && projects !== undefined && !projects.some((p) => p.id === props.asked);
  return (
    <StepSection title={t("import.step.what")}>
      <fieldset className="import-fieldset">
        <legend>{t("import.what.layer")}</legend>
        {layers.map((layer) => (
          <label key={layer} className="import-choice">
            <input type="radio" name="import-layer" value={layer} checked={props.layer === layer}
              onChange={() => props.onLayer(layer)} />
            {t(`import.what.${LAYER_KEYS[layer]}`)}
          </label>
        ))}
      </fieldset>
      {!props.isAdmin ? <p className="import-note">{t("import.what.officerArea", { units })}</p> : null}
      {props.layer !== "admin_units" ? (
        <div className="field">
          <label htmlFor={selectId}>{t("import.what.project")}</label>
          {isPending ? <p role="status">{t("import.what.projectsLoading")}</p>
            : isError ? <p className="import-error" role="alert">{t("import.what.projectsError")}</p>
            : projects.length === 0 ? <p>{t("import.what.noProjects")}</p>
            : (
              <select id={selectId} value={project?.id ?? ""} onChange={(e) => props.onProject(e.target.value || null)}>
                <option value="">{t("import.what.chooseProject")}</option>
                {projects.map((p) => <option key={p.id} value={p.id}>{`${p.code} – ${p.name}`}</option>)}
              </select>
            )}
          <p className="import-hint">{t("import.what.retiredNote")}</p>
          {askedMissing && props.projectId === props.asked ? <p className="import-error" role="alert">{t("import.what.unknownProject")}</p> : null}
          {project && !project.geometry && props.layer === "parcels" ? <p className="import-note">{t("import.what.noGeometry")}</p> : null}
          {project && hasCorridor(project) ? (
            <p className="import-note">{t("import.what.road", { width: formatNumber(project.corridorWidthM, lang) })}</p>
          ) : null}
        </div>
      ) : null}
      {props.runs.length > 0 ? (
        <details className="import-runs">
          <summary>{t("import.runs.title")}</summary>
          <ul>
            {props.runs.map((run) => (
              <li key={run.id}>{t("import.runs.item", {
                date: formatDateTime(run.createdAt, lang), file: run.fileName, crs: run.crs,
                new: formatCount(run.counts?.new, lang), updated: formatCount(run.counts?.updated, lang),
                unchanged: formatCount(run.counts?.unchanged, lang),
              })}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </StepSection>
  );
}
