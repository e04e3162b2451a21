// The three import RPCs (public.import_parcels, import_admin_units, import_project_geometry): a
// dry run or a commit of what the import worker (src/import) made of a file. The payload is the
// RPCs' own JSON shape (src/domain/import-types.ts states it). After a commit the
// figures, projects and parcel tiles are fetched again, so the map and the totals show the rows.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { BLOCKED_PARCELS_KEY } from "@/data/blocked-parcels-query";
import { count, parseRows } from "@/data/parse";
import { PROGRESS_AS_OF_KEY } from "@/data/progress-as-of-query";
import { supabase } from "@/data/supabase-client";
import { IMPORT_RUNS_KEY } from "@/data/import-runs-query";
import { TARGET_PROGRESS_KEY } from "@/data/target-progress-query";
import type { ImportAnswer, ImportLayer, ImportProblem } from "@/domain/import-types";

const RPC_NAMES: Record<ImportLayer, string> = {
  parcels: "import_parcels",
  project_geometry: "import_project_geometry",
  admin_units: "import_admin_units",
};

/** What the page sends: ImportMeta fields, dry_run, and the layer's rows (or geom), unchanged. */
export type ImportRpcPayload = { readonly dry_run: boolean } & Readonly<Record<string, unknown>>;

/** One problem the server found (ImportProblem); `code` is kept as sent, the page names unknown ones. */
export interface ImportRpcProblem extends Omit<ImportProblem, "code" | "detail" | "other_row"> {
  readonly code: string;
  readonly detail: string | null;
  readonly other_row: number | null;
}

/** The server's answer (ImportAnswer, plus reassigned_parcels for admin units). */
export interface ImportRpcAnswer extends Omit<ImportAnswer, "problems"> {
  readonly problems: readonly ImportRpcProblem[];
  readonly reassigned_parcels: number | null;
}

const position = z.pipe(z.array(z.number()), z.transform((p: number[], ctx) => {
  if (p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])) return [p[0], p[1]] as readonly [number, number];
  ctx.issues.push({ code: "custom", message: "not a [lon, lat] position", input: p });
  return z.NEVER;
}));

const answerSchema = z.object({
  run_id: z.optional(z.nullable(z.string())),
  committed: z.boolean(),
  counts: z.object({ new: count, updated: count, unchanged: count, refused: count }),
  problems: z.array(z.object({
    row: count,
    code: z.string(),
    at: z.optional(z.nullable(position)),
    detail: z.optional(z.nullable(z.string())),
    other_row: z.optional(z.nullable(count)),
  })),
  reassigned_parcels: z.optional(z.nullable(count)),
});

/** An import call the server refused as a whole; `serverMessage` is its own (Vietnamese) text. */
export class ImportRpcError extends ApiError {
  readonly serverMessage: string;

  constructor(what: string, error: { message: string; code?: string; details?: string | null; hint?: string | null }, status: number) {
    super(what, error, status);
    this.name = "ImportRpcError";
    this.serverMessage = error.message;
  }
}

/** Sends a dry run or a commit of `layer`; throws ImportRpcError when the whole call is refused. */
export async function sendImport(layer: ImportLayer, payload: ImportRpcPayload, signal?: AbortSignal): Promise<ImportRpcAnswer> {
  const what = RPC_NAMES[layer];
  const client = await supabase();
  let request = client.rpc(what, { p_import: payload });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ImportRpcError(what, response.error, response.status);
  const parsed = parseRows(answerSchema, response.data as unknown, what); // untyped rpc: zod gives it its type
  return {
    run_id: parsed.run_id ?? null,
    committed: parsed.committed,
    counts: parsed.counts,
    problems: parsed.problems.map((p) => ({ row: p.row, code: p.code, at: p.at ?? null, detail: p.detail ?? null, other_row: p.other_row ?? null })),
    reassigned_parcels: parsed.reassigned_parcels ?? null,
  };
}

/** Everything an import can change on screen: figures, targets, projects, parcel tiles and searches, units. */
const CHANGED_BY_IMPORT = [
  ["progress-summary"], PROGRESS_AS_OF_KEY, TARGET_PROGRESS_KEY, BLOCKED_PARCELS_KEY, ["projects"],
  ["parcels-in-bbox"], ["parcel-search"], ["admin-unit-bounds"], ["admin-unit-names"],
] as const;

/** Marks what a committed import changed as stale: open screens fetch it again, others on their next visit. */
export function invalidateAfterImport(queryClient: QueryClient): void {
  // the past days' figures too: an import adds parcels that were not counted before
  for (const queryKey of CHANGED_BY_IMPORT) void queryClient.invalidateQueries({ queryKey });
  // the runs are per user (src/data/import-runs-query.ts): their key has the user first
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(IMPORT_RUNS_KEY) });
}

/** The mutation sending an import; a commit that wrote invalidates what it changed. */
export function useSendImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ layer, payload }: { layer: ImportLayer; payload: ImportRpcPayload }) => sendImport(layer, payload),
    onSuccess: (answer) => {
      if (answer.committed) invalidateAfterImport(queryClient);
    },
  });
}
