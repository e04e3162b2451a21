import { describe, it, expect } from "vitest";
import { MAX_IMPORT_FILE_BYTES, readImportFile } from "@/domain/outbox-import-file";

const USER = "11111111-1111-4111-8111-111111111111";

function entry(id: string, state: string, seq: number, user = USER, change: Record<string, unknown> = {}) {
  return { event: { event_id: id, parcel_id: "p1", expected_version: seq, ...change }, state, seq, batch_id: "b", user_id: user };
}

function payload(over: Record<string, unknown> = {}) {
  return JSON.stringify({
    user_id: USER, device_id: "d1", exported_at: "2026-12-08T02:03:04.000Z",
    events: [entry("e1", "pending", 1, USER, { to_stage: "plan_approved" }), entry("e2", "conflict", 2, USER, { note: "Đã ký", blocker: null }), entry("e3", "dropped", 3), entry("e4", "pending", 4, "22222222-2222-4222-8222-222222222222")],
    ...over,
  });
}

function fileText(over: Record<string, unknown> = {}) {
  return JSON.stringify({ format: "gpmb-outbox/2", payload: payload(), signature: "ab".repeat(32), files: [{ name: "biên bản.pdf", size: 1234, data_base64: "" }], ...over });
}

describe("readImportFile", () => {
  it("summarises a good file: who, which device, when, events by state and the files listed", () => {
    const reading = readImportFile(fileText());
    expect(reading).toMatchObject({ ok: true });
    if (!reading.ok) return;
    const { changes, ...rest } = reading.summary;
    expect(changes.get("e1")).toEqual({ toStage: "plan_approved", blocker: null, note: null });
    expect(changes.get("e2")).toEqual({ toStage: null, blocker: "", note: "Đã ký" });
    expect(changes.get("e3")).toEqual({ toStage: null, blocker: null, note: null });
    expect(rest).toEqual({
      userId: USER, deviceId: "d1", exportedAt: new Date("2026-12-08T02:03:04.000Z"), total: 4,
      byState: { pending: 2, sending: 0, conflict: 1, held: 0, denied: 0, invalid: 0, dropped: 1 }, otherUser: 1,
      files: [{ name: "biên bản.pdf", size: 1234 }], signed: true,
    });
    expect(reading.file.format).toBe("gpmb-outbox/2");
  });

  it("reads an unsigned file but says it is unsigned", () => {
    const reading = readImportFile(fileText({ signature: null }));
    expect(reading.ok && reading.summary.signed).toBe(false);
  });

  it.each([
    ["not_json", "{ not json"],
    ["not_object", "[1, 2]"],
    ["old_format", JSON.stringify({ format: "gpmb-outbox/1", events: [] })],
    ["wrong_format", JSON.stringify({ format: "something-else" })],
    ["no_payload", fileText({ payload: { user_id: USER } })],
    ["bad_signature", fileText({ signature: "xyz" })],
    ["payload_not_json", fileText({ payload: "{ broken" })],
    ["payload_incomplete", fileText({ payload: JSON.stringify({ user_id: USER, events: [] }) })],
    ["bad_user_or_time", fileText({ payload: payload({ user_id: "not-a-uuid" }) })],
    ["bad_user_or_time", fileText({ payload: payload({ exported_at: "yesterday" }) })],
    ["no_events", fileText({ payload: payload({ events: [] }) })],
    ["too_many_events", fileText({ payload: payload({ events: Array.from({ length: 5001 }, (_, i) => entry(`e${i}`, "pending", i)) }) })],
    ["bad_entry", fileText({ payload: payload({ events: [entry("e1", "pending", 1), { event: {}, state: "applied", seq: 2 }] }) })],
    ["bad_entry", fileText({ payload: payload({ events: [{ state: "pending", seq: 1 }] }) })],
    ["repeated_event", fileText({ payload: payload({ events: [entry("e1", "pending", 1), entry("e1", "held", 2)] }) })],
  ])("refuses a file with the problem %s", (problem, text) => {
    expect(readImportFile(text)).toMatchObject({ ok: false, problem });
  });

  it("names the entry that is malformed and the repeated event id", () => {
    expect(readImportFile(fileText({ payload: payload({ events: [entry("e1", "pending", 1), { event: {}, state: "applied", seq: 2 }] }) })))
      .toEqual({ ok: false, problem: "bad_entry", detail: "2" });
    expect(readImportFile(fileText({ payload: payload({ events: [entry("e1", "pending", 1), entry("e1", "held", 2)] }) })))
      .toEqual({ ok: false, problem: "repeated_event", detail: "e1" });
  });

  it("refuses a file over the size cap before reading it", () => {
    expect(readImportFile(fileText(), MAX_IMPORT_FILE_BYTES + 1)).toEqual({ ok: false, problem: "too_large" });
  });
});
