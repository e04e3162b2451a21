// The import's steps on one page, and the choices they share: what to import and where, the
// file, its coordinate system and encoding, the field mapping, the check in the worker, the dry
// run and the commit on the server. A change to an earlier choice makes later results stale:
// they are keyed by the choices they were made with and are not shown (nor sent) for others.

import { useCallback, useMemo, useState } from "react";
import { useSearch } from "wouter";
import { useBoundaries } from "@/data/boundaries-query";
import { useFollowedProjects } from "@/data/projects-query";
import { useImportRuns } from "@/data/import-runs-query";
import type { CrsChoice, FieldMapping, ImportLayer } from "@/domain/import-types";
import { DEFAULT_CRS_FORM, crsFromForm } from "@/features/import/import-crs";
import { missingFields } from "@/features/import/import-mapping";
import { useFileChoices } from "@/features/import/use-file-choices";
import { problemBox, provinceGeometry, projectShapeOf, rowGeometries } from "@/features/import/import-geometry";
import type { ListedProblem } from "@/features/import/problem-text";
import type { PreviewFocus } from "@/map/preview-map";
import { StepWhat } from "@/features/import/step-what";
import { StepFile } from "@/features/import/step-file";
import { StepCrs } from "@/features/import/step-crs";
import { StepEncoding } from "@/features/import/step-encoding";
import { StepMapping } from "@/features/import/step-mapping";
import { StepCheck } from "@/features/import/step-check";
import { StepServer } from "@/features/import/step-server";
import { useImportFile } from "@/features/import/use-import-file";

const NO_PROBLEMS: readonly ListedProblem[] = [];
const NO_MAPPING: FieldMapping = {};
const LAYERS: readonly ImportLayer[] = ["parcels", "project_geometry", "admin_units"];

function initialChoice(search: string, isAdmin: boolean): { layer: ImportLayer; projectId: string | null } {
  const params = new URLSearchParams(search);
  const asked = params.get("layer");
  const layer = isAdmin && LAYERS.includes(asked as ImportLayer) ? (asked as ImportLayer) : "parcels";
  return { layer, projectId: params.get("project") || null };
}

interface ImportStepsProps {
  readonly isAdmin: boolean;
  readonly assignedUnitIds: readonly string[];
}

/** The steps, shown as far as the choices so far allow. */
export function ImportSteps({ isAdmin, assignedUnitIds }: ImportStepsProps) {
  const search = useSearch();
  const [initial] = useState(() => initialChoice(search, isAdmin));
  const [layer, setLayer] = useState<ImportLayer>(initial.layer);
  const [projectId, setProjectId] = useState<string | null>(initial.projectId);
  const projects = useFollowedProjects();
  const boundaries = useBoundaries();
  const importFile = useImportFile();
  const { file } = importFile;

  const project = projects.data?.find((p) => p.id === projectId) ?? null;
  const needsProject = layer !== "admin_units";
  const projectReady = !needsProject || project !== null;
  const summary = file.status === "read" ? file.summary : null;
  const fileId = file.status === "read" ? file.fileId : null;
  const runs = useImportRuns(layer, layer === "admin_units" ? null : projectId, { limit: 5, enabled: projectReady });

  const lastRun = runs.data?.[0] ?? null;
  const [choices, change] = useFileChoices(summary, `${fileId}|${layer}|${projectId}`, layer, lastRun?.mapping ?? NO_MAPPING);
  const mappingFrom = lastRun ? { date: lastRun.createdAt, file: lastRun.fileName } : null;
  const { crsOverride = false, crsForm = DEFAULT_CRS_FORM, axisSwapped = false, encoding = null, encodingConfirmed = false,
    mapping = NO_MAPPING, corridorOnly = false } = choices ?? {};
  const crs: CrsChoice | null = summary?.crsFromFile && !crsOverride ? summary.crsFromFile : crsFromForm(crsForm);
  const missing = missingFields(layer, mapping);
  const province = useMemo(() => (boundaries.data ? provinceGeometry(boundaries.data.province) : null), [boundaries.data]);
  const projectShape = useMemo(() => projectShapeOf(project), [project]);
  const checkKey = JSON.stringify({ fileId, layer, projectId, crs, axisSwapped, encoding, mapping, corridorOnly });
  const checked = importFile.check.status === "checked" && importFile.check.key === checkKey ? importFile.check : null;
  const checkedResult = checked?.result ?? null;
  const geometries = useMemo(() => (checkedResult ? rowGeometries(checkedResult) : new Map()), [checkedResult]);
  const legalAreas = useMemo(() => new Map(checkedResult?.layer === "parcels" ? checkedResult.rows.map((r) => [r.row, r.area_m2]) : []), [checkedResult]);
  const legalAreaOf = useCallback((row: number) => legalAreas.get(row) ?? null, [legalAreas]);
  const [server, setServer] = useState<{ runId: number; problems: readonly ListedProblem[] } | null>(null);
  const serverProblems = server && checked && server.runId === checked.runId ? server.problems : NO_PROBLEMS;
  const [focus, setFocus] = useState<PreviewFocus | null>(null);
  const canShow = useCallback((p: ListedProblem) => problemBox(p, geometries) !== null, [geometries]);
  const show = useCallback((p: ListedProblem) => {
    const box = problemBox(p, geometries);
    if (box) setFocus((old) => ({ box, nonce: (old?.nonce ?? 0) + 1 }));
  }, [geometries]);
  const readyToCheck = summary !== null && projectReady && crs !== null && encodingConfirmed && missing.length === 0 && province !== null;

  return (
    <div className="import-steps">
      <StepWhat isAdmin={isAdmin} layer={layer} onLayer={(next: ImportLayer) => { setLayer(next); importFile.reset(); }}
        projects={projects} projectId={projectId} onProject={(id: string | null) => { setProjectId(id); importFile.reset(); }}
        asked={initial.projectId} assignedUnitIds={assignedUnitIds} runs={runs.data ?? []} />
      <StepFile ready={projectReady} file={file} onChoose={importFile.choose} onCancel={importFile.cancel} />
      {summary ? (
        <>
          <StepCrs summary={summary} override={crsOverride} onOverride={(on) => change({ crsOverride: on })}
            form={crsForm} onForm={(form) => change({ crsForm: form })}
            axisSwapped={axisSwapped} onAxisSwapped={(on) => change({ axisSwapped: on })} />
          <StepEncoding summary={summary} encoding={encoding} onEncoding={(e) => change({ encoding: e, encodingConfirmed: false })}
            confirmed={encodingConfirmed} onConfirmed={(on) => change({ encodingConfirmed: on })} />
          <StepMapping layer={layer} fields={summary.fields} mapping={mapping} onMapping={(next) => change({ mapping: next })} missing={missing}
            rememberedFrom={mappingFrom} />
          <StepCheck ready={readyToCheck} layer={layer} project={project} projectShape={projectShape}
            check={importFile.check} checkKey={checkKey} corridorOnly={corridorOnly} onCorridorOnly={(on) => change({ corridorOnly: on })}
            boundaries={boundaries.data ?? null}
            onRun={() => {
              if (!crs || !province) return;
              importFile.runCheck({ layer, crs, axisSwapped, encoding, mapping, province, project: projectShape, corridorOnly }, checkKey);
            }}
            onCancel={importFile.cancel} serverProblems={serverProblems} focus={focus} onShow={show} canShow={canShow}
            legalAreaOf={legalAreaOf} />
          {checked && crs ? (
            <StepServer key={checked.runId} layer={layer} project={project} result={checked.result}
              choices={{ summary, crs, axisSwapped, encoding, mapping }}
              onServerProblems={(problems) => setServer({ runId: checked.runId, problems })}
              onShow={show} canShow={canShow} legalAreaOf={legalAreaOf} onAnother={importFile.reset} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
