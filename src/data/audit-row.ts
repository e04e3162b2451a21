// One row of audit_parcel() and audit_user(): an event with its parcel, who recorded it and from
// which device, the parcel's state before and after, and its links (the event it reverses, the
// events that reversed it, the revert it belongs to and that revert's reason).

import { z } from "zod/mini";
import { count, timestamptz } from "@/data/parse";
import { STAGE_IDS } from "@/domain/stages";
import type { AuditEvent } from "@/domain/audit-types";

export const auditRowSchema = z.object({
  event_id: z.string(),
  parcel_id: z.string(),
  project_name: z.string(),
  admin_unit_id: z.string(),
  admin_unit_name: z.nullable(z.string()),
  map_sheet: z.nullable(z.string()),
  parcel_no: z.nullable(z.string()),
  actor: z.nullable(z.string()),
  actor_email: z.nullable(z.string()),
  device_id: z.nullable(z.string()),
  occurred_at: timestamptz,
  recorded_at: timestamptz,
  version: count,
  before_stage: z.enum(STAGE_IDS),
  before_blocked: z.boolean(),
  before_blocker_reason: z.nullable(z.string()),
  after_stage: z.enum(STAGE_IDS),
  after_blocked: z.boolean(),
  after_blocker_reason: z.nullable(z.string()),
  after_blocker_responsible: z.nullable(z.string()),
  note: z.nullable(z.string()),
  reverts_event_id: z.nullable(z.string()),
  reverted_by: z.nullable(z.array(z.string())),
  revert_id: z.nullable(z.string()),
  revert_reason: z.nullable(z.string()),
});

/** The API row as the domain's AuditEvent. */
export function toAuditEvent(r: z.output<typeof auditRowSchema>): AuditEvent {
  return {
    eventId: r.event_id,
    parcelId: r.parcel_id,
    projectName: r.project_name,
    adminUnitId: r.admin_unit_id,
    adminUnitName: r.admin_unit_name,
    mapSheet: r.map_sheet,
    parcelNo: r.parcel_no,
    actorId: r.actor,
    actorEmail: r.actor_email,
    deviceId: r.device_id,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
    version: r.version,
    before: { stage: r.before_stage, blocked: r.before_blocked, blockerReason: r.before_blocker_reason },
    after: { stage: r.after_stage, blocked: r.after_blocked, blockerReason: r.after_blocker_reason },
    blockerResponsible: r.after_blocker_responsible,
    note: r.note,
    revertsEventId: r.reverts_event_id,
    revertedBy: r.reverted_by ?? [],
    revertId: r.revert_id,
    revertReason: r.revert_reason,
  };
}
