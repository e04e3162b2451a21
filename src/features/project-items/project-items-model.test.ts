import { describe, expect, it } from "vitest";
import { itemEvent, itemProblems, itemTotalsByKind, parseAmount, progressEvent, progressProblems } from "@/features/project-items/project-items-model";

const item = { kind: "grave" as const, name: "Mộ xứ đồng Cửa", unit: "count" as const, total: "12", adminUnitId: "12001", owner: "" };

describe("the project items' forms", () => {
  it("reads numbers typed the Vietnamese way or plainly", () => {
    expect(parseAmount("1.250,5")).toBe(1250.5);
    expect(parseAmount("1.250")).toBe(1250);
    expect(parseAmount("12.5")).toBe(12.5);
    expect(parseAmount("300")).toBe(300);
    expect(parseAmount("ba")).toBeNull();
    expect(parseAmount("")).toBeNull();
  });

  it("checks a new item", () => {
    expect(itemProblems(item)).toEqual({});
    expect(itemProblems({ ...item, name: " ", total: "0", adminUnitId: "" })).toEqual({ name: "required", total: "not_positive", adminUnitId: "required" });
    expect(itemProblems({ ...item, unit: "m" })).toEqual({ unit: "grave_in_count" });
    expect(itemProblems({ ...item, kind: "power_line", unit: "m", total: "1.200,5" })).toEqual({});
    expect(itemProblems({ ...item, total: "mười" })).toEqual({ total: "not_number" });
  });

  it("checks a progress entry against the item's total and today", () => {
    const ok = { asOf: "2024-05-01", done: "10", note: "" };
    expect(progressProblems(ok, 12, "2024-06-01")).toEqual({});
    expect(progressProblems({ ...ok, done: "13" }, 12, "2024-06-01")).toEqual({ done: "over_total" });
    expect(progressProblems({ ...ok, asOf: "2024-06-02" }, 12, "2024-06-01")).toEqual({ asOf: "date_future" });
    expect(progressProblems({ ...ok, asOf: "", done: "" }, 12, "2024-06-01")).toEqual({ asOf: "date_required", done: "required" });
  });

  it("builds the events record_household_events takes", () => {
    expect(itemEvent(item, "p1", { eventId: "e1", itemId: "i1" })).toEqual({
      eventId: "e1", kind: "item.save", id: "i1",
      data: { project_id: "p1", admin_unit_id: "12001", kind: "grave", name: "Mộ xứ đồng Cửa", unit: "count", total: 12, owner: null },
    });
    expect(progressEvent({ asOf: "2024-05-01", done: "4", note: " " }, "i1", { eventId: "e2", progressId: "g1" })).toEqual({
      eventId: "e2", kind: "item_progress.save", id: "g1", data: { item_id: "i1", as_of: "2024-05-01", done: 4, note: null },
    });
  });
});

describe("itemTotalsByKind", () => {
  it("sums items per kind and unit, graves first, counted before metres, without a progress entry as 0", () => {
    const totals = itemTotalsByKind([
      { kind: "water_pipe", unit: "m", total: 120.5, done: 20 },
      { kind: "grave", unit: "count", total: 3, done: 1 },
      { kind: "water_pipe", unit: "count", total: 2, done: null },
      { kind: "grave", unit: "count", total: 5, done: 5 },
      { kind: "water_pipe", unit: "m", total: 79.5, done: null },
    ]);
    expect(totals).toEqual([
      { kind: "grave", unit: "count", items: 2, total: 8, done: 6 },
      { kind: "water_pipe", unit: "count", items: 1, total: 2, done: 0 },
      { kind: "water_pipe", unit: "m", items: 2, total: 200, done: 20 },
    ]);
  });

  it("is empty for no items", () => {
    expect(itemTotalsByKind([])).toEqual([]);
  });
});
