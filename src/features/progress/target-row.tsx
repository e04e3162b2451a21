// One target as target_progress measured it, the same wherever targets show (under a table row,
// in the province summary): status in words with an icon (colour is never the only cue), the
// actual value against the bound, the period and due date, the recent pace and forecast, the
// source as text (phones have no hover) and, folded, how it is counted.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { TargetProgress, TargetStatus } from "@/domain/targets";
import { isTargetAlert, targetName } from "@/domain/targets";
import { partialEntry } from "@/domain/progress";
import type { Words } from "@/components/target-words";
import {
  partialEntryText, targetDueText, targetFigureText, targetPaceText, targetPeriodText, targetScopeText,
} from "@/features/progress/target-text";

/** A glyph beside each status's words, so the status reads without colour. */
const STATUS_ICONS: Record<TargetStatus, string> = {
  met: "✓",
  on_track: "→",
  at_risk: "!",
  missed: "✕",
  not_measurable: "?",
};

interface TargetRowProps {
  readonly target: TargetProgress;
  /**
   * The day measured, "YYYY-MM-DD" (today in Hưng Yên, or the day the panel is shown as of):
   * whether the pace is of the last days of an ended period.
   */
  readonly today: string;
  /** Where it applies, for a target not shown under its own row ("Phạm vi: Cụm công nghiệp · Huyện Văn Lâm"). */
  readonly scope?: string | null;
}

/** The target as a list item (for a TargetList). */
export function TargetRow({ target, today, scope }: TargetRowProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const words: Words = { t, lang };
  const due = targetDueText(target, words);
  // a met target has nothing left to reach: its pace would only add a line
  const pace = target.status === "met" ? null : targetPaceText(target, words, today);
  // a share of the legal area counts land whose parcels are not entered yet as not cleared
  const entry = target.measure === "cleared_share" ? partialEntry(target.enteredAreaM2, target.areaToClearM2) : null;
  const alert = isTargetAlert(target.status);
  return (
    <li className={`target-row target-row--${target.status}${alert ? " target-row--alert" : ""}`}>
      <p className="target-row__head">
        <span className={`target-status target-status--${target.status}`}>
          <span className="target-status__icon" aria-hidden="true">{STATUS_ICONS[target.status]}</span>
          {t(`targets.status.${target.status}`)}
        </span>{" "}
        <span className="target-row__name">{targetName(target, lang)}</span>
      </p>
      {scope ? <p className="target-row__line">{t("targets.scope", { scope })}</p> : null}
      <p className="target-row__figure">
        {targetFigureText(target, words)}
        {target.exceedsMax ? <span className="target-row__aside"> · {t("targets.exceedsMax")}</span> : null}
        {entry !== null ? <span className="target-row__aside target-row__entry"> · {partialEntryText(entry, words)}</span> : null}
      </p>
      <p className="target-row__line">
        {targetPeriodText(target, words)}
        {due ? <> · <span className="target-row__due">{due}</span></> : null}
      </p>
      {pace ? <p className="target-row__line">{pace}</p> : null}
      <p className="target-row__line target-row__source">
        {target.source ? t("targets.source", { source: target.source }) : t("targets.noSource")}
      </p>
      <details className="target-row__how">
        <summary>{t("targets.howCounted")}</summary>
        {target.notes ? <p>{target.notes}</p> : null}
        <p>{targetScopeText(target, words)}</p>
      </details>
    </li>
  );
}
