// The answers that did not apply, grouped ("2 thửa bị xung đột phiên bản — áp dụng lại hoặc bỏ …"),
// each with its parcels and the database's own message. Never hidden by a timer: closed by hand.

import { getParcel } from "@/data/parcel-store";
import type { AnswerGroup } from "@/domain/parcel-event-answers";
import { changeSelection } from "@/state/map-state";
import type { ActionResult } from "@/features/officer/use-officer-actions";
import { useOfficerText } from "@/features/officer/use-officer-text";

// `${status}_${code}` of record_parcel_events answers that get their own text; the others are
// named by status, with the server's (Vietnamese) message beside them in either case.
const SPECIFIC = [
  "conflict_stale_version", "conflict_busy", "denied_outside_area", "denied_not_officer",
  // the day of the act: earlier than the parcel's latest event, or ahead of the server's clock
  "invalid_occurred_before_previous", "invalid_future_occurred_at",
  // an id sent again with another payload: the outbox must not take it for a duplicate
  "invalid_event_id_reused",
] as const;

/** The message key of a group: specific for the codes people meet most, else by status. */
function groupKey(group: AnswerGroup) {
  const specific = SPECIFIC.find((s) => s === `${group.status}_${group.code}`);
  return specific ? (`officer.result_${specific}` as const) : (`officer.result_${group.status}` as const);
}

/** The problem groups of the last result, or nothing when everything applied. */
export function ResultProblems({ result, onDismiss }: { result: ActionResult | null; onDismiss: () => void }) {
  const { t, parcels } = useOfficerText();
  const problems = result?.outcome.problems ?? [];
  const duplicates = result?.outcome.counts.duplicate ?? 0;
  if (problems.length === 0 && duplicates === 0) return null;
  const label = (id: string) => {
    const p = getParcel(id);
    return p ? t("officer.parcelLabel", { sheet: p.mapSheet, no: p.parcelNo }) : id;
  };
  return (
    <section className="officer-problems" role="alert" aria-label={t("officer.resultsTitle")}>
      <h3>{t("officer.resultsTitle")}</h3>
      {problems.map((group) => (
        <div key={`${group.status}:${group.code}`} className={`officer-problems__group officer-problems__group--${group.status}`}>
          <p className="officer-problems__title">{t(groupKey(group), { parcels: parcels(group.items.length) })}</p>
          <details>
            <summary>{group.message}</summary>
            <ul>
              {group.items.map(({ change, answer }) => (
                <li key={change.event.event_id}>{label(change.before.id)}: {answer.message}</li>
              ))}
            </ul>
          </details>
          {group.status !== "denied" ? (
            <button type="button" className="button button--secondary"
              onClick={() => changeSelection(group.items.map((i) => i.change.before.id), "replace")}>
              {t("officer.reselect")}
            </button>
          ) : null}
        </div>
      ))}
      {duplicates > 0 ? <p>{t("officer.result_duplicate", { parcels: parcels(duplicates) })}</p> : null}
      <button type="button" className="button button--ghost" onClick={onDismiss}>{t("officer.close")}</button>
    </section>
  );
}
