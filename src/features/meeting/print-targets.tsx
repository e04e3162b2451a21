// The report's targets: a table of every target's figures (the same words as the meeting
// page's cards) and, after it, a burn-up chart per target at a fixed size for the paper.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { formatDate } from "@/domain/format";
import type { TargetProgress } from "@/domain/targets";
import { targetName } from "@/domain/targets";
import { useBurnup } from "@/features/meeting/burnup-hook";
import { TargetsChart } from "@/features/meeting/targets-chart";
import { targetFigures } from "@/features/meeting/targets-figures";
import { TargetsStatus } from "@/features/meeting/targets-status";

/** A chart's size in CSS pixels: two across the printable width of A4 landscape. */
export const PRINT_CHART_SIZE = { width: 440, height: 170 } as const;
/** The paper's face (Decree 30/2020: Times New Roman), for the charts' axes too. */
export const PRINT_FONT = "'Times New Roman', Times, 'Liberation Serif', serif";

const COLUMNS = ["no", "target", "band", "actual", "status", "pace", "forecast", "needed", "due"] as const;

function TargetRow({ target, index, day }: { target: TargetProgress; index: number; day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { burnup } = useBurnup(target, day);
  const f = targetFigures(target, burnup, { t, lang });
  return (
    <tr>
      <td className="print-num">{index + 1}</td>
      <th scope="row">{targetName(target, lang)}</th>
      <td>{f.band}</td>
      <td className="print-num">{f.actual}</td>
      <td><TargetsStatus status={target.status} /></td>
      <td className="print-num">{f.pace}</td>
      <td>{f.forecast}</td>
      <td>{f.needed}</td>
      <td>{formatDate(target.dueDate ?? target.periodEnd, lang)}</td>
    </tr>
  );
}

export function PrintTargetsTable({ targets, day }: { targets: readonly TargetProgress[]; day: string | null }) {
  const { t } = useTranslation();
  return (
    <table className="print-table print-table--targets">
      <thead>
        <tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`meeting.print.col.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {targets.map((target, i) => <TargetRow key={target.id} target={target} index={i} day={day} />)}
      </tbody>
    </table>
  );
}

function PrintChart({ target, day }: { target: TargetProgress; day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { points, chart, cutAt } = useBurnup(target, day);
  return (
    <section className="print-chart" aria-label={targetName(target, lang)}>
      <h3 className="print-chart__title">
        {targetName(target, lang)} <TargetsStatus status={target.status} />
      </h3>
      {points && chart ? (
        <TargetsChart
          target={target}
          points={points}
          burnup={chart}
          width={PRINT_CHART_SIZE.width}
          height={PRINT_CHART_SIZE.height}
          fontFamily={PRINT_FONT}
        />
      ) : (
        <div className="print-chart__empty" style={{ height: PRINT_CHART_SIZE.height }}>
          <LoadingMessage>{t("meeting.targets.chartLoading")}</LoadingMessage>
        </div>
      )}
      {cutAt ? <p className="print-chart__note">{t("meeting.targets.chartCut", { date: formatDate(cutAt, lang) })}</p> : null}
    </section>
  );
}

export function PrintCharts({ targets, day }: { targets: readonly TargetProgress[]; day: string | null }) {
  return (
    <div className="print-charts">
      {targets.map((target) => <PrintChart key={target.id} target={target} day={day} />)}
    </div>
  );
}
