// The admin's file picker for an officer's export: the file is read and checked here first
// (format, size, shape), and a refused one is named with its reason before anything is sent.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import { MAX_IMPORT_EVENTS, MAX_IMPORT_FILE_BYTES } from "@/domain/outbox-import-file";
import { OutboxImportForm } from "@/features/admin/outbox-import-form";
import { useChosenImportFile } from "@/features/admin/use-chosen-import-file";

export function OutboxImportPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const [chosen, choose] = useChosenImportFile();
  return (
    <div className="outbox-import">
      <div className="field admin-field">
        <label htmlFor="outbox-import-file">{t("outboxImport.chooseFile")}</label>
        <input id="outbox-import-file" type="file" accept=".json,application/json"
          onChange={(e) => choose(e.target.files?.[0] ?? null)} />
      </div>
      {chosen.status === "reading" ? <p role="status">{t("outboxImport.reading")}</p> : null}
      {chosen.status === "failed"
        ? <p className="admin-notice admin-notice--error" role="alert">{t("outboxImport.readFailed", { message: chosen.message })}</p> : null}
      {chosen.status === "read" && !chosen.reading.ok ? (
        <p className="admin-notice admin-notice--error" role="alert">
          {t(`outboxImport.problem.${chosen.reading.problem}`, {
            detail: chosen.reading.problem === "too_many_events" ? formatCount(Number(chosen.reading.detail), lang) : chosen.reading.detail ?? "",
            max: formatCount(chosen.reading.problem === "too_large" ? MAX_IMPORT_FILE_BYTES / 1024 / 1024 : MAX_IMPORT_EVENTS, lang),
          })}
        </p>
      ) : null}
      {chosen.status === "read" && chosen.reading.ok
        ? <OutboxImportForm key={chosen.importId} importId={chosen.importId} summary={chosen.reading.summary} file={chosen.reading.file} /> : null}
    </div>
  );
}
