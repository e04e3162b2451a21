// Step 2: the file. The formats and the size cap are said before choosing; while the worker
// reads, a progress bar and Cancel; a file that cannot be read says exactly why.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { MAX_IMPORT_FILE_BYTES } from "@/domain/limits";
import { formatCount, formatNumber } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { useLang } from "@/components/use-lang";
import type { FileProblem, FileState } from "@/features/import/use-import-file";
import { StepSection } from "@/components/step-section";
import { WorkerProgress } from "@/features/import/worker-progress";

const ACCEPT = ".zip,.kml,.kmz,.dxf,.geojson,.json,.csv,.txt";

/** Bytes as megabytes ("100 MB", "12,4 MB"). */
export function formatMegabytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  return `${formatNumber(mb, lang, Number.isInteger(mb) ? 0 : 1)}\u00a0MB`;
}

function problemMessage(t: TFunction, lang: Lang, problem: FileProblem): string {
  if (problem.kind === "cancelled") return t("import.file.cancelled");
  if (problem.kind === "failed") return t("import.file.failed", { message: problem.message });
  if (problem.kind === "too_large") {
    return t("import.file.tooLarge", { name: problem.name, size: formatMegabytes(problem.size, lang), cap: formatMegabytes(MAX_IMPORT_FILE_BYTES, lang) });
  }
  const { code, detail } = problem.error;
  const suffix = detail ? ` (${detail})` : "";
  switch (code) {
    case "too_large":
      return t("import.file.tooLarge", { name: detail ?? "", size: "?", cap: formatMegabytes(MAX_IMPORT_FILE_BYTES, lang) });
    case "empty":
      return t("import.file.empty");
    case "unsupported":
      return t("import.file.unsupported", { detail: suffix });
    case "malformed":
      return t("import.file.malformed", { detail: suffix });
    case "missing_part":
      return t("import.file.missingPart", { detail: suffix });
  }
}

interface StepFileProps {
  /** False until the project is chosen. */
  readonly ready: boolean;
  readonly file: FileState;
  readonly onChoose: (file: File) => void;
  readonly onCancel: () => void;
}

export function StepFile({ ready, file, onChoose, onCancel }: StepFileProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const inputId = useId();
  const hintId = useId();
  return (
    <StepSection title={t("import.step.file")}>
      <div id={hintId}>
        <p>{t("import.file.formats")}</p>
        <p className="import-hint">{t("import.file.dgn")}</p>
        <p><strong>{t("import.file.cap", { size: formatMegabytes(MAX_IMPORT_FILE_BYTES, lang) })}</strong></p>
      </div>
      {!ready ? <p className="import-note">{t("import.what.projectNeeded")}</p> : (
        <div className="field">
          <label htmlFor={inputId}>{t("import.file.choose")}</label>
          <input id={inputId} type="file" accept={ACCEPT} aria-describedby={hintId} disabled={file.status === "reading"}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) onChoose(chosen);
              e.target.value = ""; // the same file chosen again is read again
            }} />
        </div>
      )}
      {file.status === "reading" ? (
        <WorkerProgress label={t("import.file.reading")} progress={file.progress} cancelLabel={t("import.file.cancel")} onCancel={onCancel} />
      ) : null}
      {file.status === "failed" ? <p className="import-error" role="alert">{problemMessage(t, lang, file.problem)}</p> : null}
      {file.status === "read" ? (
        <p className="import-ok" role="status">{t("import.file.read", {
          name: file.summary.fileName,
          format: t(`import.format.${file.summary.format}`),
          rows: formatCount(file.summary.rowCount, lang),
          fields: file.summary.fields.length > 0 ? file.summary.fields.join(", ") : t("import.file.noFields"),
        })}</p>
      ) : null}
    </StepSection>
  );
}
