// Reading an officer's "Xuất thay đổi chưa gửi" file (gpmb-outbox/2) on the admin's page before
// anything is sent: the checks the server makes on the file's shape, done here first so a wrong
// file is named at once, and a summary of what it holds. The signature itself is checked by the
// server only (the key never leaves it).

/** The largest file the page reads: photos travel in it as base64, and the browser holds it whole. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** The most events one import takes (as import_outbox_file). */
export const MAX_IMPORT_EVENTS = 5000;

/** The outbox entry states a file may hold (EntryState of outbox-entry.ts, as the server checks them). */
export const IMPORT_ENTRY_STATES = ["pending", "sending", "conflict", "held", "denied", "invalid", "dropped"] as const;
export type ImportEntryState = (typeof IMPORT_ENTRY_STATES)[number];

/** Why a chosen file cannot be imported; the page words each one. */
export type ImportFileProblem =
  | "too_large" | "not_json" | "not_object" | "old_format" | "wrong_format" | "no_payload" | "bad_signature" | "payload_not_json" | "payload_incomplete" | "bad_user_or_time" | "no_events" | "too_many_events"
  | "bad_entry" | "repeated_event";

/** A photo or document listed in the file (not imported: it must be attached again by hand). */
export interface ImportFileAttachment {
  readonly name: string;
  readonly size: number | null;
}

/** What one event of the file asks for, to say it beside the import's outcome. */
export interface ImportedChange {
  /** A stage id as the file names it (the server checks it). */
  readonly toStage: string | null;
  /** The blocker's reason when set; "" when the event clears it; null when it leaves it. */
  readonly blocker: string | null;
  readonly note: string | null;
}

/** What a well-formed file holds, for the admin to check before importing it. */
export interface ImportFileSummary {
  readonly userId: string;
  readonly deviceId: string;
  readonly exportedAt: Date;
  readonly total: number;
  readonly byState: Readonly<Record<ImportEntryState, number>>;
  /** Entries made by another user of the same device: the import does not send them. */
  readonly otherUser: number;
  readonly files: readonly ImportFileAttachment[];
  /** Each event's change, by event id. */
  readonly changes: ReadonlyMap<string, ImportedChange>;
  /** False for a device that had no key: shown, so the admin can tell the officer, but refused by the import. */
  readonly signed: boolean;
}

/** The file read: its summary and the object to send, or the first problem found. */
export type ImportFileReading =
  | { readonly ok: true; readonly summary: ImportFileSummary; readonly file: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problem: ImportFileProblem; readonly detail?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGNATURE = /^[0-9a-f]{64}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function fail(problem: ImportFileProblem, detail?: string): ImportFileReading {
  return detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };
}

function changeOf(event: Record<string, unknown>): ImportedChange {
  const blocker = event.blocker === null ? "" : isRecord(event.blocker) && typeof event.blocker.reason === "string" ? event.blocker.reason : null;
  return {
    toStage: typeof event.to_stage === "string" ? event.to_stage : null,
    blocker,
    note: typeof event.note === "string" ? event.note : null,
  };
}

function attachments(files: unknown): ImportFileAttachment[] {
  if (!Array.isArray(files)) return [];
  return files.filter(isRecord).map((f) => ({
    name: typeof f.name === "string" ? f.name : "",
    size: typeof f.size === "number" && Number.isFinite(f.size) ? f.size : null,
  }));
}

/**
 * Reads a chosen file's text (`bytes`: its size on disk, when known). Checks, in the server's
 * order: JSON, format (an old unsigned /1 file has its own problem), the signature's form, the
 * payload's JSON and fields, the events' count and shape, and repeated event ids. An unsigned /2
 * file is read (summary.signed false): the page shows whose it is and why it cannot be imported.
 */
export function readImportFile(text: string, bytes: number = text.length): ImportFileReading {
  if (bytes > MAX_IMPORT_FILE_BYTES) return fail("too_large");
  const outer = parseJson(text);
  if (!outer.ok) return fail("not_json");
  const file = outer.value;
  if (!isRecord(file)) return fail("not_object");
  if (file.format === "gpmb-outbox/1") return fail("old_format");
  if (file.format !== "gpmb-outbox/2") return fail("wrong_format");
  if (typeof file.payload !== "string") return fail("no_payload");
  const signed = file.signature !== null && file.signature !== undefined;
  if (signed && (typeof file.signature !== "string" || !SIGNATURE.test(file.signature))) return fail("bad_signature");
  const inner = parseJson(file.payload);
  if (!inner.ok) return fail("payload_not_json");
  const payload = inner.value;
  if (!isRecord(payload) || !Array.isArray(payload.events) || typeof payload.user_id !== "string"
      || typeof payload.device_id !== "string" || typeof payload.exported_at !== "string") return fail("payload_incomplete");
  const exportedAt = new Date(payload.exported_at);
  if (!UUID.test(payload.user_id) || Number.isNaN(exportedAt.getTime())) return fail("bad_user_or_time");
  const events: unknown[] = payload.events;
  if (events.length === 0) return fail("no_events");
  if (events.length > MAX_IMPORT_EVENTS) return fail("too_many_events", String(events.length));

  const byState = Object.fromEntries(IMPORT_ENTRY_STATES.map((s) => [s, 0])) as Record<ImportEntryState, number>;
  const changes = new Map<string, ImportedChange>();
  let otherUser = 0;
  for (const [i, entry] of events.entries()) {
    const state = isRecord(entry) ? entry.state : undefined;
    if (!isRecord(entry) || !isRecord(entry.event) || typeof entry.seq !== "number"
        || !(IMPORT_ENTRY_STATES as readonly unknown[]).includes(state)) return fail("bad_entry", String(i + 1));
    const eventId = typeof entry.event.event_id === "string" ? entry.event.event_id : "";
    if (changes.has(eventId)) return fail("repeated_event", eventId);
    changes.set(eventId, changeOf(entry.event));
    byState[state as ImportEntryState]++;
    if (typeof entry.user_id === "string" && entry.user_id !== payload.user_id) otherUser++;
  }
  return {
    ok: true,
    file,
    summary: {
      userId: payload.user_id, deviceId: payload.device_id, exportedAt, total: events.length, byState, otherUser,
      files: attachments(file.files), changes, signed,
    },
  };
}
