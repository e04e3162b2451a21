// The "gpmb-outbox/2" export file: the unsent events as a signed payload, and their files beside it.
// The payload is kept as the exact JSON text that was signed (a string inside the file), so the
// server checks the signature over the very bytes the device signed, whatever an editor or a
// JSON library does to the outer file's spacing.

import type { UnsentExport } from "@/data/outbox/outbox-types";

/** The export's format tag: the importer checks it. */
export const EXPORT_FORMAT = "gpmb-outbox/2";

/** Who exported what, where and when: what the payload signs besides the events. */
export interface ExportSource {
  readonly userId: string | null;
  readonly deviceId: string;
  readonly now: Date;
  /** This (user, device)'s signing key as 64 hex characters; null leaves the file unsigned. */
  readonly key: string | null;
}

/** The export file's object, as written to disk. */
export interface ExportFileBody {
  readonly format: typeof EXPORT_FORMAT;
  readonly payload: string;
  readonly signature: string | null;
  readonly files: readonly unknown[];
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  // in slices: String.fromCharCode takes a bounded number of arguments
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Lowercase hex HMAC-SHA256 of the UTF-8 bytes of `text` under the hex `key`. */
export async function hmacHex(key: string, text: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey("raw", hexBytes(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, new TextEncoder().encode(text)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The export file's object for what the outbox holds, signed when the source has a key. */
export async function buildExportBody({ entries, files }: UnsentExport, source: ExportSource): Promise<ExportFileBody> {
  const payload = JSON.stringify({
    user_id: source.userId,
    device_id: source.deviceId,
    exported_at: source.now.toISOString(),
    events: entries.map((e) => ({
      event: e.event, state: e.state, seq: e.seq, batch_id: e.batch_id, user_id: e.user_id,
      created_at: new Date(e.created_at).toISOString(), attempts: e.attempts, answer: e.answer ?? null,
      dropped_at: e.dropped_at ? new Date(e.dropped_at).toISOString() : null, replaces: e.replaces ?? null,
    })),
  });
  return {
    format: EXPORT_FORMAT,
    payload,
    signature: source.key ? await hmacHex(source.key, payload) : null,
    files: await Promise.all(files.map(async ({ blob, ...file }) => ({ ...file, data_base64: await base64(blob) }))),
  };
}
