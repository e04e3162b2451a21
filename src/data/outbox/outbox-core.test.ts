// The outbox's state machine on fake-indexeddb with a fake clock and a fake server: every
// transition, a crash while sending, a lost answer turning into a duplicate, conflicts held,
// re-applied and dropped, refusals that do not block other parcels, back-off, files.
import "fake-indexeddb/auto";
import { IDBFactory as FDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { createOutbox, type OutboxOptions } from "@/data/outbox/outbox-core";
import { fakeClock, fakeServer, noteEvent, testId } from "@/data/outbox/outbox-test-kit";

let idb: IDBFactory;
let clock: ReturnType<typeof fakeClock>;
beforeEach(() => {
  idb = new FDBFactory();
  clock = fakeClock();
});

function outboxOn(server: ReturnType<typeof fakeServer>, more: Partial<OutboxOptions> = {}) {
  return createOutbox({ idb, send: server.send, clock, random: () => 0.5, ...more });
}

const states = async (outbox: ReturnType<typeof createOutbox>) =>
  Object.fromEntries((await outbox.entries()).map((e) => [e.event_id, e.state]));

describe("enqueue and send", () => {
  it("keeps events pending, marks them sending before the call, and removes applied ones with a log line", async () => {
    const server = fakeServer({ p1: 3, p2: 7 });
    const outbox = outboxOn(server);
    const a = noteEvent("p1", 3), b = noteEvent("p2", 7);
    await outbox.enqueue([{ event: a, meta: { stage: "notice" } }, { event: b }]);
    expect(await outbox.status()).toMatchObject({ pending: 2, unsent: 2, problems: 0, oldestAt: clock.now(), lastSyncAt: null });

    let seenWhileSending: Record<string, string> = {};
    const watched = createOutbox({
      idb, clock, send: async (events) => {
        seenWhileSending = await states(watched);
        return server.send(events);
      },
    });
    await clock.advance(1000);
    const result = await watched.runOnce();
    expect(seenWhileSending).toEqual({ [a.event_id]: "sending", [b.event_id]: "sending" });
    expect(result).toMatchObject({ sent: 2, failed: false, more: false, answered: { applied: 2 } });
    expect(await watched.entries()).toEqual([]);
    const status = await watched.status();
    expect(status).toMatchObject({ pending: 0, unsent: 0, oldestAt: null, lastSyncAt: clock.now() });
    const log = await watched.log();
    expect(log.map((l) => [l.event_id, l.status, l.version])).toEqual([[b.event_id, "applied", 8], [a.event_id, "applied", 4]]);
    expect(log[1]!.meta).toEqual({ stage: "notice" });
  });

  it("writes every transaction with strict durability", async () => {
    const seen: string[] = [];
    // fake-indexeddb/auto made the IDB* globals its own
    const proto = IDBDatabase.prototype;
    const original = proto.transaction; // eslint-disable-line @typescript-eslint/unbound-method -- called with .call(this)
    proto.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === "readwrite") seen.push(options?.durability ?? "default");
      return original.call(this, names, mode, options);
    };
    try {
      const server = fakeServer({ p1: 1 });
      const outbox = outboxOn(server);
      await outbox.enqueue([{ event: noteEvent("p1", 1) }]);
      await outbox.runOnce();
    } finally {
      proto.transaction = original;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3); // enqueue, sending, answers
    expect(new Set(seen)).toEqual(new Set(["strict"]));
  });

  it("sends one event per parcel per call, in order, and the next one after the answer", async () => {
    const server = fakeServer({ p1: 1, p2: 1 });
    const outbox = outboxOn(server);
    const [a1, a2, b1] = [noteEvent("p1", 1), noteEvent("p1", 2), noteEvent("p2", 1)];
    await outbox.enqueue([{ event: a1 }, { event: a2 }]);
    await outbox.enqueue([{ event: b1 }]);
    expect((await outbox.runOnce()).more).toBe(true);
    expect(server.calls.map((c) => c.map((e) => e.event_id))).toEqual([[a1.event_id, b1.event_id]]);
    await outbox.runOnce();
    expect(server.calls[1]!.map((e) => e.event_id)).toEqual([a2.event_id]);
    expect(server.parcels.get("p1")).toBe(3);
    expect((await outbox.status()).unsent).toBe(0);
  });

  it("keeps log lines in the order answered, and reads one action's events", async () => {
    const server = fakeServer({ p1: 1, p2: 1 });
    const outbox = outboxOn(server);
    const [a1, a2] = [noteEvent("p1", 1), noteEvent("p1", 2)];
    const [b1] = [noteEvent("p2", 1)];
    await outbox.enqueue([{ event: a1, batch_id: "A" }, { event: a2, batch_id: "A" }, { event: b1, batch_id: "B" }]);
    await outbox.runOnce();
    const mark = await outbox.lastLogN();
    expect(mark).toBe(2);
    expect(await outbox.batch("A")).toMatchObject({ entries: [{ event_id: a2.event_id }], lines: [{ event_id: a1.event_id }] });
    await outbox.runOnce();
    expect((await outbox.logSince(mark)).map((l) => [l.event_id, l.n])).toEqual([[a2.event_id, 3]]);
  });

  it("ignores an event enqueued twice", async () => {
    const outbox = outboxOn(fakeServer({ p1: 1 }));
    const a = noteEvent("p1", 1);
    await outbox.enqueue([{ event: a }]);
    expect(await outbox.enqueue([{ event: a }])).toEqual([]);
    expect((await outbox.entries()).length).toBe(1);
  });

  it("sends only the signed-in user's events, and nothing without a user", async () => {
    const server = fakeServer({ p1: 1, p2: 1 });
    let user: string | null = "u1";
    const outbox = outboxOn(server, { userId: () => user });
    await outbox.enqueue([{ event: noteEvent("p1", 1) }]);
    user = "u2";
    const mine = noteEvent("p2", 1);
    await outbox.enqueue([{ event: mine }]);
    await outbox.runOnce();
    expect(server.calls).toEqual([[mine]]);
    user = null;
    expect((await outbox.runOnce()).sent).toBe(0);
    expect((await outbox.entries()).map((e) => e.user_id)).toEqual(["u1"]);
  });
});

describe("failures and retries", () => {
  it("puts the events back to pending with the same ids after a network error, and backs off 1 s, 2 s, 4 s", async () => {
    const server = fakeServer({ p1: 1 });
    const outbox = outboxOn(server);
    const a = noteEvent("p1", 1);
    await outbox.enqueue([{ event: a }]);
    server.fail("network", "network", "network");
    for (const wait of [1000, 2000, 4000]) {
      expect(await outbox.runOnce()).toMatchObject({ sent: 1, failed: true });
      expect(await states(outbox)).toEqual({ [a.event_id]: "pending" });
      expect((await outbox.status()).nextAttemptAt).toBe(clock.now() + wait); // random 0.5: no spread
      await clock.advance(wait - 1);
      expect((await outbox.runOnce()).sent).toBe(0); // too early
      await clock.advance(1);
    }
    await outbox.runOnce();
    expect(server.calls.map((c) => c[0]!.event_id)).toEqual([a.event_id, a.event_id, a.event_id, a.event_id]);
    expect(await outbox.status()).toMatchObject({ unsent: 0, failures: 0, nextAttemptAt: null, lastError: null });
  });

  it("treats a call without an answer in time as failed and sends it again (answered duplicate when it had arrived)", async () => {
    const server = fakeServer({ p1: 1 });
    const outbox = outboxOn(server, { sendTimeoutMs: 30_000 });
    const a = noteEvent("p1", 1);
    await outbox.enqueue([{ event: a }]);
    server.fail("hang");
    const run = outbox.runOnce();
    await clock.timerSet();
    await clock.advance(30_000);
    expect(await run).toMatchObject({ failed: true });
    expect((await outbox.status()).lastError).toMatch(/no answer within/);
    await clock.advance(2000);
    expect((await outbox.runOnce()).answered.applied).toBe(1);
  });

  it("turns a lost answer into a duplicate: the event is recorded once", async () => {
    const server = fakeServer({ p1: 1 });
    const outbox = outboxOn(server);
    const a = noteEvent("p1", 1);
    await outbox.enqueue([{ event: a }]);
    server.fail("lose_answer");
    expect((await outbox.runOnce()).failed).toBe(true);
    expect(server.parcels.get("p1")).toBe(2); // the server did commit
    await clock.advance(1000);
    expect((await outbox.runOnce()).answered).toMatchObject({ duplicate: 1, applied: 0 });
    expect(server.recorded.size).toBe(1);
    expect(server.parcels.get("p1")).toBe(2);
    expect((await outbox.log()).map((l) => [l.status, l.version])).toEqual([["duplicate", 2]]);
  });

  it("recovers events left sending by a crash, and a second call records them once", async () => {
    const server = fakeServer({ p1: 1, p2: 5 });
    const crashed = outboxOn(server);
    await crashed.enqueue([{ event: noteEvent("p1", 1) }, { event: noteEvent("p2", 5) }]);
    server.fail("hang"); // the tab dies with the call on its way; the server commits nothing here
    void crashed.runOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect(Object.values(await states(crashed))).toEqual(["sending", "sending"]);

    const restarted = outboxOn(server);
    expect(await restarted.recover()).toBe(2);
    expect(Object.values(await states(restarted))).toEqual(["pending", "pending"]);
    expect((await restarted.runOnce()).answered.applied).toBe(2);
    expect(server.recorded.size).toBe(2);
  });

  it("sends busy answers again later without parking them", async () => {
    const server = fakeServer({ p1: 1 });
    const outbox = outboxOn(server);
    await outbox.enqueue([{ event: noteEvent("p1", 1) }]);
    server.fail("busy");
    expect(await outbox.runOnce()).toMatchObject({ failed: true, answered: { conflict: 0 } });
    expect((await outbox.status()).pending).toBe(1);
    await clock.advance(1000);
    expect((await outbox.runOnce()).answered.applied).toBe(1);
  });

  it("flush waits out the back-off on the clock", async () => {
    const server = fakeServer({ p1: 1 });
    const outbox = outboxOn(server);
    await outbox.enqueue([{ event: noteEvent("p1", 1) }, { event: noteEvent("p1", 2) }]);
    server.fail("network");
    const done = outbox.flush();
    await clock.timerSet();
    await clock.advance(1000);
    expect((await done).unsent).toBe(0);
    expect(server.calls.length).toBe(3);
  });
});

describe("problems", () => {
  it("parks a conflict with the current version, holds the parcel's later events and lets other parcels through", async () => {
    const server = fakeServer({ p1: 1, p2: 1 });
    const outbox = outboxOn(server);
    server.bump("p1"); // someone else changed p1: it is at 2
    const [a1, a2, b1] = [noteEvent("p1", 1), noteEvent("p1", 2), noteEvent("p2", 1)];
    await outbox.enqueue([{ event: a1 }, { event: a2 }, { event: b1 }]);
    const result = await outbox.runOnce();
    expect(result.answered).toMatchObject({ conflict: 1, applied: 1 });
    expect(await states(outbox)).toEqual({ [a1.event_id]: "conflict", [a2.event_id]: "held" });
    const a3 = noteEvent("p1", 3);
    await outbox.enqueue([{ event: a3 }]); // made while the conflict waits: held too
    expect((await states(outbox))[a3.event_id]).toBe("held");
    expect((await outbox.runOnce()).sent).toBe(0);
    const [problem] = await outbox.problems();
    expect(problem).toMatchObject({ event_id: a1.event_id, held: 2, answer: { status: "conflict", code: "stale_version", version: 2 } });
    expect(await outbox.status()).toMatchObject({ problems: 1, held: 2, unsent: 3 });
  });

  it("re-applies a conflict as a new event on the current version, the held ones after it", async () => {
    const server = fakeServer({ p1: 2 });
    const outbox = outboxOn(server, { newId: () => testId("new") });
    const [a1, a2] = [noteEvent("p1", 1), noteEvent("p1", 2)];
    await outbox.enqueue([{ event: a1 }, { event: a2 }]);
    await outbox.runOnce();
    const fresh = await outbox.reapply(a1.event_id, { version: 2, meta: { now: true } });
    expect(fresh.event_id).not.toBe(a1.event_id);
    expect(fresh).toMatchObject({ state: "pending", replaces: a1.event_id, meta: { now: true },
      event: { event_id: fresh.event_id, expected_version: 2, note: a1.note } });
    expect((await outbox.entries()).find((e) => e.event_id === a2.event_id)).toMatchObject({ state: "pending", event: { expected_version: 3 } });
    await outbox.flush();
    expect(server.parcels.get("p1")).toBe(4);
    expect([...server.recorded.keys()]).toEqual([fresh.event_id, a2.event_id]);
    const lines = await outbox.log();
    expect(lines.find((l) => l.event_id === a1.event_id)).toMatchObject({ status: "reapplied", replaced_by: fresh.event_id });
    await expect(outbox.reapply(a2.event_id, { version: 4 })).rejects.toThrow(/not a conflict/);
  });

  it("drops a conflict: kept as dropped, in the export, and the held events go on rebased", async () => {
    const server = fakeServer({ p1: 2 });
    const outbox = outboxOn(server);
    const [a1, a2] = [noteEvent("p1", 1), noteEvent("p1", 2)];
    await outbox.enqueue([{ event: a1 }, { event: a2 }]);
    await outbox.runOnce();
    await outbox.drop(a1.event_id);
    expect(await states(outbox)).toEqual({ [a1.event_id]: "dropped", [a2.event_id]: "pending" });
    expect((await outbox.entries())[1]!.event.expected_version).toBe(2); // the version the conflict answered
    await outbox.runOnce();
    expect(await outbox.status()).toMatchObject({ unsent: 0, dropped: 1 });
    const exported = await outbox.exportUnsent();
    expect(exported.entries.map((e) => [e.event_id, e.state, e.dropped_at])).toEqual([[a1.event_id, "dropped", clock.now()]]);
    await expect(outbox.drop(a1.event_id)).rejects.toThrow(/cannot be dropped/);
  });

  it("parks denied and invalid events with their reason without blocking other parcels", async () => {
    const server = fakeServer({ p1: 1, p2: 1, p3: 1 });
    server.denied.add("p1");
    const outbox = outboxOn(server);
    const d = noteEvent("p1", 1);
    const reused = noteEvent("p3", 1);
    server.recorded.set(reused.event_id, "another payload");
    const ok = noteEvent("p2", 1);
    await outbox.enqueue([{ event: d }, { event: reused }, { event: ok }]);
    expect((await outbox.runOnce()).answered).toMatchObject({ denied: 1, invalid: 1, applied: 1 });
    const problems = await outbox.problems();
    expect(problems.map((p) => [p.state, p.answer?.code, p.answer?.message])).toEqual([
      ["denied", "outside_area", "ngoài địa bàn"], ["invalid", "event_id_reused", "id dùng lại"],
    ]);
    await outbox.enqueue([{ event: noteEvent("p2", 2) }]);
    expect((await outbox.runOnce()).answered.applied).toBe(1);
    await outbox.drop(d.event_id);
    expect(await outbox.status()).toMatchObject({ problems: 1, dropped: 1 });
  });
});

describe("files", () => {
  it("sends a file once all its events are applied, and it follows a re-applied event", async () => {
    const server = fakeServer({ p1: 2, p2: 1 });
    const sentFiles: string[][] = [];
    const outbox = outboxOn(server, {
      sendFile: (file) => {
        sentFiles.push([...file.event_ids]);
        return Promise.resolve({ status: "stored" });
      },
    });
    const [a, b] = [noteEvent("p1", 1), noteEvent("p2", 1)];
    const blob = new Blob(["ảnh"], { type: "image/jpeg" });
    await outbox.enqueue([{ event: a }, { event: b }], [{
      file_id: "f1", name: "bien-ban.jpg", mime: "image/jpeg", kind: "photo", size: blob.size, blob,
      event_ids: [a.event_id, b.event_id], parcel_ids: ["p1", "p2"],
    }]);
    expect((await outbox.status()).filesWaiting).toBe(1);
    expect((await outbox.runOnce()).filesSent).toBe(0); // a conflicted: the file waits
    const fresh = await outbox.reapply(a.event_id, { version: 2 });
    const result = await outbox.runOnce();
    expect(result).toMatchObject({ filesSent: 1, answered: { applied: 1 } });
    expect(sentFiles).toEqual([[fresh.event_id, b.event_id]]);
    expect((await outbox.status()).filesWaiting).toBe(0);
  });

  it("retries a file after a network error, and parks a refused one", async () => {
    const server = fakeServer({ p1: 1 });
    const answers = [() => Promise.reject(new TypeError("Failed to fetch")),
      () => Promise.resolve({ status: "invalid" as const, code: "too_large", message: "Tệp quá lớn" })];
    const outbox = outboxOn(server, { sendFile: () => answers.shift()!() });
    const a = noteEvent("p1", 1);
    const blob = new Blob(["x"]);
    await outbox.enqueue([{ event: a }], [{ file_id: "f2", name: "a.pdf", mime: "application/pdf", kind: "document",
      size: 1, blob, event_ids: [a.event_id], parcel_ids: ["p1"] }]);
    expect(await outbox.runOnce()).toMatchObject({ failed: true, filesSent: 0 });
    await clock.advance(1000);
    expect((await outbox.runOnce()).filesSent).toBe(1);
    expect(await outbox.status()).toMatchObject({ filesWaiting: 0, fileProblems: 1 });
    const [file] = (await outbox.exportUnsent()).files;
    expect(file).toMatchObject({ state: "invalid", answer: { code: "too_large" } });
  });
});
