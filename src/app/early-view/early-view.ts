// The province view drawn before React: plain Leaflet in a page frame like React's first one,
// with the layers React draws at province zoom (boundaries, progress gauges, project outlines,
// labels), from the same query cache and the same drawing functions. On this machine it shows
// the view 0.1–0.15 s sooner (`npm run bench:map`, A/B against the app without it): React's
// chunk takes that long to evaluate and render. React then adopts this map
// (src/map/map-frame.tsx) and replaces these layers by its own in one go (src/map/early-map.ts);
// tiles, controls, hover texts and the side panel come with React.

import L from "leaflet";
import { storedLang } from "@/app/i18n/stored-lang";
import { viText } from "@/app/i18n/vi-text";
import { firstViewClient } from "@/app/first-view";
import { earlyViewEligible, WIDE_FROM } from "@/app/early-view/eligible";
import { drawPageFrame, openControlsWidth } from "@/app/early-view/page-frame";
import { BOUNDARY_ATTRIBUTION, boundariesQuery } from "@/data/boundaries-query";
import { hasStoredSession } from "@/data/stored-session";
import { dayInVietnam } from "@/domain/clock";
import { progressSummaryQuery } from "@/data/progress-summary-query";
import { projectsQuery } from "@/data/projects-query";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import { gaugeShapes, mapLabels, projectOutlineShapes, sharesOf } from "@/features/map-view/map-shapes";
import { boundaryLayers } from "@/map/draw/boundaries";
import { gaugeLayers } from "@/map/draw/gauges";
import { labelLayer } from "@/map/draw/labels";
import { projectOutlines } from "@/map/draw/project-outlines";
import { earlyMapWanted, offerEarlyMap } from "@/map/early-map";
import { fitProvince } from "@/map/fit-province";
import { DEFAULT_VIEW, getMapState, updateMapState } from "@/state/map-state";
import { createRenderer, mapOptions, viewOf } from "@/map/map-options";
import { readMapSearch } from "@/state/url-state";
import { restoreMapStateFromUrl } from "@/state/use-url-state";

/** Performance mark set when the early view is on screen (read by browser tests). */
export const EARLY_VIEW_MARK = "gpmb:early-view";

/**
 * A view the person pans or zooms to before React takes over is written to map-state, so React
 * keeps it (it fits the province only while the view is still the untouched default).
 */
function keepMovesForReact(map: L.Map): () => void {
  let moved = false;
  const onUserMove = () => {
    moved = true;
  };
  const onMoveEnd = () => {
    if (!moved) return;
    updateMapState({ view: viewOf(map) });
  };
  map.on("dragstart zoomstart", onUserMove);
  map.on("moveend", onMoveEnd);
  return function stopFollowing() {
    map.off("dragstart zoomstart", onUserMove);
    map.off("moveend", onMoveEnd);
  };
}

/** Draws the early view when this visit is eligible and React has not drawn its map yet. */
export async function drawEarlyView(): Promise<void> {
  const eligible = earlyViewEligible({
    link: readMapSearch(window.location.search, dayInVietnam(new Date())),
    windowWidth: window.innerWidth,
    storedLang: storedLang(),
    signedIn: hasStoredSession(),
  });
  if (!eligible) return;
  const client = firstViewClient();
  const [boundaries, projects, progress] = await Promise.all([
    client.ensureQueryData(boundariesQuery),
    client.ensureQueryData(projectsQuery),
    client.ensureQueryData(progressSummaryQuery("project")),
  ]);
  const root = document.getElementById("root");
  if (!root || !earlyMapWanted()) return;

  const element = drawPageFrame(root, viText);
  restoreMapStateFromUrl();
  const { view } = getMapState();
  const map = L.map(element, mapOptions(view, createRenderer()));
  const box = unionBounds(boundaries.province.map((b) => geometryBox(b.geometry)));
  if (view === DEFAULT_VIEW && box) {
    const wide = window.innerWidth >= WIDE_FROM;
    fitProvince(map, box, wide ? openControlsWidth(element.parentElement ?? element) : 0);
  }

  const shares = sharesOf(progress);
  const basemap = boundaryLayers(boundaries.province.map((b) => b.geometry), boundaries.districts.map((b) => b.geometry), BOUNDARY_ATTRIBUTION);
  const gauges = gaugeLayers(gaugeShapes(projects, shares));
  // Clicks and hover texts wait for React (moments away): it zooms to the project then.
  const outlines = projectOutlines(projectOutlineShapes(projects), () => undefined);
  const labels = labelLayer(map);
  for (const group of [basemap.group, gauges, outlines]) group.addTo(map);
  labels.setLabels(mapLabels(boundaries, projects, shares, { districts: true, projects: true, shares: true }, "vi"));
  labels.layer.addTo(map);

  const stopFollowing = keepMovesForReact(map);
  offerEarlyMap(map, () => {
    for (const group of [basemap.group, gauges, outlines]) group.remove();
    labels.dispose();
    stopFollowing();
  });
  performance.mark(EARLY_VIEW_MARK);
}
