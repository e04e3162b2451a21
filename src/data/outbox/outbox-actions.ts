// What the officer's UI does with the outbox: save a plan (resolves once it is on disk), read an
// action's answers as they come, undo one's last change, re-apply or drop a problem.

import { deviceId } from "@/data/device-id";
import { getServerParcel } from "@/data/parcel-store";
import { outbox, kick } from "@/data/outbox/outbox";
import type { OutboxEntry } from "@/data/outbox/outbox-types";
import type { PreparedFile } from "@/domain/attachment-types";
import type { OutboxEvent } from "@/domain/outbox-entry";
import type { ChangeMeta } from "@/domain/outbox-undo";
import { planUndoOfLines } from "@/domain/outbox-undo";
import type { ActionParcel, ActionPlan } from "@/domain/parcel-actions";
import { newEventId } from "@/domain/parcel-actions";
import type { EventAnswer } from "@/domain/parcel-event-answers";


/** The part of a parcel an undo needs, without its geometry (kept small in IndexedDB). */
export function actionParcel(p: ActionParcel): ActionParcel {
  return {
    id: p.id, stage: p.stage, version: p.version, areaM2: p.areaM2, blocked: p.blocked,
    ...(p.blockerReason !== undefined ? { blockerReason: p.blockerReason } : {}),
    ...(p.blockerResponsible !== undefined ? { blockerResponsible: p.blockerResponsible } : {}),
  };
}

/**
 * Writes the plan's events to the outbox and resolves with the action's id once they are on disk
 * (a strict transaction): only then may the UI say "saved on this device". `undoes`: the action
 * an undo compensates, with the event each compensating event reverts.
 */
export async function savePlan(
  plan: ActionPlan,
  undo?: { batchId: string; reverts: ReadonlyMap<string, string> },
  files: readonly PreparedFile[] = [],
): Promise<string> {
  const batchId = newEventId();
  const items = plan.changes.map((change) => {
    const reverts = undo?.reverts.get(change.event.event_id);
    // record_parcel_events keeps both (migration 20261207090000) for the audit
    const event: OutboxEvent = { ...change.event, device_id: deviceId(), ...(reverts ? { reverts_event_id: reverts } : {}) };
    const meta: ChangeMeta = {
      before: actionParcel(change.before), move: change.move, kind: plan.action.kind,
      ...(undo ? { undoes: undo.batchId } : {}),
    };
    return { event, batch_id: batchId, meta };
  });
  // each file documents every event of the action, and is sent once they are all applied
  const eventIds = items.map((i) => i.event.event_id);
  const parcelIds = items.map((i) => i.event.parcel_id);
  await outbox().enqueue(items, eventIds.length > 0 ? files.map((f) => ({ ...f, event_ids: eventIds, parcel_ids: parcelIds })) : []);
  kick();
  return batchId;
}

/** An action's answers so far, by the events it was planned with; `waiting` counts those without one. */
export async function readBatchAnswers(batchId: string): Promise<{ answers: EventAnswer[]; waiting: number }> {
  const { entries, lines } = await outbox().batch(batchId);
  // a re-applied event has a new id: answer it under the id it was planned with
  const original = new Map<string, string>();
  for (const line of lines) if (line.status === "reapplied" && line.replaced_by) original.set(line.replaced_by, line.event_id);
  const planned = (id: string) => {
    let at = id;
    while (original.has(at)) at = original.get(at)!;
    return at;
  };
  const answers: EventAnswer[] = [];
  for (const line of lines) {
    if (line.status === "reapplied") continue;
    answers.push({ event_id: planned(line.event_id), status: line.status, version: line.version, code: line.status, message: "" });
  }
  let waiting = 0;
  for (const entry of entries) {
    if (entry.answer && entry.state !== "held") {
      const { status, version, code, message } = entry.answer;
      answers.push({ event_id: planned(entry.event_id), status, version, code, message });
    } else if (entry.state !== "dropped") waiting++;
  }
  return { answers, waiting };
}

/** The undo of the last change this user made on this device, or why there is none. */
export type LastChange =
  | { readonly state: "none" }
  | { readonly state: "waiting" } // its events are not all answered yet
  | { readonly state: "ready"; readonly batchId: string; readonly plan: ActionPlan; readonly reverts: ReadonlyMap<string, string> };

/** Reads the last answered action of `userId` from the log and plans its undo. */
export async function readLastChange(userId: string): Promise<LastChange> {
  const box = outbox();
  const [last] = (await box.log(50)).filter((l) => l.user_id === userId && l.status !== "reapplied");
  if (!last) return { state: "none" };
  const { entries, lines } = await box.batch(last.batch_id);
  if (entries.some((e) => e.state === "pending" || e.state === "sending" || e.state === "held")) return { state: "waiting" };
  const undo = planUndoOfLines(lines);
  return undo ? { state: "ready", batchId: last.batch_id, ...undo } : { state: "none" };
}

/** The version to build on for a parked entry: the newest the store or the answer knows. */
function currentVersion(entry: OutboxEntry): number {
  const known = getServerParcel(entry.parcel_id)?.version ?? 0;
  return Math.max(known, entry.answer?.version ?? 0, 1);
}

/** Re-applies a conflict on top of the parcel as it is now (a new event). */
export async function reapplyProblem(entry: OutboxEntry): Promise<void> {
  const parcel = getServerParcel(entry.parcel_id);
  const meta = entry.meta as ChangeMeta | undefined;
  const version = currentVersion(entry);
  await outbox().reapply(entry.event_id, {
    version,
    meta: parcel && meta ? { ...meta, before: actionParcel({ ...parcel, version }) } : entry.meta,
  });
  kick();
}

/** Drops a problem (kept as dropped, in the export); the parcel's held events go on. */
export async function dropProblem(entry: OutboxEntry): Promise<void> {
  await outbox().drop(entry.event_id, { version: currentVersion(entry) });
  kick();
}
