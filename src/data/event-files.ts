// Photos and documents of events in Supabase Storage (private bucket 'event-files') and their
// record (record_event_file, parcel_files). The outbox sends a file after its events were applied:
// upload, then record, both safe to repeat; a network failure is thrown so the outbox retries.
// Reading gives the bytes as a Blob (a download with the caller's session), never markup.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { sendEventFileWith } from "@/data/event-files-send";
import { count, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { EVENT_FILES_BUCKET } from "@/domain/attachment-rules";
import type { EventFileRow, FileAnswer, OutboxFile } from "@/domain/attachment-types";

export { classifyUploadError, FileSendError, parseFileAnswer, sendEventFileWith } from "@/data/event-files-send";

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
