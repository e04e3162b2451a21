// Reading the app's data over the same HTTP API, as the public (publishable key), to know where
// parcels are and to check what the UI did.
import { APP_URL } from "./browser";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";
if (!KEY) throw new Error("GPMB_PUBLISHABLE_KEY is not set: run the browser tests with `npm run test:e2e`.");

async function rest<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${APP_URL}/rest/v1/${path}`, {
    ...init,
    headers: { apikey: KEY, "content-type": "application/json", ...(init?.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface ApiParcel {
  id: string;
  stage: string;
  version: number;
  area_m2: number | string;
  admin_unit_id: string;
  map_sheet: string;
  parcel_no: string;
  blocker_reason: string | null;
  geom: { type: string; coordinates: number[][][] };
}

const COLUMNS = "id,stage,version,area_m2,admin_unit_id,map_sheet,parcel_no,blocker_reason,geom";

/** A parcel matching the filter (PostgREST syntax), e.g. "admin_unit_id=eq.326&stage=eq.compensated". */
export async function findParcel(filter: string): Promise<ApiParcel> {
  const rows = await rest<ApiParcel[]>(`parcels?select=${COLUMNS}&${filter}&order=id&limit=1`);
  if (!rows[0]) throw new Error(`no parcel for ${filter}`);
  return rows[0];
}

/** Parcels matching the filter (PostgREST syntax), at most 100. */
export async function findParcels(filter: string): Promise<ApiParcel[]> {
  return rest<ApiParcel[]>(`parcels?select=${COLUMNS}&${filter}&order=id&limit=100`);
}

export async function parcelsById(ids: readonly string[]): Promise<ApiParcel[]> {
  return rest<ApiParcel[]>(`parcels?select=${COLUMNS}&id=in.(${ids.join(",")})&order=id`);
}

/** The centre of a parcel's first ring, [lat, lng] for the URL. */
export function centre(parcel: ApiParcel): [number, number] {
  const ring = parcel.geom.coordinates[0]!.slice(0, -1);
  const lng = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
  const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  return [lat, lng];
}

/** Hectares handed over in the whole province. */
export async function provinceClearedM2(): Promise<number> {
  const rows = await rest<{ cleared_area_m2: number | string }[]>("rpc/progress_summary", {
    method: "POST",
    body: JSON.stringify({ group_by: "province" }),
  });
  return Number(rows[0]!.cleared_area_m2);
}

/** A row of progress_summary (numerics may come as strings). */
export interface ApiProgressRow {
  key: string;
  name: string;
  kind: string | null;
  total_area_m2: number | string;
  cleared_area_m2: number | string;
  parcels: number | string;
  cleared_parcels: number | string;
  blocked_parcels: number | string;
  area_to_clear_m2: number | string | null;
}

/** progress_summary grouped by `groupBy`, as the public reads it. */
export async function progressSummary(groupBy: "province" | "kind" | "project" | "admin_unit"): Promise<ApiProgressRow[]> {
  return rest<ApiProgressRow[]>("rpc/progress_summary", { method: "POST", body: JSON.stringify({ group_by: groupBy }) });
}

/** progress_as_of at the instant `at` (e.g. "2024-12-31T23:59:59.999999+07:00"), as the public reads it. */
export async function progressAsOf(at: string, groupBy: "province" | "kind" | "project" | "admin_unit"): Promise<ApiProgressRow[]> {
  return rest<ApiProgressRow[]>("rpc/progress_as_of", { method: "POST", body: JSON.stringify({ p_at: at, group_by: groupBy }) });
}

/** The way the UI writes hectares: 3.375,7 ha (vi-VN, one decimal). */
export function formatHa(m2: number): string {
  return (m2 / 10_000).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A target as target_progress(p_at) answers it (numerics may come as strings). */
export interface ApiTarget {
  id: string;
  name: string;
  name_en: string | null;
  source: string | null;
  measure: "cleared_area_ha" | "cleared_share" | "projects_started" | "infrastructure_area_ha";
  scope_kind: string | null;
  scope_project_id: string | null;
  scope_admin_unit_id: string | null;
  period_start: string | null;
  period_end: string | null;
  due_date: string | null;
  actual: number | string | null;
  status: "met" | "on_track" | "at_risk" | "missed" | "not_measurable";
}

/** Every target with its figures today, or on `day` ("YYYY-MM-DD"), as the public reads them. */
export async function targetProgress(day?: string): Promise<ApiTarget[]> {
  return rest<ApiTarget[]>("rpc/target_progress", { method: "POST", body: JSON.stringify(day ? { p_at: day } : {}) });
}

/** A calendar date "YYYY-MM-DD" as the UI writes it in Vietnamese: 31/12/2024. */
export function formatViDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
