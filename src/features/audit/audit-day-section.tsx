// The day's changes per area (leaders: every area; officers: theirs), exportable.

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ExportButtons } from "@/components/export-buttons";
import { useLang } from "@/components/use-lang";
import { useDailyChanges } from "@/data/audit-daily-query";
import type { DailyChanges } from "@/domain/audit-types";
import { dailyChangesModel } from "@/domain/audit-tables";
import { dayInVietnam } from "@/domain/clock";
import { formatCount, formatDate } from "@/domain/format";
import { columnHeader } from "@/domain/table-export";
import { QueryState } from "@/features/audit/query-state";

export function AuditDaySection() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = dayInVietnam(new Date());
  const [day, setDay] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= today;
  const query = useDailyChanges(valid ? day : null);
  return (
    <section aria-labelledby="audit-day-heading">
      <h2 id="audit-day-heading">{t("audit.day.heading")}</h2>
      <form className="audit-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-day">{t("audit.day.date")}</label>
          <input id="audit-day" type="date" value={day} max={today} onChange={(e) => setDay(e.target.value)} />
        </div>
      </form>
      <p className="audit-hint">{t("audit.day.note")}</p>
      {valid ? (
        <QueryState query={query}>
          {(rows) => rows.length === 0 ? <p>{t("audit.day.empty", { day: formatDate(day, lang) })}</p> : (
            <DayTable rows={rows} day={day} />
          )}
        </QueryState>
      ) : null}
    </section>
  );
}

function DayTable({ rows, day }: { rows: readonly DailyChanges[]; day: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const model = useMemo(() => dailyChangesModel(rows), [rows]);
  const label = t("audit.day.tableLabel", { day: formatDate(day, lang) });
  const cell = (value: string | number | null) => typeof value === "number" ? formatCount(value, lang) : value ?? "";
  return (
    <>
      <ExportButtons model={model} rows={rows} day={day} what={t("audit.day.exportWhat")} />
      <div className="audit-table-wrap" role="region" aria-label={label} tabIndex={0}>
        <table className="audit-table">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>{model.columns.map((c) => <th key={c.id} scope="col">{columnHeader(c, lang)}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.adminUnitId}>
                {model.columns.map((c, i) => i === 0
                  ? <th key={c.id} scope="row">{cell(c.value(r))}</th>
                  : <td key={c.id}>{cell(c.value(r))}</td>)}
              </tr>
            ))}
          </tbody>
          {model.totals ? (
            <tfoot>
              <tr>
                {model.columns.map((c, i) => i === 0
                  ? <th key={c.id} scope="row">{lang === "en" ? "Total" : cell(model.totals?.[c.id] ?? null)}</th>
                  : <td key={c.id}>{cell(model.totals?.[c.id] ?? null)}</td>)}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </>
  );
}
