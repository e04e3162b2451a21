// The admin audit (public.admin_audit), newest first: as a list filtered by table, who and
// date, or one object's own history. Admins and leaders read it; RLS gives anyone else nothing.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ADMIN_KEY } from "@/data/admin-keys";
import { ApiError } from "@/data/api-error";
import { parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

export type AuditTable = "projects" | "targets" | "admin_units" | "memberships" | "infrastructure_entries";
export const AUDIT_TABLES: readonly AuditTable[] = ["projects", "targets", "admin_units", "memberships", "infrastructure_entries"];

/** One audited write. */
export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly actorEmail: string | null;
  readonly table: AuditTable;
  readonly rowId: string;
  readonly op: "insert" | "update" | "delete";
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

/** What the list is narrowed to; every field optional. */
export interface AuditFilter {
  readonly table?: AuditTable | null;
  readonly rowId?: string | null;
  /** Part of the actor's email. */
  readonly who?: string | null;
  /** Vietnam calendar days "YYYY-MM-DD", both included. */
  readonly from?: string | null;
  readonly to?: string | null;
}

/** The most entries one page shows. */
export const AUDIT_PAGE_SIZE = 200;

const rowSchema = z.object({
  id: z.union([z.number(), z.pipe(z.string(), z.transform(Number))]),
  at: timestamptz,
  actor_email: z.nullable(z.string()),
  table_name: z.enum(["projects", "targets", "admin_units", "memberships", "infrastructure_entries"]),
  row_id: z.string(),
  op: z.enum(["insert", "update", "delete"]),
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
});

export async function fetchAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditEntry[]> {
  const client = await supabase();
  let request = client.from("admin_audit").select("id,at,actor_email,table_name,row_id,op,before,after")
    .order("id", { ascending: false }).limit(AUDIT_PAGE_SIZE);
  if (filter.table) request = request.eq("table_name", filter.table);
  if (filter.rowId) request = request.eq("row_id", filter.rowId);
  if (filter.who) request = request.ilike("actor_email", `%${filter.who.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (filter.from) request = request.gte("at", `${filter.from}T00:00:00+07:00`);
  if (filter.to) request = request.lte("at", `${filter.to}T23:59:59.999999+07:00`);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_audit", error, status);
  return parseRows(z.array(rowSchema), data, "admin_audit").map((r) => ({
    id: r.id, at: r.at, actorEmail: r.actor_email, table: r.table_name, rowId: r.row_id, op: r.op,
    before: r.before, after: r.after,
  }));
}

export function auditQuery(filter: AuditFilter) {
  return queryOptions({
    queryKey: [...ADMIN_KEY, "audit", filter],
    queryFn: ({ signal }) => fetchAudit(filter, signal),
  });
}

export function useAudit(filter: AuditFilter, enabled = true) {
  return useQuery({ ...auditQuery(filter), enabled });
}
