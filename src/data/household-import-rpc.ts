// public.import_households: a dry run or a commit of a project's household list (the rows the
// page made of the file, src/import/household-list.ts). After a commit the household queries
// are fetched again, so search results and household pages show the new holdings.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** What the page sends; `rows` are HouseholdImportRow objects (src/import/household-list.ts). */
export interface HouseholdImportPayload {
  readonly dry_run: boolean;
  readonly project_id: string;
  readonly file_name: string;
  readonly batch: string | null;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** One problem of a row: `field` names the list's column, `detail` the value or the other row. */
export interface HouseholdImportProblem {
  readonly n: number;
  readonly code: string;
  readonly field: string | null;
  readonly detail: string | null;
}

/** A party the commit wrote to, with the file's rows that named it. */
export interface ImportedHousehold {
  readonly partyId: string;
  readonly name: string;
  readonly matched: boolean;
  readonly rows: readonly number[];
}

export interface HouseholdImportAnswer {
  readonly committed: boolean;
  readonly runId: string | null;
  readonly counts: {
    readonly rows: number;
    readonly partiesNew: number;
    readonly partiesMatched: number;
    readonly holdings: number;
    readonly lines: number;
  };
  readonly problems: readonly HouseholdImportProblem[];
  readonly households: readonly ImportedHousehold[];
}

const answerSchema = z.object({
  committed: z.boolean(),
  run_id: z.optional(z.nullable(z.string())),
  counts: z.object({ rows: count, parties_new: count, parties_matched: count, holdings: count, lines: count }),
  problems: z.array(z.object({
    n: count,
    code: z.string(),
    field: z.optional(z.nullable(z.string())),
    detail: z.optional(z.nullable(z.string())),
  })),
  households: z.optional(z.array(z.object({
    party_id: z.string(),
    name: z.nullable(z.string()),
    matched: z.boolean(),
    rows: z.array(count),
  }))),
});

/** A call the server refused as a whole; `serverMessage` is its own (Vietnamese) sentence. */
export class HouseholdImportError extends ApiError {
  readonly serverMessage: string;

  constructor(error: { message: string; code?: string; details?: string | null; hint?: string | null }, status: number) {
    super("import_households", error, status);
    this.name = "HouseholdImportError";
    this.serverMessage = error.message;
  }
}

/** Sends a dry run or a commit; throws HouseholdImportError when the whole call is refused. */
export async function sendHouseholdImport(payload: HouseholdImportPayload): Promise<HouseholdImportAnswer> {
  const client = await supabase();
  const response = await client.rpc("import_households", { p_import: payload });
  if (response.error) throw new HouseholdImportError(response.error, response.status);
  const parsed = parseRows(answerSchema, response.data as unknown, "import_households");
  return {
    committed: parsed.committed,
    runId: parsed.run_id ?? null,
    counts: {
      rows: parsed.counts.rows, partiesNew: parsed.counts.parties_new, partiesMatched: parsed.counts.parties_matched,
      holdings: parsed.counts.holdings, lines: parsed.counts.lines,
    },
    problems: parsed.problems.map((p) => ({ n: p.n, code: p.code, field: p.field ?? null, detail: p.detail ?? null })),
    households: (parsed.households ?? []).map((h) => ({ partyId: h.party_id, name: h.name ?? "", matched: h.matched, rows: h.rows })),
  };
}

/** The mutation sending a household list; a commit marks every household query stale. */
export function useSendHouseholdImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendHouseholdImport,
    onSuccess: (answer) => {
      if (!answer.committed) return;
      // the households' keys (src/data/household-keys.ts) all start with a "household…" word
      void queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[0] === "string" && query.queryKey[0].startsWith("household"),
      });
    },
  });
}
