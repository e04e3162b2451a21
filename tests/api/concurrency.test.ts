// Races need a real PostgreSQL server: these run on lite's postgres driver.
import { describe, it, expect } from "vitest";
import { signedIn } from "./support/clients";
import { createWorld, parcelState, sql } from "./support/fixtures";
import { event, record } from "./support/events";

describe("concurrent writers", () => {
  it("exactly one of many concurrent events for the same version applies", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const clients = await Promise.all(Array.from({ length: 6 }, () => signedIn(w.users.officerVanGiang)));
    for (let version = 1; version <= 4; version++) {
      const answers = await Promise.all(
        clients.map((c, i) => record(c, [event(id, version, { note: `lượt ${version}, máy ${i}` })])),
      );
      const statuses = answers.map((a) => a[0]!.status).sort();
      expect(statuses.filter((s) => s === "applied")).toHaveLength(1);
      expect(statuses.filter((s) => s === "conflict")).toHaveLength(5);
      expect(answers.every((a) => a[0]!.version === version + 1)).toBe(true);
    }
    expect(await parcelState(id)).toMatchObject({ version: 5, events: 4 });
  });

  it("the same event sent concurrently from several devices is applied once", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const clients = await Promise.all(Array.from({ length: 5 }, () => signedIn(w.users.officerVanGiang)));
    const e = event(id, 1, { to_stage: "dialogue" });
    const answers = await Promise.all(clients.map((c) => record(c, [e])));
    const statuses = answers.map((a) => a[0]!.status).sort();
    expect(statuses).toEqual(["applied", "duplicate", "duplicate", "duplicate", "duplicate"]);
    expect(await parcelState(id)).toMatchObject({ stage: "dialogue", version: 2, events: 1 });
  });
});

describe("changes_since", () => {
  it("never skips a change when writers commit out of order", async () => {
    const w = await createWorld(2);
    const client = await signedIn(w.users.leader);
    const poll = async (cursor: number | null) => {
      const { data, error } = await client.rpc("changes_since", { p_cursor: cursor });
      if (error) throw new Error(error.message);
      return data as { cursor: number; parcels: { id: string; version: number }[] };
    };
    const start = (await poll(null)).cursor;
    const [slowId, fastId] = [w.vanGiang[0]!, w.vanGiang[1]!];

    // Writer A takes its transaction id first but commits last.
    const slow = sql.reserve();
    const a = await slow;
    await a`begin`;
    await a`update public.parcels set version = version + 1 where id = ${slowId}`;
    // Writer B starts later and commits first.
    await sql`update public.parcels set version = version + 1 where id = ${fastId}`;

    const first = await poll(start);
    expect(first.parcels.map((p) => p.id)).toContain(fastId);
    expect(first.parcels.map((p) => p.id)).not.toContain(slowId);

    await a`commit`;
    a.release();
    const second = await poll(first.cursor);
    expect(second.parcels.map((p) => p.id)).toContain(slowId);
  });

  it("a null cursor returns only the cursor; a change after it is returned", async () => {
    const w = await createWorld(1);
    const client = await signedIn(w.users.officerVanGiang);
    const { data: head } = await client.rpc("changes_since", { p_cursor: null });
    expect(head.parcels).toEqual([]);
    expect(typeof head.cursor).toBe("number");
    await record(client, [event(w.vanGiang[0]!, 1, { to_stage: "dialogue" })]);
    const { data: next } = await client.rpc("changes_since", { p_cursor: head.cursor });
    const mine = (next.parcels as { id: string; stage: string; version: number }[]).find((p) => p.id === w.vanGiang[0]);
    expect(mine).toMatchObject({ stage: "dialogue", version: 2 });
  });

  it("refuses a negative cursor", async () => {
    const w = await createWorld(1);
    const client = await signedIn(w.users.leader);
    const { error } = await client.rpc("changes_since", { p_cursor: -5 });
    expect(error?.message).toMatch(/Con trỏ/);
  });
});
