// The map state in the query string, so that a link reproduces what a person sees:
//   ?v=20.83,106.03,10        view: latitude, longitude, zoom
//   &l=d,p,x                  visible layers, when not the default set (t tiles, d districts,
//                             p projects, c corridor, x parcels, g progress; "l=" for none)
//   &f=p:<id>,s:notice,b:1    filters: projects, stages, blocked (1) or not blocked (0)
//   &s=<id>,<id>              selected parcels
//   &p=<id>                   the parcel shown in the panel
// Other parameters in the query string are kept as they are.

import type { LayerId, MapState, MapView, ParcelFilters } from "@/map/map-state";
import { DEFAULT_LAYERS, NO_FILTERS } from "@/map/map-state";
import type { StageId } from "@/domain/stages";
import { isStageId } from "@/domain/stages";

/** The part of the map state a link carries. */
export type UrlMapState = Pick<MapState, "view" | "layers" | "filters" | "selection" | "focusedParcelId">;

const LAYER_CODES: Record<LayerId, string> = {
  tiles: "t", districts: "d", projects: "p", corridor: "c", parcels: "x", progress: "g",
};
const LAYER_BY_CODE = new Map(Object.entries(LAYER_CODES).map(([id, code]) => [code, id as LayerId]));
/** The parameters this module owns. */
export const MAP_PARAMS = ["v", "l", "f", "s", "p"] as const;
/** Longer selections are left out of the link (browsers and chat apps cut long URLs). */
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

/** The map state a query string describes; missing or invalid parts are left out. */
export function readMapSearch(search: string): Partial<UrlMapState> {
  const params = new URLSearchParams(search);
  const result: { -readonly [K in keyof UrlMapState]?: UrlMapState[K] } = {};
  const view = parseView(params.get("v"));
  if (view) result.view = view;
  const layers = parseLayers(params.get("l"));
  if (layers) result.layers = layers;
  const filters = parseFilters(params.get("f"));
  if (filters) result.filters = filters;
  const selection = params.get("s");
  if (selection) result.selection = new Set(selection.split(",").filter((id) => ID.test(id)));
  const focused = params.get("p");
  if (focused && ID.test(focused)) result.focusedParcelId = focused;
  return result;
}
