// "Xuất thay đổi chưa gửi": the unsent events (also parked and dropped ones, with their answers)
// and their files as one JSON file an administrator can import as a last resort, signed with
// this device's key (device-key.ts) so the import can trust it is the officer's own work.

import { deviceId } from "@/data/device-id";
import { deviceKeyFor } from "@/data/outbox/device-key";
import { outbox } from "@/data/outbox/outbox";
import { buildExportBody } from "@/data/outbox/outbox-export-file";

/** A built export: the file, how many events it holds, and whether an admin can import it. */
export interface UnsentExportFile {
  readonly name: string;
  readonly blob: Blob;
  readonly events: number;
  /** False when this device never received its key while online: the import refuses the file. */
  readonly signed: boolean;
}

/** The export as a file ready to download. */
export async function buildUnsentExport(userId: string | null, now = new Date()): Promise<UnsentExportFile> {
  const held = await outbox().exportUnsent();
  const key = userId ? deviceKeyFor(userId) : null;
  const body = await buildExportBody(held, { userId, deviceId: deviceId(), now, key });
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return {
    name: `gpmb-thay-doi-chua-gui-${stamp}.json`,
    blob: new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }),
    events: held.entries.length,
    signed: body.signature !== null,
  };
}
