// What an import (or its dry run) decided for each change of the file: the parcel (project, map
// sheet, parcel number), what the change asked for, the outcome in words and the server's note,
// with the counts above.

import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import type { ImportedChange } from "@/domain/outbox-import-file";
import type { ImportAnswer, ImportCounts, ImportEventResult, ImportStatus } from "@/domain/outbox-import-types";
import { IMPORT_STATUSES } from "@/domain/outbox-import-types";
import { isStageId, stageById } from "@/domain/stages";

/** The outcome in words; a dry run's "applied" is what would be recorded. */
function statusText(status: ImportStatus, dryRun: boolean, t: TFunction): string {
  return dryRun && status === "applied" ? t("outboxImport.wouldApply") : t(`outboxImport.status.${status}`);
}

/** "Đã ghi: 2 · Tạm giữ, không gửi: 1": the statuses that occur, in the server's order. */
export function countsText(counts: ImportCounts, t: TFunction, lang: Lang, dryRun = false): string {
  const parts = IMPORT_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => t("outboxImport.count", { status: statusText(s, dryRun, t), count: formatCount(counts[s], lang) }));
  return parts.length > 0 ? parts.join(" · ") : "–";
}

function parcelText(e: ImportEventResult, t: TFunction): string {
  if (e.projectName === null) return t("outboxImport.results.unknownParcel", { id: e.parcelId ?? "–" });
  return t("outboxImport.results.parcel", { project: e.projectName, sheet: e.mapSheet ?? "–", no: e.parcelNo ?? "–" });
}

/** What the event asked for: "chuyển sang bước “…”; ghi chú “…”". */
function changeText(change: ImportedChange | undefined, t: TFunction, lang: Lang): string {
  if (!change) return "–";
  const parts: string[] = [];
  if (change.toStage !== null) {
    const stage = isStageId(change.toStage) ? stageById(change.toStage) : null;
    parts.push(t("outboxImport.change.toStage", { stage: stage ? (lang === "en" ? stage.labelEn : stage.labelVi) : change.toStage }));
  }
  if (change.blocker === "") parts.push(t("outboxImport.change.clearBlocker"));
  else if (change.blocker !== null) parts.push(t("outboxImport.change.blocker", { reason: change.blocker }));
  if (change.note !== null) parts.push(t("outboxImport.change.note", { note: change.note }));
  return parts.length > 0 ? parts.join("; ") : "–";
}

interface OutboxImportResultsProps {
  readonly answer: ImportAnswer;
  /** The file's events by id, to say what each asked for. */
  readonly changes: ReadonlyMap<string, ImportedChange>;
}

export function OutboxImportResults({ answer, changes }: OutboxImportResultsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p className="outbox-import__counts">{countsText(answer.counts, t, lang, answer.dryRun)}</p>
      <div className="admin-table-wrap">
        <table className="admin-table admin-table--stack" aria-label={t("outboxImport.results.label")}>
          <thead>
            <tr>
              <th scope="col">{t("outboxImport.results.colParcel")}</th>
              <th scope="col">{t("outboxImport.results.colChange")}</th>
              <th scope="col">{t("outboxImport.results.colStatus")}</th>
              <th scope="col">{t("outboxImport.results.colMessage")}</th>
            </tr>
          </thead>
          <tbody>
            {answer.events.map((e, i) => (
              <tr key={e.eventId ?? i} className={`outbox-import__row--${e.status}`}>
                <td data-label={t("outboxImport.results.colParcel")}>{parcelText(e, t)}</td>
                <td data-label={t("outboxImport.results.colChange")}>{changeText(e.eventId !== null ? changes.get(e.eventId) : undefined, t, lang)}</td>
                <td data-label={t("outboxImport.results.colStatus")}>
                  <span className={`admin-badge outbox-import__status--${e.status}`}>{statusText(e.status, answer.dryRun, t)}</span>
                </td>
                {/* the server words a dry run's applied events as recorded ("Đã ghi nhận."): not shown for a preview */}
                <td data-label={t("outboxImport.results.colMessage")}>{(answer.dryRun && e.status === "applied" ? null : e.message) ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
