import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChangedParcel, ChangesPage, FeedStatus } from "@/data/changes-poller";
import {
  backoffDelay, createChangesPoller, newerChanges, parseChangesPage,
} from "@/data/changes-poller";

const change = (id: string, version: number, stage: ChangedParcel["stage"] = "inventory"): ChangedParcel => ({
  id, projectId: "p1", adminUnitId: "326", areaM2: 1000, stage, blocked: false,
  blockerReason: null, blockerResponsible: null, version,
});
const page = (cursor: number, parcels: ChangedParcel[] = [], unreadable = 0): ChangesPage => ({ cursor, parcels, unreadable });

describe("parseChangesPage", () => {
  const row = {
    id: "a", project_id: "p1", admin_unit_id: "326", area_m2: "1253.10", stage: "handed_over", blocked: true,
    blocker_reason: "Tranh chấp", blocker_responsible: "UBND xã Long Hưng", version: 8,
    updated_at: "2026-11-28T09:59:50.973+00:00",
  };

  it("maps snake_case rows to the client's fields, numeric text included", () => {
    expect(parseChangesPage({ cursor: 788, parcels: [row] })).toEqual({
      cursor: 788,
      unreadable: 0,
      parcels: [{
        id: "a", projectId: "p1", adminUnitId: "326", areaM2: 1253.1, stage: "handed_over", blocked: true,
        blockerReason: "Tranh chấp", blockerResponsible: "UBND xã Long Hưng", version: 8,
      }],
    });
  });
  it("reads a cursor sent as text and an answer sent as JSON text", () => {
    expect(parseChangesPage(JSON.stringify({ cursor: "9007", parcels: [] }))).toEqual(page(9007));
  });
  it("counts rows it cannot read instead of failing the whole page", () => {
    const parsed = parseChangesPage({ cursor: 5, parcels: [row, { ...row, id: "b", stage: "new_stage" }] });
    expect(parsed.parcels.map((p) => p.id)).toEqual(["a"]);
    expect(parsed.unreadable).toBe(1);
  });
  it("rejects an answer without a cursor", () => {
    expect(() => parseChangesPage({ parcels: [] })).toThrow(/changes_since/);
  });
});

describe("newerChanges", () => {
  it("keeps the highest version of a parcel that comes twice", () => {
    expect(newerChanges([change("a", 3), change("a", 5), change("a", 4)], new Map())).toEqual([change("a", 5)]);
  });
  it("drops versions already seen, and is pure", () => {
    const seen = new Map([["a", 5], ["b", 1]]);
    expect(newerChanges([change("a", 5), change("b", 2), change("c", 1)], seen).map((r) => r.id)).toEqual(["b", "c"]);
    expect(seen).toEqual(new Map([["a", 5], ["b", 1]]));
  });
  it("drops the officer's own writes: versions up to the one their answer gave", () => {
    const own = new Map([["a", 6], ["b", 2]]);
    const rows = [change("a", 6), change("a", 5), change("b", 3), change("c", 1)];
    expect(newerChanges(rows, new Map(), (id) => own.get(id)).map((r) => `${r.id}${r.version}`)).toEqual(["b3", "c1"]);
  });
});

describe("backoffDelay", () => {
  it("doubles from the interval up to the cap", () => {
    expect([0, 1, 2, 3, 4, 20].map((n) => backoffDelay(n, 3000, 30000))).toEqual([3000, 6000, 12000, 24000, 30000, 30000]);
  });
});

describe("createChangesPoller", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A poller whose server answers with `answers` in turn (an Error is thrown). */
  function setUp(answers: (ChangesPage | Error)[], ownVersion?: (id: string) => number | undefined) {
    const calls: (number | null)[] = [];
    const delivered: ChangedParcel[][] = [];
    const statuses: FeedStatus[] = [];
    const onCursor = vi.fn();
    const poller = createChangesPoller({
      fetchChanges: (cursor) => {
        calls.push(cursor);
        const next = answers.shift() ?? page(cursor ?? 0);
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
      onChanges: (rows) => delivered.push([...rows]),
      ownVersion,
      onCursor,
      onStatus: (s) => statuses.push(s),
      intervalMs: 3000,
      maxBackoffMs: 30000,
    });
    return { poller, calls, delivered, statuses, onCursor };
  }

  it("starts with a null cursor, then asks with the cursor it was given, every interval", async () => {
    const { poller, calls, delivered, onCursor } = setUp([page(100), page(104, [change("a", 2)]), page(104)]);
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([null]);
    expect(onCursor).toHaveBeenCalledOnce();
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toEqual([null]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([null, 100]);
    expect(delivered).toEqual([[change("a", 2)]]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toEqual([null, 100, 104]);
    expect(poller.status().state).toBe("live");
    poller.stop();
  });

  it("reports a repeated row once, and a newer version again", async () => {
    const { poller, delivered } = setUp([page(1), page(2, [change("a", 2)]), page(2, [change("a", 2)]), page(3, [change("a", 3)])]);
    poller.start();
    await vi.advanceTimersByTimeAsync(9000);
    expect(delivered).toEqual([[change("a", 2)], [change("a", 3)]]);
    poller.stop();
  });

  it("does not hand the officer's own write back as news, so nothing is fetched again for it", async () => {
    const own = new Map<string, number>();
    const { poller, delivered } = setUp([page(1), page(2, [change("a", 2)]), page(3, [change("a", 3)])], (id) => own.get(id));
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    own.set("a", 2); // the answer of record_parcel_events came before the feed's next poll
    await vi.advanceTimersByTimeAsync(3000);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(delivered).toEqual([[change("a", 3)]]); // someone else's later change is news
    poller.stop();
  });

  it("reports a change when only unreadable rows came", async () => {
    const { poller, delivered } = setUp([page(1), page(2, [], 1)]);
    poller.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(delivered).toEqual([[]]);
    poller.stop();
  });

  it("keeps its cursor through errors and backs off, then recovers", async () => {
    const { poller, calls, statuses, delivered } = setUp([
      page(50), new Error("offline"), new Error("offline"), page(57, [change("b", 4)]),
    ]);
    poller.start();
    await vi.advanceTimersByTimeAsync(3000); // first failure
    expect(poller.status()).toMatchObject({ state: "retrying", failures: 1 });
    await vi.advanceTimersByTimeAsync(5999);
    expect(calls).toEqual([null, 50]);
    await vi.advanceTimersByTimeAsync(1); // second failure after 6 s
    expect(calls).toEqual([null, 50, 50]);
    await vi.advanceTimersByTimeAsync(12000); // third try after 12 s succeeds with the same cursor
    expect(calls).toEqual([null, 50, 50, 50]);
    expect(delivered).toEqual([[change("b", 4)]]);
    expect(poller.cursor()).toBe(57);
    expect(poller.status()).toMatchObject({ state: "live", failures: 0 });
    expect(statuses.map((s) => s.state)).toContain("retrying");
    poller.stop();
  });

  it("does not advance the cursor when handling the changes fails", async () => {
    const calls: (number | null)[] = [];
    let fail = true;
    const answers = [page(10), page(11, [change("a", 2)]), page(11, [change("a", 2)])];
    const seen: ChangedParcel[][] = [];
    const poller = createChangesPoller({
      fetchChanges: (cursor) => {
        calls.push(cursor);
        return Promise.resolve(answers.shift() ?? page(11));
      },
      onChanges: (rows) => {
        if (fail) {
          fail = false;
          throw new Error("bug");
        }
        seen.push([...rows]);
      },
      intervalMs: 3000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(3000 + 6000);
    expect(calls).toEqual([null, 10, 10]);
    expect(seen).toEqual([[change("a", 2)]]);
    poller.stop();
  });

  it("pauses while hidden and polls at once on resume", async () => {
    const { poller, calls } = setUp([page(1), page(2), page(3)]);
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.pause();
    expect(poller.status().state).toBe("paused");
    await vi.advanceTimersByTimeAsync(60000);
    expect(calls).toEqual([null]);
    poller.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([null, 1]);
    expect(poller.status().state).toBe("live");
    poller.stop();
  });

  it("folds a poll asked for during another into one poll right after it", async () => {
    let release: (p: ChangesPage) => void = () => undefined;
    const calls: (number | null)[] = [];
    const poller = createChangesPoller({
      fetchChanges: (cursor) => {
        calls.push(cursor);
        return cursor === 7 && calls.length === 2 ? new Promise((r) => (release = r)) : Promise.resolve(page(7));
      },
      onChanges: () => undefined,
      intervalMs: 3000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(3000); // second poll hangs
    poller.pollNow();
    poller.pollNow();
    expect(calls).toEqual([null, 7]);
    release(page(7));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([null, 7, 7]);
    poller.stop();
  });

  it("stops polling and ignores an answer that comes after stop", async () => {
    const { poller, calls, delivered } = setUp([page(1), page(2, [change("a", 2)])]);
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    await vi.advanceTimersByTimeAsync(30000);
    expect(calls).toEqual([null]);
    expect(delivered).toEqual([]);
    expect(poller.status().state).toBe("stopped");
    poller.start(); // keeps the cursor
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([null, 1]);
    poller.stop();
  });
});
