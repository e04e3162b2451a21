// Admin units as the admin pages list and edit them (the tree, levels, validity); the
// boundaries themselves come in by import.

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ADMIN_KEY } from "@/data/admin-keys";
import { ApiError } from "@/data/api-error";
import { isoDate, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

export type AdminUnitLevel = "province" | "district" | "commune";

/** One admin unit without its boundary. */
export interface AdminUnit {
  /** The GSO code. */
  readonly id: string;
  readonly name: string;
  readonly level: AdminUnitLevel;
  readonly parentId: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly hasBoundary: boolean;
}

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(["province", "district", "commune"]),
  parent_id: z.nullable(z.string()),
  valid_from: z.nullable(isoDate),
  valid_to: z.nullable(isoDate),
  has_boundary: z.boolean(),
});

export async function fetchAdminUnits(signal?: AbortSignal): Promise<AdminUnit[]> {
  const client = await supabase();
  // the boundary's presence only: the geometries are large, and this list does not draw them
  let request = client.from("admin_units").select("id,name,level,parent_id,valid_from,valid_to,has_boundary:geom->>type").order("id");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_units", error, status);
  const rows = Array.isArray(data)
    ? data.map((r: Record<string, unknown>) => ({ ...r, has_boundary: r.has_boundary !== null && r.has_boundary !== undefined }))
    : data;
  return parseRows(z.array(rowSchema), rows, "admin_units").map((r) => ({
    id: r.id, name: r.name, level: r.level, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to,
    hasBoundary: r.has_boundary,
  }));
}

export const adminUnitsQuery = queryOptions({
  queryKey: [...ADMIN_KEY, "units"],
  queryFn: ({ signal }) => fetchAdminUnits(signal),
});

export function useAdminUnits() {
  return useQuery(adminUnitsQuery);
}

/** What an admin edits of a unit here: its name and validity. */
export interface AdminUnitEdit {
  readonly name: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export async function updateAdminUnit(id: string, edit: AdminUnitEdit): Promise<void> {
  const client = await supabase();
  const { data, error, status } = await client.from("admin_units")
    .update({ name: edit.name, valid_from: edit.validFrom, valid_to: edit.validTo }).eq("id", id).select("id");
  if (error) throw new ApiError("admin_units", error, status);
  if (!Array.isArray(data) || data.length === 0) throw new ApiError("admin_units", { message: "no row written", code: "42501" }, 403);
}

export function useUpdateAdminUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, edit }: { id: string; edit: AdminUnitEdit }) => updateAdminUnit(id, edit),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
      queryClient.invalidateQueries({ queryKey: ["admin-unit-names"] }),
    ]),
  });
}
