// An admin's import of an officer's "Xuất thay đổi chưa gửi" file (import_outbox_file), as a dry
// run then for real under the same import id, and the imports done (outbox_imports(), leaders and
// admins). The server checks the signature and applies the events as the officer.

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ADMIN_KEY } from "@/data/admin-keys";
import { ApiError } from "@/data/api-error";
import { count, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ImportAnswer, PastImport } from "@/domain/outbox-import-types";
import { IMPORT_STATUSES } from "@/domain/outbox-import-types";

/** One call: the import id (one per chosen file), the file's object, the reason, and whether it is a dry run. */
export interface ImportRequest {
  readonly importId: string;
  readonly file: Readonly<Record<string, unknown>>;
  readonly reason: string;
  readonly dryRun: boolean;
}

const countsSchema = z.object(Object.fromEntries(IMPORT_STATUSES.map((s) => [s, count])) as Record<(typeof IMPORT_STATUSES)[number], typeof count>);

const answerSchema = z.object({
  import_id: z.string(),
  dry_run: z.boolean(),
  user_email: z.nullable(z.string()),
  device_id: z.string(),
  exported_at: timestamptz,
  counts: countsSchema,
  events: z.array(z.object({
    event_id: z.nullable(z.string()),
    parcel_id: z.nullable(z.string()),
    project_name: z.nullable(z.string()),
    map_sheet: z.nullable(z.string()),
    parcel_no: z.nullable(z.string()),
    status: z.enum(IMPORT_STATUSES),
    code: z.nullable(z.string()),
    message: z.nullable(z.string()),
  })),
});

const pastSchema = z.array(z.object({
  import_id: z.string(),
  imported_by_email: z.nullable(z.string()),
  user_email: z.nullable(z.string()),
  device_id: z.string(),
  exported_at: timestamptz,
  reason: z.string(),
  counts: z.nullable(countsSchema),
  created_at: timestamptz,
}));

/**
 * The file as sent: the photos' bytes are left out (the import lists files but never stores
 * them, and they would make the request many times larger); the signed payload goes unchanged.
 */
function withoutFileBytes(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const files = Array.isArray(file.files) ? (file.files as unknown[]) : [];
  return {
    ...file,
    files: files.map((f) => {
      if (typeof f !== "object" || f === null) return f;
      const { data_base64: _bytes, ...rest } = f as Record<string, unknown>;
      return rest;
    }),
  };
}

export async function importOutboxFile(r: ImportRequest): Promise<ImportAnswer> {
  const client = await supabase();
  const response = await client.rpc("import_outbox_file", {
    p_import_id: r.importId, p_file: withoutFileBytes(r.file), p_reason: r.reason, p_dry_run: r.dryRun,
  });
  if (response.error) throw new ApiError("import_outbox_file", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  const a = parseRows(answerSchema, data, "import_outbox_file");
  return {
    importId: a.import_id, dryRun: a.dry_run, userEmail: a.user_email, deviceId: a.device_id, exportedAt: a.exported_at,
    counts: a.counts,
    events: a.events.map((e) => ({
      eventId: e.event_id, parcelId: e.parcel_id, projectName: e.project_name, mapSheet: e.map_sheet, parcelNo: e.parcel_no,
      status: e.status, code: e.code, message: e.message,
    })),
  };
}

export async function fetchOutboxImports(signal?: AbortSignal): Promise<PastImport[]> {
  const client = await supabase();
  let request = client.rpc("outbox_imports");
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("outbox_imports", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(pastSchema, data, "outbox_imports").map((r) => ({
    importId: r.import_id, importedByEmail: r.imported_by_email, userEmail: r.user_email, deviceId: r.device_id,
    exportedAt: r.exported_at, reason: r.reason, counts: r.counts, createdAt: r.created_at,
  }));
}

const IMPORTS_KEY = [...ADMIN_KEY, "outbox-imports"] as const;

export function outboxImportsQuery() {
  return queryOptions({ queryKey: IMPORTS_KEY, queryFn: ({ signal }) => fetchOutboxImports(signal) });
}

/** The imports done, newest first (at most 200). */
export function useOutboxImports() {
  return useQuery(outboxImportsQuery());
}

/** The import; a real one refreshes the past-imports list and everything else the admin pages show. */
export function useImportOutboxFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["import-outbox-file"],
    mutationFn: importOutboxFile,
    onSuccess: (_answer, request) => request.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
