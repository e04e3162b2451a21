// "Xuất thay đổi chưa gửi": the unsent events (also parked and dropped ones, with their answers)
// and their files as one JSON file an administrator can import as a last resort.

import { deviceId } from "@/data/device-id";
import { outbox } from "@/data/outbox/outbox";

/** The export's format tag: an importer checks it. */
export const EXPORT_FORMAT = "gpmb-outbox/1";

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  // in slices: String.fromCharCode takes a bounded number of arguments
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The export as a file ready to download. */
export async function buildUnsentExport(userId: string | null, now = new Date()): Promise<{ name: string; blob: Blob; events: number }> {
  const { entries, files } = await outbox().exportUnsent();
  const body = {
    format: EXPORT_FORMAT,
    user_id: userId,
    device_id: deviceId(),
    exported_at: now.toISOString(),
    events: entries.map((e) => ({
      event: e.event, state: e.state, seq: e.seq, batch_id: e.batch_id, user_id: e.user_id,
      created_at: new Date(e.created_at).toISOString(), attempts: e.attempts, answer: e.answer ?? null,
      dropped_at: e.dropped_at ? new Date(e.dropped_at).toISOString() : null, replaces: e.replaces ?? null,
    })),
    files: await Promise.all(files.map(async ({ blob, ...file }) => ({ ...file, data_base64: await base64(blob) }))),
  };
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return {
    name: `gpmb-thay-doi-chua-gui-${stamp}.json`,
    blob: new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }),
    events: entries.length,
  };
}

/** Builds the export and has the browser download it. */
export async function downloadUnsentExport(userId: string | null): Promise<number> {
  const { name, blob, events } = await buildUnsentExport(userId);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return events;
}
