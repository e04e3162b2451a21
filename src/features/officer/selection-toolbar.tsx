// Selection tools: box and lasso drawing on the map, "select parcels in view" (the keyboard's
// way to select), "Bỏ chọn", and what is selected.

import { useTranslation } from "react-i18next";
import { changeSelection, setOutsidePicks, useMapState } from "@/state/map-state";
import type { DrawMode } from "@/features/officer/officer-store";
import { drawModeOf, setDrawMode, updateOfficerState, useOfficerState } from "@/features/officer/officer-store";
import { selectInShape } from "@/features/officer/select-in-shape";
import type { SelectionBreakdown } from "@/features/officer/classify-selection";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface SelectionToolbarProps {
  readonly breakdown: SelectionBreakdown;
  /** True when the officer may change the parcels of this admin unit. */
  readonly canEdit: (adminUnitId: string) => boolean;
}

/** The selection buttons and the selection's size. */
export function SelectionToolbar({ breakdown, canEdit }: SelectionToolbarProps) {
  const { t } = useTranslation();
  const { summary, parcels } = useOfficerText();
  const mode = drawModeOf(useMapState((s) => s.mode));
  const viewBox = useOfficerState((s) => s.viewBox);
  const drawResult = useOfficerState((s) => s.drawResult);
  const selectionSize = useMapState((s) => s.selection.size);
  const arm = (next: DrawMode) => setDrawMode(mode === next ? "off" : next);

  function clear() {
    changeSelection([], "replace");
    setOutsidePicks([]);
    updateOfficerState({ drawResult: null });
  }

  return (
    <div className="officer-selection">
      <div className="officer-selection__buttons" role="group" aria-label={t("officer.selectionHeading")}>
        <button type="button" className="button button--secondary" aria-pressed={mode === "box"} onClick={() => arm("box")}>
          {t("officer.modeBox")}
        </button>
        <button type="button" className="button button--secondary" aria-pressed={mode === "lasso"} onClick={() => arm("lasso")}>
          {t("officer.modeLasso")}
        </button>
        <button type="button" className="button button--secondary" disabled={!viewBox}
          onClick={() => viewBox && selectInShape({ kind: "box", box: viewBox }, canEdit)}>
          {t("officer.selectInView")}
        </button>
        <button type="button" className="button button--secondary" disabled={selectionSize === 0} onClick={clear}>
          {t("officer.clearSelection")}
        </button>
      </div>
      {mode !== "off" ? (
        <p className="officer-selection__drawing">
          {t(mode === "box" ? "officer.drawingBox" : "officer.drawingLasso")}{" "}
          <button type="button" className="button button--ghost" onClick={() => setDrawMode("off")}>
            {t("officer.modeCancel")}
          </button>
        </p>
      ) : null}
      <p className="officer-selection__count">
        {breakdown.actionable.length > 0
          ? t("officer.selected", { summary: summary(breakdown.actionable.length, breakdown.areaM2) })
          : t("officer.selectedNone")}
      </p>
      <p className="sr-only" role="status">
        {drawResult ? (drawResult.added > 0 ? t("officer.drawAdded", { parcels: parcels(drawResult.added) }) : t("officer.drawNothing")) : ""}
      </p>
      <p className="officer-selection__hint">{t("officer.shiftHint")}</p>
    </div>
  );
}
