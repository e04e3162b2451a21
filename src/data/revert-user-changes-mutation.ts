// revert_user_changes(): a leader's or admin's revert of one user's changes in a window, first
// as a dry run (nothing written), then for real with the same request id, so a retry after a lost
// answer is answered with what was done and changes nothing more.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { auditKey } from "@/data/audit-keys";
import { useSignedInUser } from "@/data/auth-session";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { RevertOutcome } from "@/domain/audit-types";
import { STAGE_IDS } from "@/domain/stages";

/** What to revert: whose changes, recorded in [from, to), and why. */
export interface RevertRequest {
  /** Chosen once per confirmed revert (crypto.randomUUID()); the same id again is a retry. */
  readonly requestId: string;
  readonly userId: string;
  readonly from: Date;
  readonly to: Date;
  readonly reason: string;
  readonly dryRun: boolean;
}

const rowSchema = z.object({
  parcel_id: z.string(),
  project_name: z.string(),
  map_sheet: z.nullable(z.string()),
  parcel_no: z.nullable(z.string()),
  status: z.enum(["reverted", "skipped", "unchanged"]),
  detail: z.nullable(z.enum(["changed_by_others", "changed_after_window"])),
  reversed_events: count,
  from_stage: z.enum(STAGE_IDS),
  from_blocked: z.boolean(),
  to_stage: z.enum(STAGE_IDS),
  to_blocked: z.boolean(),
  to_blocker_reason: z.nullable(z.string()),
  changed_by: z.nullable(z.array(z.string())),
  compensating_event_id: z.nullable(z.string()),
  revert_id: z.nullable(z.string()),
  dry_run: z.boolean(),
});

export async function revertUserChanges(r: RevertRequest): Promise<RevertOutcome[]> {
  const client = await supabase();
  const response = await client.rpc("revert_user_changes", {
    p_request_id: r.requestId, p_user: r.userId, p_from: r.from.toISOString(), p_to: r.to.toISOString(),
    p_reason: r.reason, p_dry_run: r.dryRun,
  });
  if (response.error) throw new ApiError("revert_user_changes", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(rowSchema), data, "revert_user_changes").map((x) => ({
    parcelId: x.parcel_id, projectName: x.project_name, mapSheet: x.map_sheet, parcelNo: x.parcel_no, status: x.status, detail: x.detail, reversedEvents: x.reversed_events,
    fromStage: x.from_stage, fromBlocked: x.from_blocked, toStage: x.to_stage, toBlocked: x.to_blocked,
    toBlockerReason: x.to_blocker_reason, changedBy: x.changed_by ?? [], compensatingEventId: x.compensating_event_id,
    revertId: x.revert_id, dryRun: x.dry_run,
  }));
}

/** The revert; a real one refreshes every audit the page shows. */
export function useRevertUserChanges() {
  const queryClient = useQueryClient();
  const user = useSignedInUser();
  return useMutation({
    mutationKey: ["revert-user-changes"],
    mutationFn: revertUserChanges,
    onSuccess: (_rows, request) => request.dryRun ? undefined
      : queryClient.invalidateQueries({ queryKey: auditKey(user?.id ?? null) }),
  });
}
