import { describe, expect, it } from "vitest";
import { historyChanges } from "@/features/households/history-changes";

describe("what a history entry changed", () => {
  it("lists the fields that differ, without bookkeeping", () => {
    expect(historyChanges({ id: "x", full_name: "An", relation: null, version: 1 }, { id: "x", full_name: "Ân", relation: null, version: 2 }))
      .toEqual([{ field: "full_name", before: "An", after: "Ân" }]);
  });
  it("lists every filled field of a new or removed row", () => {
    expect(historyChanges(null, { id: "x", amount_vnd: 5, reference: null })).toEqual([{ field: "amount_vnd", before: null, after: 5 }]);
    expect(historyChanges({ site: "A" }, null)).toEqual([{ field: "site", before: "A", after: null }]);
  });
});
