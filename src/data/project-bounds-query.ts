// Where each project lies: the bounding box of its outline or centre line (projects.geom), for
// "fly to this project" and, joined by kind, "fly to all industrial parks".

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { LonLatBox } from "@/domain/bounds";
import { geometryBounds } from "@/domain/bounds";

/** A project's kind and the box around its geometry (null when it has none yet). */
export interface ProjectBounds {
  readonly projectId: string;
  readonly kind: string;
  readonly bounds: LonLatBox | null;
}

/** A jsonb column, which some backends send as text; unreadable text counts as no geometry. */
const geometry = z.pipe(z.unknown(), z.transform((g): unknown => {
  if (typeof g !== "string") return g;
  try {
    return JSON.parse(g);
  } catch {
    return null;
  }
}));
const rowsSchema = z.array(z.object({ id: z.string(), kind: z.string(), geom: geometry }));

/** Fetches every project's geometry and keeps only its box. */
export async function fetchProjectBounds(signal?: AbortSignal): Promise<ProjectBounds[]> {
  let request = supabase().from("projects").select("id,kind,geom");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("projects (geometry)", error, status);
  return parseRows(rowsSchema, data, "projects (geometry)").map((r) => ({
    projectId: r.id,
    kind: r.kind,
    bounds: geometryBounds(r.geom),
  }));
}

/** Every project's box; outlines seldom change, so they are kept for half an hour. */
export function useProjectBounds() {
  return useQuery({
    queryKey: ["project-bounds"],
    queryFn: ({ signal }) => fetchProjectBounds(signal),
    staleTime: 30 * 60_000,
  });
}
