// The map state in the query string, so that a link reproduces what a person sees:
//   ?v=20.83,106.03,10        view: latitude, longitude, zoom
//   &l=d,p,x                  visible layers, when not the default set (t tiles, d districts,
//                             p projects, c corridor, x parcels, g progress, h deadlines; "l=" for none)
//   &f=p:<id>,s:notice,b:1    filters: projects, stages, blocked (1) or not blocked (0)
//   &s=<id>,<id>              selected parcels (at most MAX_SELECTION_IN_URL; an officer confirms
//                             them before acting on them)
//   &p=<id>                   the parcel shown in the panel
//   &d=2024-12-31             the day the map and its figures are of (their end-of-day state);
//                             none for today's live map
//   &b=105.9,20.8,106.0,20.9  a box to fit on arrival (minLon,minLat,maxLon,maxLat: links from
//                             other pages, src/state/map-links.ts); read once, never written,
//                             the view that the fit gives replaces it
// Other parameters in the query string are kept as they are.

import type { LonLatBox } from "@/geo/geometry";
import type { LayerId, LinkSelection, MapState, MapView } from "@/state/map-state";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { DEFAULT_LAYERS } from "@/state/map-state";
import { NO_FILTERS } from "@/domain/parcel-filters";
import { linkedAsOfDay } from "@/domain/as-of-day";
import type { StageId } from "@/domain/stages";
import { isStageId } from "@/domain/stages";

/** The part of the map state a link carries. */
export type UrlMapState = Pick<MapState, "view" | "layers" | "filters" | "selection" | "focusedParcelId" | "figuresDay">;

/** What a link restores: its map state, its selection marked as the link's, and the box to fit. */
export type RestoredMapState = UrlMapState & Pick<MapState, "linkSelection"> & { readonly bounds: LonLatBox };

const LAYER_CODES: Record<LayerId, string> = {
  tiles: "t", districts: "d", projects: "p", corridor: "c", parcels: "x", progress: "g", deadlines: "h",
};
const LAYER_BY_CODE = new Map(Object.entries(LAYER_CODES).map(([id, code]) => [code, id as LayerId]));
/** The parameters this module owns. */
export const MAP_PARAMS = ["v", "l", "f", "s", "p", "d", "b"] as const;
/**
 * The most parcels a link selects. Longer selections are left out of the links the app writes
 * (browsers and chat apps cut long URLs), and a link naming more has the rest ignored: it was
 * not made by the app. It is also fewer than one screen shows at the zoom where parcels are
 * drawn (PARCEL_MIN_ZOOM), a phone's included, so that the officer who opens a link can check
 * its whole selection on the map before confirming it.
 */
export const MAX_SELECTION_IN_URL = 200;
const ID = /^[0-9A-Za-z-]{1,64}$/;

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Encodes a value, keeping the "," and ":" separators readable. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%3A/gi, ":");
}

/** The map's parameters for `state`, in a fixed order; defaults are left out. */
export function mapParams(state: UrlMapState): [string, string][] {
  const params: [string, string][] = [];
  const { lat, lng, zoom } = state.view;
  params.push(["v", `${round(lat, 5)},${round(lng, 5)},${round(zoom, 2)}`]);
  if (!sameSet(state.layers, DEFAULT_LAYERS)) {
    const codes = (Object.keys(LAYER_CODES) as LayerId[]).filter((id) => state.layers.has(id)).map((id) => LAYER_CODES[id]);
    params.push(["l", codes.join(",")]);
  }
  const f = state.filters;
  const tokens = [
    ...f.projectIds.map((id) => `p:${id}`),
    ...f.stages.map((id) => `s:${id}`),
    ...(f.blocked === null ? [] : [`b:${f.blocked ? 1 : 0}`]),
  ];
  if (tokens.length > 0) params.push(["f", tokens.join(",")]);
  if (state.selection.size > 0 && state.selection.size <= MAX_SELECTION_IN_URL) params.push(["s", [...state.selection].join(",")]);
  if (state.focusedParcelId) params.push(["p", state.focusedParcelId]);
  if (state.figuresDay) params.push(["d", state.figuresDay]);
  return params;
}

/** The query string ("?…" or "") with the map's parameters replaced and all others kept. */
export function writeMapSearch(search: string, state: UrlMapState): string {
  const others = [...new URLSearchParams(search)].filter(([key]) => !(MAP_PARAMS as readonly string[]).includes(key));
  const all = [...others, ...mapParams(state)];
  return all.length === 0 ? "" : `?${all.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}`;
}

function parseView(value: string | null): MapView | undefined {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lat, lng, zoom] = parts as [number, number, number];
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom < 0 || zoom > 22) return undefined;
  return { lat, lng, zoom };
}

function parseBounds(value: string | null): LonLatBox | undefined {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
  if (minLon > maxLon || minLat > maxLat || Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) return undefined;
  if (Math.abs(minLat) > 85 || Math.abs(maxLat) > 85) return undefined;
  return [minLon, minLat, maxLon, maxLat];
}

function parseLayers(value: string | null): ReadonlySet<LayerId> | undefined {
  if (value === null) return undefined;
  const layers = new Set<LayerId>();
  for (const code of value.split(",")) {
    const id = LAYER_BY_CODE.get(code.trim());
    if (id) layers.add(id);
  }
  return layers;
}

function parseFilters(value: string | null): ParcelFilters | undefined {
  if (value === null) return undefined;
  const projectIds: string[] = [];
  const stages: StageId[] = [];
  let blocked: boolean | null = null;
  for (const token of value.split(",")) {
    const [key, arg = ""] = token.split(":");
    if (key === "p" && ID.test(arg)) projectIds.push(arg);
    else if (key === "s" && isStageId(arg)) stages.push(arg);
    else if (key === "b" && (arg === "1" || arg === "0")) blocked = arg === "1";
  }
  return { ...NO_FILTERS, projectIds, stages, blocked };
}

/** The first MAX_SELECTION_IN_URL distinct valid ids, and how many other distinct valid ids follow. */
function parseSelection(value: string): LinkSelection {
  const ids = new Set<string>();
  const beyond = new Set<string>();
  for (const id of value.split(",")) {
    if (!ID.test(id) || ids.has(id)) continue;
    if (ids.size < MAX_SELECTION_IN_URL) ids.add(id);
    else beyond.add(id);
  }
  return { ids, ignored: beyond.size };
}

/**
 * The map state a query string describes; missing or invalid parts are left out. `today`
 * ("YYYY-MM-DD" in Hưng Yên) bounds the figures' day: a day to come, or today, means live figures.
 */
export function readMapSearch(search: string, today: string): Partial<RestoredMapState> {
  const params = new URLSearchParams(search);
  const result: { -readonly [K in keyof RestoredMapState]?: RestoredMapState[K] } = {};
  const view = parseView(params.get("v"));
  if (view) result.view = view;
  const bounds = parseBounds(params.get("b"));
  if (bounds) result.bounds = bounds;
  const layers = parseLayers(params.get("l"));
  if (layers) result.layers = layers;
  const filters = parseFilters(params.get("f"));
  if (filters) result.filters = filters;
  const selection = params.get("s");
  const linked = selection ? parseSelection(selection) : null;
  if (linked && linked.ids.size > 0) {
    result.selection = linked.ids;
    result.linkSelection = linked;
  }
  const focused = params.get("p");
  if (focused && ID.test(focused)) result.focusedParcelId = focused;
  const figuresDay = linkedAsOfDay(params.get("d"), today);
  if (figuresDay) result.figuresDay = figuresDay;
  return result;
}
