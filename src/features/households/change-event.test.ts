import { describe, expect, it } from "vitest";
import { eventForChange, stableJson } from "@/features/households/change-event";

let n = 0;
const newId = () => `e${++n}`;
const change = { kind: "member.save" as const, id: "m1", data: { full_name: "An", party_id: "p1" } };

describe("the event of a change", () => {
  it("keeps its id for a retry of the same change", () => {
    const first = eventForChange(null, change, newId);
    const retry = eventForChange(first, { ...change, data: { party_id: "p1", full_name: "An" } }, newId);
    expect(retry.eventId).toBe(first.eventId);
    expect(first).toEqual({ eventId: first.eventId, kind: "member.save", id: "m1", data: change.data });
  });
  it("gets a new id for another change", () => {
    const first = eventForChange(null, change, newId);
    expect(eventForChange(first, { ...change, data: { ...change.data, full_name: "Ân" } }, newId).eventId).not.toBe(first.eventId);
    expect(eventForChange(first, { ...change, expectedVersion: 2 }, newId).eventId).not.toBe(first.eventId);
    expect(eventForChange(first, { ...change, id: "m2" }, newId).eventId).not.toBe(first.eventId);
  });
  it("writes JSON with sorted keys", () => {
    expect(stableJson({ b: 1, a: [{ d: null, c: "x" }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});
