// The actions on the selected parcels, with large touch targets; a bottom sheet on phones. A
// selection that came with a link is confirmed here first: anyone can make a link.

import { useCallback, useEffect, useRef } from "react";
import type { RefObject } from "react";
import { confirmLinkSelection } from "@/state/map-state";
import { useOfficerText } from "@/features/officer/use-officer-text";
import type { OfficerActions } from "@/features/officer/use-officer-actions";
import type { PendingLinkSelection } from "@/features/officer/link-selection";

interface ActionBarProps {
  readonly actions: OfficerActions;
  readonly count: number;
  readonly areaM2: number;
  /** True while anything is selected (the sheet shows even if nothing selected can change). */
  readonly open: boolean;
  /** The link's selection waiting for the officer's confirmation; the actions wait with it. */
  readonly pendingLink: PendingLinkSelection | null;
}

/** "Chuyển bước tiếp theo", "Đặt bước…", "Vướng mắc…", "Ghi chú…". */
export function ActionBar({ actions, count, areaM2, open, pendingLink }: ActionBarProps) {
  const { t, summary } = useOfficerText();
  const [firstActionRef, confirmLink] = useFocusAfterConfirm(pendingLink !== null);
  // not disabled while a dialog is open: its opener must take the focus back when it closes
  const disabled = count === 0 || pendingLink !== null;
  return (
    <div className={`officer-actions${open ? " officer-actions--open" : ""}${pendingLink ? " officer-actions--pending" : ""}`}
      role="group" aria-label={t("officer.actions")}>
      <p className="officer-actions__summary">{count > 0 ? summary(count, areaM2) : t("officer.selectedNone")}</p>
      {pendingLink ? <LinkConfirm pending={pendingLink} onConfirm={confirmLink} /> : null}
      <div className="officer-actions__buttons">
        <button ref={firstActionRef} type="button" className="button" disabled={disabled} onClick={actions.advance}>
          {t("officer.advance")}
        </button>
        <button type="button" className="button button--secondary" disabled={disabled} onClick={() => actions.openForm("setStage")}>
          {t("officer.setStage")}
        </button>
        <button type="button" className="button button--secondary" disabled={disabled} onClick={() => actions.openForm("blocker")}>
          {t("officer.blocker")}
        </button>
        <button type="button" className="button button--secondary" disabled={disabled} onClick={() => actions.openForm("note")}>
          {t("officer.note")}
        </button>
      </div>
    </div>
  );
}

/** "Lựa chọn này mở từ liên kết: 12 thửa…" and its confirm button. */
function LinkConfirm({ pending, onConfirm }: { pending: PendingLinkSelection; onConfirm: () => void }) {
  const { t, parcels } = useOfficerText();
  return (
    <div className="officer-link" role="status">
      <p>{t("officer.linkSelection", { parcels: parcels(pending.count) })}</p>
      <button type="button" className="button" onClick={onConfirm}>{t("officer.confirmLinkSelection")}</button>
    </div>
  );
}

/**
 * The first action's button, and a confirm that hands it the focus: the confirm button goes
 * away once pressed, and the focus would otherwise fall to the page.
 */
function useFocusAfterConfirm(pending: boolean): [RefObject<HTMLButtonElement | null>, () => void] {
  const ref = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  useEffect(function focusFirstActionAfterConfirm() {
    if (pending || !confirmed.current) return;
    confirmed.current = false;
    ref.current?.focus();
  }, [pending]);
  const confirm = useCallback(() => {
    confirmed.current = true;
    confirmLinkSelection();
  }, []);
  return [ref, confirm];
}
