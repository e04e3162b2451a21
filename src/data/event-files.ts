// Photos and documents of events in Supabase Storage (private bucket 'event-files') and their
// record (record_event_file, parcel_files). The outbox sends a file after its events were applied:
// upload, then record, both safe to repeat; a network failure is thrown so the outbox retries.
// Reading gives the bytes as a Blob (a download with the caller's session), never markup.

import { useQuery } from "@tanstack/react-query";
import type { SupabaseClient } from "@supabase/supabase-js";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { count, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { EVENT_FILES_BUCKET, objectPath } from "@/domain/attachment-rules";
import type { EventFileRow, FileAnswer, OutboxFile } from "@/domain/attachment-types";

/** A storage error as storage-js reports it (StorageApiError or StorageUnknownError). */
interface StorageErrorLike {
  message: string;
  status?: number;
  statusCode?: string;
  code?: string;
  originalError?: unknown;
}

/** What an upload's error means for the file: already there, a refusal, or a reason to retry. */
export function classifyUploadError(error: StorageErrorLike): "exists" | FileAnswer | "retry" {
  const status = error.status ?? Number(error.statusCode ?? 0);
  const code = error.code ?? "";
  if (status === 409 || code === "ResourceAlreadyExists" || code === "Duplicate" || /already exists/i.test(error.message)) {
    return "exists";
  }
  // no HTTP answer (offline, timeout), a server failure, or an expired session: try again later
  if (!status || status >= 500 || status === 401 || status === 408 || status === 429) return "retry";
  if (status === 403 || /row-level security|unauthori[sz]ed|not allowed|access denied/i.test(error.message)) {
    return { status: "denied", code: "upload_denied", message: error.message };
  }
  if (status === 413 || /size|too large/i.test(error.message)) return { status: "invalid", code: "too_large", message: error.message };
  return { status: "invalid", code: "upload_refused", message: error.message };
}

const answerSchema = z.object({
  status: z.enum(["stored", "duplicate", "denied", "invalid"]),
  code: z.string(),
  message: z.string(),
});

/** Parses record_event_file's answer into a FileAnswer. */
export function parseFileAnswer(data: unknown): FileAnswer {
  const [answer] = parseRows(z.array(answerSchema), [data], "record_event_file");
  if (!answer) throw new Error("record_event_file gave no answer");
  if (answer.status === "stored" || answer.status === "duplicate") return { status: answer.status };
  return { status: answer.status, code: answer.code, message: answer.message };
}

/** A failure the outbox must retry: no answer, or not one to keep. */
export class FileSendError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = "FileSendError";
  }
}

/** sendEventFile with a given client (the API tests and the load script pass theirs). */
export async function sendEventFileWith(client: SupabaseClient, file: OutboxFile): Promise<FileAnswer> {
  // the bytes, not the Blob: storage-js sends a Blob as multipart form data, whose file part
  // @supabase/lite 0.10 does not find ("Missing file in multipart upload"); raw bytes work on both
  const bytes = await file.blob.arrayBuffer();
  const upload = await client.storage.from(EVENT_FILES_BUCKET)
    .upload(objectPath(file), bytes, { contentType: file.mime, upsert: false, cacheControl: "3600" });
  if (upload.error) {
    const meaning = classifyUploadError(upload.error);
    if (meaning === "retry") throw new FileSendError(`upload of ${file.file_id}: ${upload.error.message}`, upload.error);
    if (meaning !== "exists") return meaning;
  }
  const response = await client.rpc("record_event_file", {
    p_file: {
      file_id: file.file_id, name: file.name, mime: file.mime, kind: file.kind, size: file.size,
      event_ids: file.event_ids, parcel_ids: file.parcel_ids,
    },
  });
  if (response.error) {
    const error = new ApiError("record_event_file", response.error, response.status);
    // anon (no session any more) may not call it at all: a refusal to show, not to retry
    if (error.code === "42501") return { status: "denied", code: "not_signed_in", message: error.message };
    throw new FileSendError(error.message, error);
  }
  return parseFileAnswer(response.data as unknown);
}

/**
 * Sends one outbox file: uploads its bytes (an object already stored by an earlier try is fine),
 * then records it with its events. Throws when the server could not be reached or failed, so the
 * outbox tries again with the same file id.
 */
export async function sendEventFile(file: OutboxFile): Promise<FileAnswer> {
  return sendEventFileWith(await supabase(), file);
}

const rowsSchema = z.array(z.object({
  file_id: z.string(),
  name: z.string(),
  mime: z.string(),
  kind: z.enum(["photo", "document"]),
  size_bytes: count,
  object_path: z.string(),
  event_ids: z.array(z.string()),
  recorded_at: timestamptz,
}));

/** Parses parcel_files rows. */
export function parseParcelFiles(data: unknown): EventFileRow[] {
  return parseRows(rowsSchema, data, "parcel_files").map((r) => ({
    fileId: r.file_id, name: r.name, mime: r.mime, kind: r.kind, size: r.size_bytes, objectPath: r.object_path,
    eventIds: r.event_ids, recordedAt: r.recorded_at,
  }));
}

/** The recorded files of a parcel the caller may see (none for anyone else). */
export async function fetchParcelFiles(parcelId: string, signal?: AbortSignal): Promise<EventFileRow[]> {
  const client = await supabase();
  let request = client.rpc("parcel_files", { p_parcel_id: parcelId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcel_files", response.error, response.status);
  return parseParcelFiles(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The files of a parcel; `enabled` false (the caller may not see its private data) sends nothing. */
export function useParcelFiles(parcelId: string, enabled: boolean) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ["event-files", user?.id ?? "anon", parcelId] as const,
    queryFn: ({ signal }) => fetchParcelFiles(parcelId, signal),
    enabled: enabled && user !== null,
  });
}

/** The bytes of a stored file, downloaded with the caller's session. */
export async function downloadEventFile(path: string): Promise<Blob> {
  const client = await supabase();
  const { data, error } = await client.storage.from(EVENT_FILES_BUCKET).download(path);
  if (error) throw new Error(`download of ${path}: ${error.message}`);
  return data;
}
