// The upload's steps on one page and the choices they share: the project and batch, the file,
// the columns' match. The rows sent are made from those choices; a dry run's answer counts only
// for the rows it was made with (step-check.tsx keys it by them).

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFollowedProjects } from "@/data/projects-query";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { HouseholdMapping } from "@/import/household-list";
import { AMOUNT_FIELDS, MAX_HOUSEHOLD_ROWS, missingFields, rowsOf } from "@/import/household-list";
import { StepListFile } from "@/features/household-import/step-list-file";
import { StepColumns } from "@/features/household-import/step-columns";
import { StepCheck } from "@/features/household-import/step-check";
import { useHouseholdFile } from "@/features/household-import/use-household-file";

export function HouseholdImportSteps() {
  const { t } = useTranslation();
  const lang = useLang();
  const projects = useFollowedProjects();
  const [projectId, setProjectId] = useState<string | null>(null);
  const [batch, setBatch] = useState("");
  const [fileState, read, reset] = useHouseholdFile();
  const file = fileState.status === "read" ? fileState.file : null;
  // the officer's own match for this file; a newly read file starts from its headers' match
  const [edited, setEdited] = useState<{ fileId: number; mapping: HouseholdMapping } | null>(null);
  const mapping = file ? (edited && edited.fileId === file.id ? edited.mapping : file.mapping) : null;
  const rows = useMemo(() => (file && mapping ? rowsOf(file.table, file.headerRow, mapping) : []), [file, mapping]);
  const project = projects.data?.find((p) => p.id === projectId) ?? null;

  const hasAmounts = mapping !== null && rows.some((r) => AMOUNT_FIELDS.some((f) => r[f] != null && r[f] !== "0"));
  const notReady = !file || !mapping ? null
    : missingFields(mapping).length > 0 ? t("householdImport.columns.missing", {
        fields: missingFields(mapping).map((f) => t(`householdImport.columns.fields.${f}`)).join(", "),
      })
    : rows.length > MAX_HOUSEHOLD_ROWS ? t("householdImport.file.tooLarge", {
        name: file.name, rows: formatCount(rows.length, lang), max: formatCount(MAX_HOUSEHOLD_ROWS, lang),
      })
    : hasAmounts && batch.trim() === "" ? t("householdImport.check.needBatch")
    : null;
  const payload = useMemo(() => (file && project && notReady === null
    ? { project_id: project.id, file_name: file.name, batch: batch.trim() || null, rows }
    : null), [file, project, notReady, batch, rows]);

  const firstData = file ? file.headerRow + 1 : 0;
  return (
    <div className="import-steps">
      <StepListFile projects={projects} projectId={projectId} onProject={(id) => { setProjectId(id); reset(); }}
        batch={batch} onBatch={setBatch} file={fileState} rowCount={rows.length} onChoose={read} />
      {file && mapping ? (
        <>
          <StepColumns headers={file.table[file.headerRow] ?? []} firstRow={file.table[firstData] ?? []} firstRowNumber={firstData + 1}
            mapping={mapping} onMapping={(next) => setEdited({ fileId: file.id, mapping: next })} />
          <StepCheck key={file.id} payload={payload} notReady={notReady}
            projectLabel={project ? `${project.code} – ${project.name}` : ""} onAnother={reset} />
        </>
      ) : null}
    </div>
  );
}
