// Step 1: the project, the plan batch the amounts go into, and the list file (with the template
// to start from).

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import type { Project } from "@/data/projects-query";
import { StepSection } from "@/components/step-section";
import { LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { ListFileState } from "@/features/household-import/use-household-file";
import { downloadTemplate } from "@/features/household-import/template";

interface StepListFileProps {
  readonly projects: UseQueryResult<Project[]>;
  readonly projectId: string | null;
  readonly onProject: (id: string | null) => void;
  readonly batch: string;
  readonly onBatch: (batch: string) => void;
  readonly file: ListFileState;
  readonly rowCount: number;
  readonly onChoose: (file: File) => void;
}

export function StepListFile(props: StepListFileProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const projectSelect = useId();
  const batchInput = useId();
  const batchHint = useId();
  const fileInput = useId();
  const fileHint = useId();
  const [template, setTemplate] = useState<{ busy: boolean; failed: string | null }>({ busy: false, failed: null });
  const { data: projects, isPending, isError } = props.projects;
  const { file } = props;

  function getTemplate() {
    setTemplate({ busy: true, failed: null });
    downloadTemplate(t("householdImport.file.templateSheet")).then(
      () => setTemplate({ busy: false, failed: null }),
      (error: unknown) => setTemplate({ busy: false, failed: error instanceof Error ? error.message : String(error) }),
    );
  }

  return (
    <StepSection title={t("householdImport.step.file")}>
      <div className="field">
        <label htmlFor={projectSelect}>{t("householdImport.file.project")}</label>
        {isPending ? <LoadingMessage>{t("householdImport.file.projectsLoading")}</LoadingMessage>
          : isError ? <p className="import-error" role="alert">{t("householdImport.file.projectsError")}</p>
          : projects.length === 0 ? <p>{t("householdImport.file.noProjects")}</p>
          : (
            <select id={projectSelect} value={props.projectId ?? ""} onChange={(e) => props.onProject(e.target.value || null)}>
              <option value="">{t("householdImport.file.chooseProject")}</option>
              {projects.map((p) => <option key={p.id} value={p.id}>{`${p.code} – ${p.name}`}</option>)}
            </select>
          )}
      </div>
      <div className="field">
        <label htmlFor={batchInput}>{t("householdImport.file.batch")}</label>
        <input id={batchInput} type="text" maxLength={50} value={props.batch} aria-describedby={batchHint}
          onChange={(e) => props.onBatch(e.target.value)} />
        <p id={batchHint} className="import-hint">{t("householdImport.file.batchHint")}</p>
      </div>
      <p id={fileHint}>{t("householdImport.file.formats")}</p>
      <p className="import-actions">
        <button type="button" className="button button--secondary" disabled={template.busy} onClick={getTemplate}>
          {template.busy ? t("householdImport.file.templateBusy") : t("householdImport.file.template")}
        </button>
      </p>
      {template.failed ? <p className="import-error" role="alert">{t("householdImport.file.templateFailed", { message: template.failed })}</p> : null}
      {props.projectId === null ? <p className="import-note">{t("householdImport.file.projectNeeded")}</p> : (
        <div className="field">
          <label htmlFor={fileInput}>{t("householdImport.file.choose")}</label>
          <input id={fileInput} type="file" accept=".xlsx,.csv,.txt" aria-describedby={fileHint} disabled={file.status === "reading"}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) props.onChoose(chosen);
              e.target.value = ""; // the same file, fixed and saved, is read again
            }} />
        </div>
      )}
      {file.status === "reading" ? <LoadingMessage>{t("householdImport.file.reading")}</LoadingMessage> : null}
      {file.status === "failed" ? (
        <p className="import-error" role="alert">
          {file.reason === "unsupported" ? t("householdImport.file.unsupported")
            : file.reason === "empty" ? t("householdImport.file.empty")
            : t("householdImport.file.failed", { name: file.name, message: file.message })}
        </p>
      ) : null}
      {file.status === "read" ? (
        <p className="import-ok" role="status">{t("householdImport.file.read", {
          name: file.file.name, rows: formatCount(props.rowCount, lang), header: formatCount(file.file.headerRow + 1, lang),
        })}</p>
      ) : null}
    </StepSection>
  );
}
