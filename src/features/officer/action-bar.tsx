// The actions on the selected parcels, with large touch targets; a bottom sheet on phones.

import { useOfficerText } from "@/features/officer/use-officer-text";
import type { OfficerActions } from "@/features/officer/use-officer-actions";

interface ActionBarProps {
  readonly actions: OfficerActions;
  readonly count: number;
  readonly areaM2: number;
  /** True while anything is selected (the sheet shows even if nothing selected can change). */
  readonly open: boolean;
}

/** "Chuyển bước tiếp theo", "Đặt bước…", "Vướng mắc…", "Ghi chú…". */
export function ActionBar({ actions, count, areaM2, open }: ActionBarProps) {
  const { t, summary } = useOfficerText();
  // not disabled while a dialog is open: its opener must take the focus back when it closes
  const disabled = count === 0;
  return (
    <div className={`officer-actions${open ? " officer-actions--open" : ""}`} role="group" aria-label={t("officer.actions")}>
      <p className="officer-actions__summary">{count > 0 ? summary(count, areaM2) : t("officer.selectedNone")}</p>
      <div className="officer-actions__buttons">
        <button type="button" className="button" disabled={disabled} onClick={actions.advance}>{t("officer.advance")}</button>
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
