// The main screen: the map with its parcel panel, and beside it (below it on phones) the
// progress tables and the explanation of the stages. The public sees the same screen without
// personal data; officers get their editable areas passed to the map, and their tools, except
// while the map shows a past day (a notice then says why they are off, with the way back).

import { Suspense, lazy, useCallback, useEffect, useRef } from "react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInUser } from "@/data/auth-session";
import { useAccess } from "@/data/use-access";
import { useMapState } from "@/state/map-state";
import { MapView } from "@/features/map-view/map-view";
import { OfficerPausedNotice } from "@/features/map-view/past-day-notice";
import { provinceMap } from "@/app/province-view";
import { FilePickerSlot, type RenderFilePicker } from "@/components/file-picker-slot";

// The progress tables beside the map load with the page but after the map's own code, and render
// a moment after it: the map (with each project's progress) is what a visit shows first.
const ProgressPage = lazy(() => import("@/features/progress/progress-page").then((m) => ({ default: m.ProgressPage })));
// Finding a parcel by its numbers: a folded form above the progress tables (below an open parcel's
// panel, so that a parcel chosen from it shows at the top of the side panel).
const ParcelSearch = lazy(() => import("@/features/parcel-search/parcel-search").then((m) => ({ default: m.ParcelSearch })));
const StagesExplainer = lazy(() => import("@/features/map-view/stages-explainer").then((m) => ({ default: m.StagesExplainer })));
// Loaded when a parcel is first opened: most visits look at the map and figures only.
const ParcelPanel = lazy(() => import("@/features/parcel-panel/parcel-panel").then((m) => ({ default: m.ParcelPanel })));
// Officers' tools load only for a signed-in officer: the public view never downloads them.
const OfficerTools = lazy(() => import("@/features/officer/officer-tools").then((m) => ({ default: m.OfficerTools })));
const AttachmentPicker = lazy(() => import("@/features/attachments/attachment-picker").then((m) => ({ default: m.AttachmentPicker })));
const renderAttachmentPicker: RenderFilePicker = (props) => <AttachmentPicker {...props} />;
const OutboxPanel = lazy(() => import("@/features/outbox/outbox-panel").then((m) => ({ default: m.OutboxPanel })));
const OfficerSelectionLayer = lazy(() =>
  import("@/features/officer/officer-selection-layer").then((m) => ({ default: m.OfficerSelectionLayer })),
);

/** The map screen. */
export function MapScreen() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const access = useAccess();
  const parcelOpen = useMapState((s) => s.focusedParcelId !== null);
  const pastDay = useMapState((s) => s.figuresDay);
  const editableUnitIds = access.status === "ready" && pastDay === null ? access.editableUnitIds : null;
  const isOfficer = access.isOfficer && pastDay === null;
  const mapArea = useRef<HTMLDivElement>(null);
  const toProgress = useRef<HTMLAnchorElement>(null);
  // the phone's "to the progress tables" button floats over the map too
  const covering = useCallback(() => (toProgress.current ? [toProgress.current] : []), []);
  useMapAboveSheet(parcelOpen, mapArea);
  return (
    <div className={parcelOpen ? "map-screen map-screen--parcel-open" : "map-screen"}>
      <div ref={mapArea} className="map-screen__map">
        <MapView map={provinceMap()} editableUnitIds={editableUnitIds} covering={covering}>
          {isOfficer ? (
            <Suspense fallback={null}>
              <OfficerSelectionLayer />
            </Suspense>
          ) : null}
        </MapView>
        <a ref={toProgress} className="map-screen__to-progress" href="#progress-panel">{t("map.toProgress")}</a>
      </div>
      <aside className="map-screen__side" aria-label={t("map.sidePanelLabel")}>
        {access.isOfficer && pastDay !== null ? <OfficerPausedNotice day={pastDay} /> : null}
        {isOfficer ? (
          <Suspense fallback={null}>
            <FilePickerSlot.Provider value={renderAttachmentPicker}>
              <OfficerTools />
            </FilePickerSlot.Provider>
            <OutboxPanel />
          </Suspense>
        ) : null}
        {parcelOpen ? (
          <Suspense fallback={null}>
            <ParcelPanel />
          </Suspense>
        ) : null}
        <Suspense fallback={null}>
          <ParcelSearch />
        </Suspense>
        <div id="progress-panel" className="map-screen__progress" tabIndex={-1}>
          <Suspense fallback={null}>
            <ProgressPage headingLevel={2} />
            <StagesExplainer open={!user} />
          </Suspense>
        </div>
      </aside>
    </div>
  );
}

/**
 * On phones the parcel panel is a bottom sheet over the lower part of the screen: bring the
 * map to the top of the window, so the parcel (at the map's centre) stays visible above it.
 */
function useMapAboveSheet(parcelOpen: boolean, mapArea: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = mapArea.current;
    if (!parcelOpen || !element || window.matchMedia?.("(min-width: 900px)").matches) return;
    if (Math.abs(element.getBoundingClientRect().top) > 2) element.scrollIntoView({ block: "start" });
  }, [parcelOpen, mapArea]);
}
