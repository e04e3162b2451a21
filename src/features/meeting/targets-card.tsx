// One target on the meeting page: its name and status (target_progress's), its band, actual
// value, pace, forecast and what is still needed per week, and its burn-up chart.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { formatDate } from "@/domain/format";
import type { TargetProgress } from "@/domain/targets";
import { isTargetAlert, targetName } from "@/domain/targets";
import { useBurnup } from "@/features/meeting/burnup-hook";
import { TargetsChart } from "@/features/meeting/targets-chart";
import { targetFigures } from "@/features/meeting/targets-figures";
import { TargetsStatus } from "@/features/meeting/targets-status";

/** The app's own font stack, for the chart's axes. */
const SCREEN_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function TargetsCard({ target, day }: { target: TargetProgress; day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { points, burnup, chart, cutAt, query } = useBurnup(target, day);
  const figures = targetFigures(target, burnup, { t, lang });
  const headingId = `mt-card-${target.id}`;
  const facts: [string, string, string][] = [
    ["band", t("meeting.targets.band"), figures.band],
    ["actual", t("meeting.targets.actual"), figures.actual],
    ["pace", figures.paceLabel, figures.pace],
    ["forecast", t("meeting.targets.forecast"), figures.forecast],
    ["needed", t("meeting.targets.needed"), figures.needed],
  ];
  return (
    <article
      className={`mt-card${isTargetAlert(target.status) ? " mt-card--alert" : ""}`}
      aria-labelledby={headingId}
      data-target-id={target.id}
    >
      <header className="mt-card__head">
        <h3 id={headingId} className="mt-card__name">{targetName(target, lang)}</h3>
        <TargetsStatus status={target.status} />
      </header>
      <dl className="mt-card__facts">
        {facts.map(([key, label, value]) => (
          <div key={key} className={`mt-card__fact mt-card__fact--${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {burnup?.notBegun && target.periodStart ? (
        <p className="mt-card__note">{t("meeting.targets.notBegun", { date: formatDate(target.periodStart, lang) })}</p>
      ) : null}
      {points && chart ? (
        <TargetsChart target={target} points={points} burnup={chart} height={220} fontFamily={SCREEN_FONT} />
      ) : query.error ? (
        <p className="mt-card__note" role="alert">{t("meeting.targets.chartError")}</p>
      ) : (
        <LoadingMessage>{t("meeting.targets.chartLoading")}</LoadingMessage>
      )}
      {cutAt ? <p className="mt-card__note">{t("meeting.targets.chartCut", { date: formatDate(cutAt, lang) })}</p> : null}
    </article>
  );
}
