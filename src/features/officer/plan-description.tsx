// What a plan will do, in words: the stage moves (grouped), the blocker or note, and the parcels
// left out with why. Shown in the confirmation.

import type { ActionPlan, SkipReason } from "@/domain/parcel-actions";
import { useOfficerText } from "@/features/officer/use-officer-text";

const SKIP_REASONS: readonly SkipReason[] = ["at_last_stage", "already_at_stage", "same_blocker", "not_blocked", "cannot_restore"];

/** The lines of the confirmation for `plan`. */
export function PlanDescription({ plan }: { plan: ActionPlan }) {
  const { t, parcels, summary, stage } = useOfficerText();
  const { action } = plan;
  const note = "note" in action && action.note?.trim() ? action.note.trim() : null;
  return (
    <div className="officer-plan">
      {plan.summary.count > 0 ? (
        <p className="officer-plan__intro">{t("officer.confirmIntro", { summary: summary(plan.summary.count, plan.summary.areaM2) })}</p>
      ) : (
        <p className="officer-plan__intro" role="alert">{t("officer.nothingToChange")}</p>
      )}
      <ul className="officer-plan__lines">
        {action.kind === "setBlocker" ? (
          <li>{t("officer.doSetBlocker", { reason: action.reason.trim(), responsible: action.responsible.trim() })}</li>
        ) : null}
        {action.kind === "clearBlocker" ? <li>{t("officer.doClearBlocker")}</li> : null}
        {action.kind === "addNote" ? <li>{t("officer.doAddNote", { note: action.note.trim() })}</li> : null}
        {action.kind === "undo" ? <li>{t("officer.doUndo")}</li> : null}
        {plan.summary.transitions.map((m) => (
          <li key={`${m.from}>${m.to}`}>
            {t("officer.doTransition", { parcels: parcels(m.count), from: stage(m.from), to: stage(m.to) })}
            {m.move === "skip" ? <strong> ({t("officer.moveSkip")})</strong> : null}
            {m.move === "backward" ? <strong> ({t("officer.moveBackward")})</strong> : null}
          </li>
        ))}
        {note && action.kind !== "addNote" ? <li>{t("officer.withNote", { note })}</li> : null}
      </ul>
      {SKIP_REASONS.map((reason) => {
        const count = plan.summary.skipped[reason];
        return count ? <p key={reason} className="officer-plan__skipped">{t(`officer.skipped_${reason}`, { parcels: parcels(count) })}</p> : null;
      })}
    </div>
  );
}
