// The officer's tools beside the map: select parcels (with the drawing layer inside the map),
// filter, act on the selection with a confirmation, see every answer, undo. Shown only to a
// signed-in user who may change parcels somewhere (my_access().editable_unit_ids).

import { useEffect, useId } from "react";
import { useChangesFeed } from "@/data/changes-feed";
import { requestPersistentStorage, useRefreshFiguresOnApplied } from "@/data/outbox/use-outbox";
import { setInteractionMode, setOutsidePicks, useMapState } from "@/state/map-state";
import type { Access } from "@/data/use-access";
import { useAccess } from "@/data/use-access";
import { ActionBar } from "@/features/officer/action-bar";
import { ActionDialog } from "@/features/officer/action-dialog";
import { ExcludedNotice } from "@/features/officer/excluded-notice";
import { updateOfficerState } from "@/features/officer/officer-store";
import { ParcelFilters } from "@/features/officer/parcel-filters";
import { ResultProblems } from "@/features/officer/result-problems";
import { ResultToast } from "@/features/officer/result-toast";
import { SelectionToolbar } from "@/features/officer/selection-toolbar";
import { SendError } from "@/features/officer/send-error";
import { LinkIgnoredNotice, usePendingLinkSelection } from "@/features/officer/link-selection";
import { useOfficerActions } from "@/features/officer/use-officer-actions";
import { useOfficerText } from "@/features/officer/use-officer-text";
import { useSelectionBreakdown } from "@/features/officer/use-selection-breakdown";
import "@/features/officer/officer.css";

/** The officer's panel; renders nothing for the public, leaders and administrators. */
export function OfficerTools() {
  const access = useAccess();
  useEffect(function selectWhileOfficer() {
    if (!access.isOfficer) return;
    setInteractionMode("select");
    return function backToBrowsing() {
      setInteractionMode("browse");
      setOutsidePicks([]);
      updateOfficerState({ drawResult: null });
    };
  }, [access.isOfficer]);
  return access.isOfficer ? <OfficerPanel access={access} /> : null;
}

function OfficerPanel({ access }: { access: Access }) {
  const { t } = useOfficerText();
  const titleId = useId();
  const breakdown = useSelectionBreakdown(access.canEditUnit);
  const actions = useOfficerActions(breakdown.actionable);
  const selectionSize = useMapState((s) => s.selection.size);
  const pendingLink = usePendingLinkSelection();
  // Others' changes reach the store (fresh versions after a conflict); one feed however many mount it.
  useChangesFeed();
  useRefreshFiguresOnApplied();
  useEffect(function askToKeepStorage() {
    void requestPersistentStorage();
  }, []);
  return (
    <section className={`officer-tools${selectionSize > 0 ? " officer-tools--sheet-open" : ""}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="officer-tools__title">{t("officer.title")}</h2>
      <SelectionToolbar breakdown={breakdown} canEdit={access.canEditUnit} />
      <LinkIgnoredNotice pending={pendingLink} />
      <ExcludedNotice breakdown={breakdown} assignedUnitIds={access.assignedUnitIds} />
      <ParcelFilters canEdit={access.canEditUnit} />
      <ResultProblems result={actions.result} onDismiss={actions.dismissResult} />
      {actions.failed ? (
        <div className="officer-failed">
          <SendError error={actions.failed.error} />
          <button type="button" className="button" onClick={actions.resendFailed} disabled={actions.pending}>
            {t("officer.resend")}
          </button>
        </div>
      ) : null}
      <ActionBar actions={actions} count={breakdown.actionable.length} areaM2={breakdown.areaM2} open={selectionSize > 0}
        pendingLink={pendingLink} />
      <ActionDialog actions={actions} parcels={breakdown.actionable} />
      <ResultToast result={actions.result} saved={actions.saved} pending={actions.pending} onUndo={actions.undo} />
    </section>
  );
}
