// The figures a target's card and the printed table show, worded: its band, actual value, pace,
// forecast and what is still needed per week. The actual value and status are target_progress's;
// the pace, forecast and need come from the burn-up (src/domain/burnup.ts), which follows the
// server's rules, and fall back to the server's pace and forecast until the points arrive.

import type { Burnup } from "@/domain/burnup";
import { formatDate } from "@/domain/format";
import type { TargetProgress } from "@/domain/targets";
import type { Words } from "@/components/target-words";
import { formatTargetBound, formatTargetValue } from "@/components/target-words";
import { perWeek } from "@/features/meeting/targets-text";

/** The worded figures of one target. */
export interface TargetFigures {
  readonly band: string;
  readonly actual: string;
  readonly pace: string;
  /** The pace's label: of the last 30 days, or of the period's last 30 once it has ended. */
  readonly paceLabel: string;
  readonly forecast: string;
  readonly needed: string;
}

/** `target`'s figures in words; `burnup` null while its points load. */
export function targetFigures(target: TargetProgress, burnup: Burnup | null, words: Words): TargetFigures {
  const { t, lang } = words;
  const none = t("meeting.targets.none");
  const band = formatTargetBound(target, words) || none;
  const actual = target.actual === null ? none : formatTargetValue(target, target.actual, words);
  const pace = burnup ? burnup.pacePerWeek : target.pacePerWeek;
  const met = target.status === "met";
  const forecastDate = burnup ? burnup.forecastDate : target.forecastDate;
  let forecast: string;
  if (met) forecast = t("meeting.targets.metAlready");
  else if (forecastDate) forecast = formatDate(forecastDate, lang);
  else if (burnup?.ended) forecast = t("meeting.targets.periodEnded");
  else forecast = pace === null ? none : t("meeting.targets.noForecast");
  let needed = none;
  if (met) needed = t("meeting.targets.metAlready");
  else if (burnup) {
    if (burnup.neededPerWeek !== null && burnup.deadline !== null) {
      needed = t("meeting.targets.neededUntil", {
        value: perWeek(target, burnup.neededPerWeek, words),
        date: formatDate(burnup.deadline, lang),
      });
    } else if (burnup.deadline === null) needed = t("meeting.targets.noDeadline");
    else if (burnup.remaining !== null && burnup.remaining > 0) needed = t("meeting.targets.pastDeadline");
  }
  const paceLabel = t(burnup?.ended ? "meeting.targets.paceEnded" : "meeting.targets.pace");
  return { band, actual, pace: pace === null ? none : perWeek(target, pace, words), paceLabel, forecast, needed };
}
