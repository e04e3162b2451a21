// Photos and documents of events through the real HTTP API (/storage/v1 and record_event_file):
// an officer of the area uploads and reads them back; another area's officer and anon cannot;
// a leader reads; a retry after a lost answer records nothing twice.
import { randomUUID } from "node:crypto";
import { describe, it, expect, beforeAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, sql, type World } from "./support/fixtures";
import { event, record } from "./support/events";
import { sendEventFileWith } from "@/data/event-files";
import { API_URL, PUBLISHABLE_KEY } from "./support/env";
import { createClient } from "@supabase/supabase-js";

const BUCKET = "event-files";
// a 1×1 JPEG is not needed: the server checks the type by the declared mime and the bucket's list
const BYTES = new Uint8Array(2048).map((_, i) => i % 251);

let world: World;
let officer: SupabaseClient;
let otherOfficer: SupabaseClient;
let leader: SupabaseClient;

interface FileAnswer { status: string; code: string; message: string }

async function recordFile(client: SupabaseClient, file: Record<string, unknown>): Promise<FileAnswer> {
  const { data, error } = await client.rpc("record_event_file", { p_file: file });
  if (error) throw new Error(`record_event_file failed: ${error.message}`);
  return data as FileAnswer;
}

/** An applied event on the parcel, and a file description for it. */
async function fileFor(parcelId: string, client = officer) {
  const ev = event(parcelId, 1, { to_stage: "dialogue" });
  const [answer] = await record(client, [ev]);
  expect(answer!.status).toBe("applied");
  const fileId = randomUUID();
  return {
    path: `${parcelId}/${fileId}.jpg`,
    file: { file_id: fileId, name: "Biên bản kiểm đếm.jpg", mime: "image/jpeg", kind: "photo", size: BYTES.byteLength,
            event_ids: [ev.event_id], parcel_ids: [parcelId] },
  };
}

beforeAll(async () => {
  world = await createWorld(5);
  officer = await signedIn(world.users.officerVanGiang);
  otherOfficer = await signedIn(world.users.officerVanLam);
  leader = await signedIn(world.users.leader);
});

describe("event files: upload, record, read", () => {
  it("an officer of the area uploads, records and reads a photo back; a retry is 'duplicate'", async () => {
    const parcelId = world.vanGiang[0]!;
    const { path, file } = await fileFor(parcelId);
    const up = await officer.storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" });
    expect(up.error).toBeNull();
    expect(await recordFile(officer, file)).toMatchObject({ status: "stored" });
    // the lost answer: the same upload again is refused as existing, the same record is a duplicate
    const again = await officer.storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" });
    expect(again.error).not.toBeNull();
    expect(await recordFile(officer, file)).toMatchObject({ status: "duplicate" });
    const [{ n }] = await sql<[{ n: number }]>`select count(*)::int as n from public.event_files where id = ${file.file_id}`;
    expect(n).toBe(1);

    const { data: rows, error } = await officer.rpc("parcel_files", { p_parcel_id: parcelId });
    expect(error).toBeNull();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file_id: file.file_id, name: "Biên bản kiểm đếm.jpg", object_path: path });

    const down = await officer.storage.from(BUCKET).download(path);
    expect(down.error).toBeNull();
    expect(new Uint8Array(await down.data!.arrayBuffer())).toEqual(BYTES);
    const signed = await officer.storage.from(BUCKET).createSignedUrl(path, 60);
    expect(signed.error).toBeNull();
    const viaUrl = await fetch(signed.data!.signedUrl);
    expect(viaUrl.status).toBe(200);

    const leaderDown = await leader.storage.from(BUCKET).download(path);
    expect(leaderDown.error).toBeNull();
    expect((await leader.rpc("parcel_files", { p_parcel_id: parcelId })).data).toHaveLength(1);
  });

  it("another area's officer and anon can neither read nor list nor sign the file", async () => {
    const parcelId = world.vanGiang[1]!;
    const { path, file } = await fileFor(parcelId);
    expect((await officer.storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" })).error).toBeNull();
    expect((await recordFile(officer, file)).status).toBe("stored");
    for (const client of [otherOfficer, anonClient()]) {
      expect((await client.storage.from(BUCKET).download(path)).error).not.toBeNull();
      expect((await client.storage.from(BUCKET).createSignedUrl(path, 60)).error).not.toBeNull();
      const listed = await client.storage.from(BUCKET).list(parcelId);
      expect(listed.data ?? []).toHaveLength(0);
    }
    expect((await otherOfficer.rpc("parcel_files", { p_parcel_id: parcelId })).data).toHaveLength(0);
    expect((await anonClient().rpc("parcel_files", { p_parcel_id: parcelId })).error).not.toBeNull();
    const { data: direct } = await otherOfficer.from("event_files").select("id").eq("id", file.file_id);
    expect(direct ?? []).toHaveLength(0);
  });

  it("another area's officer and anon cannot upload to the parcel, nor record a file on it", async () => {
    const parcelId = world.vanGiang[2]!;
    const { path, file } = await fileFor(parcelId);
    expect((await otherOfficer.storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" })).error).not.toBeNull();
    expect((await anonClient().storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" })).error).not.toBeNull();
    expect(await recordFile(otherOfficer, file)).toMatchObject({ status: "denied", code: "not_officer_of_area" });
    expect((await anonClient().rpc("record_event_file", { p_file: file })).error).not.toBeNull();
    // the leader reads but does not add
    expect((await leader.storage.from(BUCKET).upload(path, BYTES, { contentType: "image/jpeg" })).error).not.toBeNull();
  });

  it("refuses a file never uploaded, an unknown event, a wrong type and an oversized one", async () => {
    const parcelId = world.vanGiang[3]!;
    const { file } = await fileFor(parcelId);
    expect(await recordFile(officer, file)).toMatchObject({ status: "invalid", code: "not_uploaded" });
    expect(await recordFile(officer, { ...file, event_ids: [randomUUID()] })).toMatchObject({ status: "invalid", code: "unknown_event" });
    expect(await recordFile(officer, { ...file, mime: "text/html" })).toMatchObject({ status: "invalid", code: "bad_type" });
    expect(await recordFile(officer, { ...file, size: 50 * 1024 * 1024 })).toMatchObject({ status: "invalid", code: "too_large" });
    const html = await officer.storage.from(BUCKET).upload(`${parcelId}/${randomUUID()}.jpg`, new Blob(["<b>x</b>"], { type: "text/html" }), { contentType: "text/html" });
    expect(html.error).not.toBeNull();
  });
});

describe("sendEventFile (the outbox's sender of files)", () => {
  it("stores a file, answers a resend 'duplicate' (the object is already there), and refuses another area", async () => {
    const parcelId = world.vanGiang[4]!;
    const { file } = await fileFor(parcelId);
    const outboxFile = { ...file, event_ids: file.event_ids, kind: "photo" as const, blob: new Blob([BYTES], { type: "image/jpeg" }) };
    expect(await sendEventFileWith(officer, outboxFile)).toEqual({ status: "stored" });
    expect(await sendEventFileWith(officer, outboxFile)).toEqual({ status: "duplicate" });
    const other = { ...outboxFile, file_id: randomUUID() };
    expect(await sendEventFileWith(otherOfficer, other)).toMatchObject({ status: "denied" });
  });

  it("throws when the server cannot be reached, so the outbox keeps the file and retries", async () => {
    const parcelId = world.vanGiang[3]!;
    const offline = createClient("http://127.0.0.1:9", PUBLISHABLE_KEY, { auth: { persistSession: false } });
    const file = { file_id: randomUUID(), name: "a.jpg", mime: "image/jpeg", kind: "photo" as const, size: 3,
                   blob: new Blob([new Uint8Array(3)]), event_ids: [randomUUID()], parcel_ids: [parcelId] };
    await expect(sendEventFileWith(offline, file)).rejects.toThrow();
    expect(API_URL).toMatch(/^http/);
  });
});
