// Writes the answers of one call in one strict transaction: applied and duplicate events leave
// the entries (a log line is kept and their files learn it), conflict/denied/invalid are parked
// with the answer and hold their parcel's later events, and events the call did not settle
// (conflict "busy": the parcel was locked by another writer; no answer at all) go back to pending.

import type { EventAnswer } from "@/domain/parcel-event-answers";
import type { OutboxEntry } from "@/domain/outbox-entry";
import type { IDBPObjectStore } from "idb";
import type { OutboxDb, OutboxSchema } from "@/data/outbox/outbox-db";
import { STRICT } from "@/data/outbox/outbox-db";
import type { LogRecord, RunResult } from "@/data/outbox/outbox-types";

/** Pairs answers with the sent entries: by event id, else by position (answers come in input order). */
export function pairAnswers(sent: readonly OutboxEntry[], answers: readonly EventAnswer[]): Map<string, EventAnswer> {
  const byId = new Map(sent.map((e) => [e.event_id, e]));
  const paired = new Map<string, EventAnswer>();
  answers.forEach((answer, index) => {
    const entry = (answer.event_id !== null ? byId.get(answer.event_id) : undefined) ?? sent[index];
    if (entry && !paired.has(entry.event_id)) paired.set(entry.event_id, answer);
  });
  return paired;
}

/** A conflict that says nothing about the parcel's state: try again later. */
const isTransient = (answer: EventAnswer) => answer.status === "conflict" && answer.code === "busy";

export async function storeAnswers(
  db: OutboxDb, sent: readonly OutboxEntry[], answers: readonly EventAnswer[], { now, logKeep }: { now: number; logKeep: number },
): Promise<{ answered: RunResult["answered"]; retry: number }> {
  const paired = pairAnswers(sent, answers);
  const answered = { applied: 0, duplicate: 0, conflict: 0, denied: 0, invalid: 0 };
  let retry = 0;
  const tx = db.transaction(["entries", "log", "files", "meta"], "readwrite", STRICT);
  const entries = tx.objectStore("entries");
  const log = tx.objectStore("log");
  const [all, files, lastN] = await Promise.all([entries.getAll(), tx.objectStore("files").getAll(), tx.objectStore("meta").get("logN")]);
  let n = lastN ?? 0;
  const byId = new Map(all.map((e) => [e.event_id, e]));
  const writes: Promise<unknown>[] = [];
  const applied = new Set<string>();
  for (const sentEntry of sent) {
    const entry = byId.get(sentEntry.event_id);
    if (entry?.state !== "sending") continue; // settled meanwhile (another sender after a lost lock)
    const answer = paired.get(entry.event_id);
    if (!answer || isTransient(answer)) {
      retry++;
      writes.push(entries.put({ ...entry, state: "pending" }));
      continue;
    }
    answered[answer.status]++;
    if (answer.status === "applied" || answer.status === "duplicate") {
      applied.add(entry.event_id);
      const line: LogRecord = {
        event_id: entry.event_id, seq: entry.seq, n: ++n, batch_id: entry.batch_id, parcel_id: entry.parcel_id,
        user_id: entry.user_id, event: entry.event, status: answer.status,
        // an applied event always gives its parcel expected_version + 1
        version: entry.event.expected_version + 1, at: now, meta: entry.meta,
      };
      writes.push(entries.delete(entry.event_id), log.put(line));
      continue;
    }
    const parked: OutboxEntry = {
      ...entry, state: answer.status,
      answer: { status: answer.status, code: answer.code, message: answer.message, version: answer.version, at: now },
    };
    writes.push(entries.put(parked));
    for (const later of all) {
      if (later.parcel_id === entry.parcel_id && later.seq > entry.seq && later.state === "pending") {
        writes.push(entries.put({ ...later, state: "held" }));
      }
    }
  }
  for (const file of files) {
    const ids = file.event_ids.filter((id) => applied.has(id) && !file.applied_event_ids.includes(id));
    if (ids.length > 0) writes.push(tx.objectStore("files").put({ ...file, applied_event_ids: [...file.applied_event_ids, ...ids] }));
  }
  if (retry < sent.length) writes.push(tx.objectStore("meta").put(now, "lastSyncAt"));
  writes.push(tx.objectStore("meta").put(n, "logN"));
  writes.push(trimLog(log, logKeep));
  await Promise.all([...writes, tx.done]);
  return { answered, retry };
}

type LogStore = IDBPObjectStore<OutboxSchema, ("entries" | "log" | "files" | "meta")[], "log", "readwrite">;

/** Keeps the newest `keep` lines of the log (requests run in order: the count sees the lines put before it). */
async function trimLog(log: LogStore, keep: number): Promise<void> {
  let excess = (await log.count()) - keep;
  if (excess <= 0) return;
  let cursor = await log.index("n").openCursor();
  while (cursor && excess > 0) {
    await cursor.delete();
    excess--;
    cursor = await cursor.continue();
  }
}
