// The drawing buttons on the map itself (a Leaflet control under the zoom buttons), so that on a
// phone, where the officer's panel lies below the map, box and lasso are armed where one draws.

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Control, DomEvent, DomUtil } from "leaflet";
import { useMap } from "react-leaflet";
import { changeSelection, setOutsidePicks, useMapState } from "@/state/map-state";
import type { DrawMode } from "@/features/officer/officer-store";
import { drawModeOf, setDrawMode, updateOfficerState } from "@/features/officer/officer-store";

/** Box, lasso and clear buttons in the map's top-left corner. */
export function MapDrawControl() {
  const map = useMap();
  const { t } = useTranslation();
  const [container] = useState(() => DomUtil.create("div", "officer-map-tools"));
  const mode = drawModeOf(useMapState((s) => s.mode));
  const selectionSize = useMapState((s) => s.selection.size);

  useEffect(function addControl() {
    const control = new Control({ position: "topleft" });
    control.onAdd = () => container;
    control.addTo(map);
    // presses on the buttons must not pan, zoom or click the map
    DomEvent.disableClickPropagation(container);
    DomEvent.disableScrollPropagation(container);
    return function removeControl() {
      control.remove();
    };
  }, [map, container]);

  const arm = (next: DrawMode) => setDrawMode(mode === next ? "off" : next);
  return createPortal(
    <div role="group" aria-label={t("officer.selectionHeading")}>
      <button type="button" aria-pressed={mode === "box"} onClick={() => arm("box")}>{t("officer.modeBox")}</button>
      <button type="button" aria-pressed={mode === "lasso"} onClick={() => arm("lasso")}>{t("officer.modeLasso")}</button>
      {selectionSize > 0 ? (
        <button type="button" onClick={() => {
          changeSelection([], "replace");
          setOutsidePicks([]);
          updateOfficerState({ drawResult: null });
        }}>
          {t("officer.clearSelection")}
        </button>
      ) : null}
    </div>,
    container,
  );
}
