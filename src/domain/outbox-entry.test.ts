import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "@/domain/outbox-entry";
import { backoffDelay, countEntries, pickSendable, rebaseHeld } from "@/domain/outbox-entry";

let seq = 0;
function entry(parcel: string, state: OutboxEntry["state"], more: Partial<OutboxEntry> = {}): OutboxEntry {
  const id = `e${++seq}`;
  return {
    event_id: id, seq, parcel_id: parcel, batch_id: "b", user_id: "u", state, created_at: 1000 + seq, attempts: 0,
    event: { event_id: id, parcel_id: parcel, expected_version: 1, note: "n" }, ...more,
  };
}

describe("pickSendable", () => {
  it("takes each parcel's first entry when it is pending, in order, up to the limit", () => {
    const a = entry("p1", "pending"), a2 = entry("p1", "pending");
    const b = entry("p2", "sending"), b2 = entry("p2", "pending");
    const c = entry("p3", "dropped"), c2 = entry("p3", "pending");
    const d = entry("p4", "conflict"), d2 = entry("p4", "held");
    const e = entry("p5", "pending");
    const all = [e, d2, d, c2, c, b2, b, a2, a];
    expect(pickSendable(all, 10).map((x) => x.event_id)).toEqual([a, c2, e].map((x) => x.event_id));
    expect(pickSendable(all, 2).length).toBe(2);
    expect(pickSendable([entry("p6", "pending", { user_id: "other" })], 5, "u")).toEqual([]);
  });
});

describe("rebaseHeld", () => {
  it("puts held events back in order on the given version", () => {
    const h1 = entry("p1", "held"), h2 = entry("p1", "held");
    expect(rebaseHeld([h2, h1], 7).map((x) => [x.event_id, x.state, x.event.expected_version]))
      .toEqual([[h1.event_id, "pending", 7], [h2.event_id, "pending", 8]]);
  });
});

describe("backoffDelay", () => {
  it("doubles from 1 s up to 60 s, spread by a quarter either way", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 30].map((n) => backoffDelay(n, 0.5))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(backoffDelay(1, 0)).toBe(750);
    expect(backoffDelay(1, 0.998)).toBeLessThan(1250);
    expect(backoffDelay(7, 0.999)).toBe(60000);
    expect(backoffDelay(0, 0.5)).toBe(0);
  });
});

describe("countEntries", () => {
  it("counts what waits, what is parked and the oldest unsent", () => {
    const all = [entry("p1", "dropped"), entry("p1", "conflict"), entry("p1", "held"), entry("p2", "sending"), entry("p3", "pending")];
    expect(countEntries(all)).toEqual({
      pending: 3, sending: 1, held: 1, problems: 1, dropped: 1, unsent: 4, oldestAt: all[1]!.created_at,
    });
  });
});
