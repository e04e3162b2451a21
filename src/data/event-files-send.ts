// Sending one photo or document of events: upload its bytes to the private bucket (an object
// already stored by an earlier try is fine), then record it with record_event_file. Apart from
// event-files.ts (the app's client and the panel's reads) so that Node hosts with their own client,
// such as the load script, use the same code.

import type { SupabaseClient } from "@supabase/supabase-js";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { EVENT_FILES_BUCKET, objectPath } from "@/domain/attachment-rules";
import type { FileAnswer, OutboxFile } from "@/domain/attachment-types";

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
