// "Tải CSV" and "Tải Excel" for one table (the meeting view's, the audit's), both written from the table's model with the
// rows on screen (the filters applied, in the screen's words). write-excel-file is imported only
// on the first click: the meeting pages should not carry it for people who never export.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TableModel } from "@/domain/table-export";
import { buildCsv, buildXlsxSheet, exportFileName } from "@/domain/table-export";
import { saveBlob } from "@/components/export-save";

interface ExportButtonsProps<R> {
  readonly model: TableModel<R>;
  readonly rows: readonly R[];
  /** The day the figures stand at, for the file name; null for today. */
  readonly day: string | null;
  /** What the buttons export, for their accessible names ("bảng 5 rõ theo dự án"). */
  readonly what: string;
}

export function ExportButtons<R>({ model, rows, day, what }: ExportButtonsProps<R>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  function downloadCsv() {
    const text = buildCsv(model, rows, "vi");
    saveBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), exportFileName(model.fileName, day, "csv"));
  }

  async function downloadXlsx() {
    setBusy(true);
    setFailed(null);
    try {
      const { default: writeXlsxFile } = await import("write-excel-file/browser");
      const sheet = buildXlsxSheet(model, rows, "vi");
      // the cells are write-excel-file's own shape (value, type, format), built where it is tested
      await writeXlsxFile(sheet.data as never, { columns: sheet.columns, sheet: model.sheetVi.slice(0, 31), stickyRowsCount: 1 })
        .toFile(exportFileName(model.fileName, day, "xlsx"));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="meeting-export" role="group" aria-label={t("meeting.tables.exportGroup", { what })}>
      <button type="button" className="button button--secondary button--small" onClick={downloadCsv}
        aria-label={t("meeting.tables.csvOf", { what })}>
        {t("meeting.tables.csv")}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => void downloadXlsx()}
        disabled={busy} aria-label={t("meeting.tables.xlsxOf", { what })}>
        {busy ? t("meeting.tables.xlsxBusy") : t("meeting.tables.xlsx")}
      </button>
      {failed ? <p className="field-error" role="alert">{t("meeting.tables.exportFailed", { message: failed })}</p> : null}
    </div>
  );
}
