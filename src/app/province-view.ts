// The page's one Leaflet map and its province view, without React: made by the entry
// (src/main.tsx) as soon as it runs, for every visit, in the static skeleton of index.html, with
// the boundaries, progress gauges, project outlines and labels drawn from the query cache as the
// answers come (src/app/first-view.ts). React starts meanwhile and then hosts this same map
// (src/map/map-frame.tsx), adding its controls, panels, tiles, parcels and the officer's tools.
// The layers here follow the cache (the change feed's refetches of the progress), the layers
// chosen in map-state, the map's day (a past day's gauges are progress_as_of's at its end) and,
// once React's translations are loaded, the language.

import L from "leaflet";
import { QueryObserver } from "@tanstack/react-query";
import type { QueryKey, QueryObserverOptions } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { firstViewClient } from "@/app/first-view";
import { storedLang } from "@/app/i18n/stored-lang";
import type { Boundaries } from "@/data/boundaries-query";
import { BOUNDARY_ATTRIBUTION, boundariesQuery } from "@/data/boundaries-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import { progressSummaryQuery } from "@/data/progress-summary-query";
import { progressAsOfQuery } from "@/data/progress-as-of-query";
import type { Project } from "@/data/projects-query";
import { projectsQuery } from "@/data/projects-query";
import { supabase } from "@/data/supabase-client";
import type { Lang } from "@/domain/lang";
import { isLang } from "@/domain/lang";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import type { Shares } from "@/features/map-view/map-shapes";
import { gaugeShapes, mapLabels, projectShapes, projectTooltip, sharesOf } from "@/features/map-view/map-shapes";
import type { ProvinceFit } from "@/map/fit-province";
import { keepProvinceFitted } from "@/map/fit-province";
import type { MapHandle } from "@/map/map-handle";
import { createRenderer, mapOptions } from "@/map/map-options";
import { keepCentreOnResize, syncMapWithState } from "@/map/map-sync";
import { provinceLayers } from "@/map/province-layers";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";
import type { LayerId } from "@/state/map-state";
import { DEFAULT_VIEW, getMapState, requestFlyTo, subscribeMapState } from "@/state/map-state";
import { restoreMapStateFromUrl } from "@/state/use-url-state";

/** Performance mark set when the province view's labels are first drawn (read by tests and the bench). */
export const PROVINCE_VIEW_MARK = "gpmb:province-view";

/** Where index.html's skeleton keeps the map's place until React's frame hosts it. */
const SKELETON_SLOT = "map-skeleton";

/** The data and texts the layers are drawn from; filled in as they come. */
interface Sources {
  boundaries?: Boundaries;
  projects?: readonly Project[];
  progress?: readonly ProgressRow[];
  shares: Shares;
  lang: Lang;
  /** React's translations, once loaded (the hover texts wait for them). */
  i18n: I18n | null;
  tilesFailed: boolean;
}

let handle: MapHandle | null = null;
let sources: Sources | null = null;
let redrawLabels: (() => void) | null = null;
let drawn: Promise<void> = Promise.resolve();

/** The page's map, made (and its province view started) on the first call. */
export function provinceMap(): MapHandle {
  handle ??= createProvinceMap();
  return handle;
}

/**
 * Makes the map and starts its province view; resolves once the view's labels are drawn, or at
 * once when the visit opens closer than the province (what it waits for, parcels and a panel,
 * comes with React).
 */
export function showProvinceView(): Promise<void> {
  provinceMap();
  return drawn;
}

/** Follows the UI language from now on (React's i18next, loaded by src/app/start.tsx). */
export function followLanguage(i18n: I18n): void {
  provinceMap();
  if (!sources) return;
  const current = sources;
  current.i18n = i18n;
  i18n.on("languageChanged", (lang) => {
    if (!isLang(lang) || lang === current.lang) return;
    current.lang = lang;
    redrawLabels?.();
  });
}

/**
 * Watches a query of the first view's cache: `onData` gets each new answer, the cached one at
 * once; `onError` is told when it failed for good (its retries spent) without an answer.
 * Returns the observer, whose options may be changed for another query of the same data.
 */
function watchQuery<T, K extends QueryKey>(
  options: QueryObserverOptions<T, Error, T, T, K>, onData: (data: T) => void, onError: () => void = () => undefined,
): QueryObserver<T, Error, T, T, K> {
  const observer = new QueryObserver<T, Error, T, T, K>(firstViewClient(), options);
  let last: T | undefined;
  const take = (data: T | undefined) => {
    if (data === undefined || data === last) return;
    last = data;
    onData(data);
  };
  observer.subscribe((result) => {
    if (result.data === undefined && result.status === "error") onError();
    take(result.data);
  });
  take(observer.getCurrentResult().data);
  return observer;
}

/** The progress by project the gauges show: today's live figures, or those at the end of `day`. */
function progressQuery(day: string | null) {
  // one key type for the observer: both answer ProgressRow[] by project
  return (day === null ? progressSummaryQuery("project") : progressAsOfQuery("project", day)) as ReturnType<typeof progressSummaryQuery>;
}

function createProvinceMap(): MapHandle {
  restoreMapStateFromUrl();
  const { view, flyTo } = getMapState();
  const container = L.DomUtil.create("div", "map-view__map");
  // in the skeleton's place, so that the first fit and draw have the map's real size
  document.getElementById(SKELETON_SLOT)?.append(container);
  const map = L.map(container, mapOptions(view, createRenderer()));
  syncMapWithState(map);
  keepCentreOnResize(map);

  const current: Sources = { shares: sharesOf(undefined), lang: storedLang(), i18n: null, tilesFailed: false };
  sources = current;
  const layers = provinceLayers(map, shownNow(map, getMapState().layers, current));
  let fit: ProvinceFit | null = null;
  let controlsWidth = skeletonControlsWidth();
  const fitWanted = view === DEFAULT_VIEW && !flyTo;

  const labels = () => labelsFor(current, getMapState().layers);
  redrawLabels = () => layers.setLabels(labels());
  let markReady: () => void = () => undefined;
  const closeIn = map.getZoom() >= PARCEL_MIN_ZOOM;
  drawn = closeIn ? Promise.resolve() : new Promise((resolve) => (markReady = resolve));
  // A visit that opens closer than the province waits for parcels (and an open parcel's panel)
  // asked for through supabase-js: it loads beside React's chunk then, not after its first render.
  if (closeIn) void supabase().catch(() => undefined);
  // Without progress figures (their request failed for good) the names are labelled all the same.
  let progressFailed = false;
  const drawProgress = () => {
    if (!current.projects || !current.boundaries || (!current.progress && !progressFailed)) return;
    layers.setGauges(gaugeShapes(current.projects, current.shares));
    layers.setLabels(labels());
    if (!current.progress) return;
    performance.mark(PROVINCE_VIEW_MARK);
    markReady();
  };

  // On a first visit nothing is drawn before the fit (or the boundaries' failure): the canvas's
  // first draw is then the fitted view's, at the first draw's reach (src/map/map-options.ts).
  let fitDone = !fitWanted;
  const drawOutlines = () => {
    if (!current.projects || !fitDone) return;
    layers.setOutlines(projectShapes(current.projects, (p) => hoverText(current, p)), (id) => zoomToProject(map, current, id));
  };
  watchQuery(boundariesQuery, (boundaries) => {
    current.boundaries = boundaries;
    const box = unionBounds(boundaries.province.map((b) => geometryBox(b.geometry)));
    if (fitWanted && box && !fit) fit = keepProvinceFitted(map, box, controlsWidth);
    fitDone = true;
    layers.setBoundaries(boundaries.province.map((b) => b.geometry), boundaries.districts.map((b) => b.geometry), BOUNDARY_ATTRIBUTION);
    drawOutlines();
    drawProgress();
  }, () => {
    fitDone = true;
    drawOutlines();
  });
  watchQuery(projectsQuery, (projects) => {
    current.projects = projects;
    drawOutlines();
    drawProgress();
  });
  let progressDay = getMapState().figuresDay;
  const progress = watchQuery(progressQuery(progressDay), (rows) => {
    current.progress = rows;
    current.shares = sharesOf(rows);
    drawProgress();
  }, () => {
    progressFailed = true;
    drawProgress();
  });

  let layerIds = getMapState().layers;
  const reshow = () => layers.setShown(shownNow(map, getMapState().layers, current));
  subscribeMapState(() => {
    const day = getMapState().figuresDay;
    if (day !== progressDay) {
      progressDay = day;
      // the gauges, labels and hover texts follow the day's figures once they come
      progress.setOptions(progressQuery(day));
    }
    const next = getMapState().layers;
    if (next === layerIds) return;
    layerIds = next;
    reshow();
    if (current.projects && current.boundaries) layers.setLabels(labels());
  });
  map.on("zoomend", reshow);

  return {
    map,
    setCovered: (boxes) => layers.setCovered(boxes),
    setControlsWidth(width) {
      controlsWidth = width;
      fit?.setControlsWidth(width);
    },
    setTilesFailed(failed) {
      if (current.tilesFailed === failed) return;
      current.tilesFailed = failed;
      reshow();
    },
  };
}

/** Which province layers show at the map's zoom with these layers chosen. */
function shownNow(map: L.Map, chosen: ReadonlySet<LayerId>, current: Sources) {
  const provinceZoom = map.getZoom() < PARCEL_MIN_ZOOM;
  return {
    districts: chosen.has("districts"),
    projects: chosen.has("projects"),
    progress: provinceZoom && chosen.has("progress"),
    labels: provinceZoom,
    filled: current.tilesFailed || !chosen.has("tiles"),
  };
}

function labelsFor(current: Sources, chosen: ReadonlySet<LayerId>) {
  return mapLabels(current.boundaries, current.projects ?? [], current.shares, {
    districts: chosen.has("districts"),
    projects: chosen.has("projects") || chosen.has("progress"),
    shares: chosen.has("progress"),
  }, current.lang);
}

/** A project's hover text in the UI's language; its name alone until the translations are there. */
function hoverText(current: Sources, project: Project): string {
  const i18n = current.i18n;
  if (!i18n) return project.name;
  return projectTooltip(project, current.shares.get(project.id), i18n.t, current.lang);
}

/** A click on a project at province zoom zooms to it (closer in, the click is the parcels'). */
function zoomToProject(map: L.Map, current: Sources, projectId: string): void {
  const bounds = current.projects?.find((p) => p.id === projectId)?.bounds;
  if (bounds && map.getZoom() < PARCEL_MIN_ZOOM) requestFlyTo(bounds);
}

/**
 * The width the controls on the right will take, as index.html's skeleton reserves it (the
 * legend starts open on wide screens): the province is fitted clear of them before they exist.
 */
function skeletonControlsWidth(): number {
  return document.querySelector<HTMLElement>(".map-skeleton__controls")?.offsetWidth ?? 0;
}
