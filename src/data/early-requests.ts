// The province view's requests: its two API requests (the projects and their progress) and the
// two boundary files, sent by the tiny entry chunk (src/main.tsx) as soon as the page has parsed,
// while the app's JavaScript is still loading and evaluating (long on a phone). Their bodies are
// read meanwhile too: the boundary files are preloaded by index.html, but a body read only once
// the app asks for it waits for a main thread busy with the app's code. The data modules take the
// answer from here once; a failed or missing early answer simply means the usual request.
//
// Both answers are public and the same for every user (projects are readable by anon; the
// progress summary is computed from public parcel figures), so they go with the publishable key
// and no session, even for a signed-in user. Imports nothing heavy on purpose: no supabase-js
// (supabase-client.ts only imports it when a client is first asked for), no zod.

import { backendConfig } from "@/data/supabase-client";

/** The columns of public.projects the map reads (src/data/projects-query.ts uses the same). */
export const PROJECT_COLUMNS = "id,code,name,kind,geom,corridor_width_m,area_to_clear_m2,due_date,responsible_unit,responsible_person," +
  "investor,decision_ref,status_note,is_illustrative,admin_unit_ids,retired_at";

/** The boundary files (in public/), as index.html preloads them; src/data/boundaries-query.ts reads them. */
export const BOUNDARY_FILES = {
  province: "geo/hung_yen_province_pre2025.geojson",
  districts: "geo/hung_yen_districts_pre2025.geojson",
} as const;

/** A boundary file by name. */
export type BoundaryFile = keyof typeof BOUNDARY_FILES;

/** Where the boundary file `file` is served (below Vite's base). */
export function boundaryUrl(file: BoundaryFile): string {
  return `${import.meta.env.BASE_URL}${BOUNDARY_FILES[file]}`;
}

/** The requests that can be sent early, by name. */
export type EarlyRequest = "projects" | "progress-by-project" | BoundaryFile;

const pending = new Map<EarlyRequest, Promise<unknown>>();

/** Sends the early requests (once); only the boundary files when the API is not configured. */
export function sendEarlyRequests(): void {
  if (pending.size > 0) return;
  for (const file of Object.keys(BOUNDARY_FILES) as BoundaryFile[]) {
    pending.set(file, answer(fetch(boundaryUrl(file))));
  }
  if (!backendConfig.ok) return;
  const { url, key } = backendConfig;
  const api = `${url.replace(/\/$/, "")}/rest/v1`;
  // As supabase-js sends them with no session: the key also as the bearer (a legacy anon JWT needs it there).
  const headers = { apikey: key, authorization: `Bearer ${key}`, accept: "application/json" };
  const projects = new URL(`${api}/projects`);
  projects.searchParams.set("select", PROJECT_COLUMNS);
  projects.searchParams.set("order", "code.asc");
  pending.set("projects", answer(fetch(projects, { headers })));
  pending.set("progress-by-project", answer(fetch(`${api}/rpc/progress_summary`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ group_by: "project" }),
  })));
}

/** The JSON of a successful answer; null for anything else (the caller then asks again). */
async function answer(response: Promise<Response>): Promise<unknown> {
  try {
    const res = await response;
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

/**
 * The early answer to `request`, used at most once per page load; null when there is none or it
 * failed, and for later calls (refetches), which ask the API themselves. A call cancelled while
 * waiting for it (`signal` aborted: e.g. its component unmounted) leaves it to the next one.
 */
export async function takeEarlyAnswer(request: EarlyRequest, signal?: AbortSignal): Promise<unknown> {
  const early = pending.get(request);
  if (!early) return null;
  const answer = await early;
  if (signal?.aborted || !pending.has(request)) return null;
  pending.delete(request);
  return answer;
}
