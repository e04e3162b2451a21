// The types the outbox core (outbox-core.ts) is driven with: files, answers, the clock, the log.

import type { FileAnswer, OutboxFile } from "@/domain/attachment-types";
import type { EventAnswer } from "@/domain/parcel-event-answers";
import type { EntryState, OutboxCounts, OutboxEntry, OutboxEvent } from "@/domain/outbox-entry";

// The files' own types are the attachments' (src/domain/attachment-types.ts): one shape for the
// picker, the outbox and the sender.
export type { FileAnswer, OutboxFile, PreparedFile } from "@/domain/attachment-types";

/** Where a kept file is: waiting for its events (then sent), parked with an answer, or given up. */
export type FileState = "waiting" | "denied" | "invalid" | "dropped";

/** A file as the outbox stores it. */
export interface StoredFile extends OutboxFile {
  readonly state: FileState;
  /** Its events the server has applied; the file is sent once all of them are. */
  readonly applied_event_ids: readonly string[];
  readonly created_at: number;
  readonly answer?: { readonly code: string; readonly message: string; readonly at: number };
}

/** Time as the outbox sees it; tests hand it a fake. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Sends events (at most one per parcel, at most `maxBatch`) and returns the answers; throws on network errors. */
export type SendEvents = (events: OutboxEvent[]) => Promise<EventAnswer[]>;
/** Sends one file after its events are applied; throws on network errors. */
export type SendFile = (file: OutboxFile) => Promise<FileAnswer>;
/** Runs `fn` while holding the right to send (e.g. a Web Lock); only one holder at a time. */
export type Lock = <T>(fn: () => Promise<T>) => Promise<T>;

/** What the officer asked for: one event with what the app keeps beside it. */
export interface OutboxItem {
  readonly event: OutboxEvent;
  /** Defaults to one fresh batch per enqueue call. */
  readonly batch_id?: string;
  readonly meta?: unknown;
}

/** A line of the log of answered events (recent ones: "undo my last change", "last sync"). */
export interface LogRecord {
  readonly event_id: string;
  readonly seq: number;
  /** The order lines were written in (answers do not come in seq order across parcels). */
  readonly n: number;
  readonly batch_id: string;
  readonly parcel_id: string;
  readonly user_id: string | null;
  readonly event: OutboxEvent;
  /** applied / duplicate: the server holds it; reapplied: replaced by `replaced_by` after a conflict. */
  readonly status: "applied" | "duplicate" | "reapplied";
  /** The version the event gave the parcel (applied, duplicate), else null. */
  readonly version: number | null;
  readonly at: number;
  readonly replaced_by?: string;
  readonly meta?: unknown;
}

/** The outbox's state for the status line. */
export interface OutboxStatus extends OutboxCounts {
  /** When the server last answered a call (ms), or null. */
  readonly lastSyncAt: number | null;
  /** When the next try is due after failures (ms), or null. */
  readonly nextAttemptAt: number | null;
  /** Failed calls in a row. */
  readonly failures: number;
  readonly lastError: string | null;
  /** Files waiting to be sent, and parked ones. */
  readonly filesWaiting: number;
  readonly fileProblems: number;
}

/** What one runOnce did. */
export interface RunResult {
  /** Events the call carried (0 when there was nothing to send, or it was too early). */
  readonly sent: number;
  readonly answered: Readonly<Record<EventAnswer["status"], number>>;
  /** True when the call failed (network, timeout, bad answer): its events are pending again. */
  readonly failed: boolean;
  /** Files sent in this run. */
  readonly filesSent: number;
  /** True when more could be sent at once (another parcel's next event, a bigger queue). */
  readonly more: boolean;
}

/** A parked problem with the number of later events of its parcel held behind it. */
export interface OutboxProblem extends OutboxEntry {
  readonly held: number;
}

/** The unsent entries and files, for the export. */
export interface UnsentExport {
  readonly entries: readonly OutboxEntry[];
  readonly files: readonly StoredFile[];
}

export type { EntryState, OutboxEntry, OutboxEvent };
