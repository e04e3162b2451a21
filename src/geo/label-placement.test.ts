import { describe, expect, it } from "vitest";
import { placeLabels } from "@/geo/label-placement";

describe("placeLabels", () => {
  it("keeps the more important of two overlapping labels", () => {
    const shown = placeLabels([
      { id: "small", x: 100, y: 100, width: 80, height: 20, priority: 1 },
      { id: "big", x: 120, y: 105, width: 80, height: 20, priority: 9 },
      { id: "far", x: 400, y: 100, width: 80, height: 20, priority: 0 },
    ]);
    expect([...shown].sort()).toEqual(["big", "far"]);
  });
  it("keeps labels that are clear of each other by the gap", () => {
    const shown = placeLabels([
      { id: "a", x: 0, y: 0, width: 10, height: 10, priority: 1 },
      { id: "b", x: 20, y: 0, width: 10, height: 10, priority: 1 },
    ], 4);
    expect(shown.size).toBe(2);
  });
});
