import { describe, it, expect } from "vitest";
import { createHmac } from "node:crypto";
import type { OutboxEntry, StoredFile } from "@/data/outbox/outbox-types";
import { EXPORT_FORMAT, buildExportBody } from "@/data/outbox/outbox-export-file";

const USER = "11111111-1111-4111-8111-111111111111";
const KEY = "0f".repeat(32);
const NOW = new Date("2026-12-08T02:03:04.000Z");

const entry: OutboxEntry = {
  event_id: "e1", seq: 3, parcel_id: "p1", batch_id: "b1", user_id: USER, state: "pending", created_at: Date.parse("2026-12-08T01:00:00Z"),
  attempts: 1, event: { event_id: "e1", parcel_id: "p1", expected_version: 4, note: "Hộ dân đồng ý – ký biên bản", device_id: "d1" },
};
const file: StoredFile = {
  file_id: "f1", name: "biên bản.pdf", mime: "application/pdf", kind: "document", size: 3, blob: new Blob(["abc"]),
  event_ids: ["e1"], parcel_ids: ["p1"], state: "waiting", applied_event_ids: [], created_at: 0,
};

describe("the outbox export file", () => {
  it("signs the payload's UTF-8 bytes with HMAC-SHA256 under the device key", async () => {
    const body = await buildExportBody({ entries: [entry], files: [file] }, { userId: USER, deviceId: "d1", now: NOW, key: KEY });
    expect(body.format).toBe(EXPORT_FORMAT);
    expect(body.signature).toBe(createHmac("sha256", Buffer.from(KEY, "hex")).update(body.payload, "utf8").digest("hex"));
    expect(JSON.parse(body.payload)).toEqual({
      user_id: USER, device_id: "d1", exported_at: NOW.toISOString(),
      events: [{
        event: entry.event, state: "pending", seq: 3, batch_id: "b1", user_id: USER, created_at: "2026-12-08T01:00:00.000Z",
        attempts: 1, answer: null, dropped_at: null, replaces: null,
      }],
    });
    expect(body.files).toEqual([expect.objectContaining({ file_id: "f1", name: "biên bản.pdf", size: 3, data_base64: "YWJj" })]);
  });

  it("leaves the file unsigned when the device has no key", async () => {
    const body = await buildExportBody({ entries: [entry], files: [] }, { userId: USER, deviceId: "d1", now: NOW, key: null });
    expect(body.signature).toBeNull();
    expect(JSON.parse(body.payload)).toMatchObject({ user_id: USER, events: [expect.objectContaining({ seq: 3 })] });
  });
});
