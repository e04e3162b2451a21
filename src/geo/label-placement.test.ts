import { describe, expect, it } from "vitest";
import { placeLabels } from "@/geo/label-placement";

const VIEW = { width: 800, height: 400 };

describe("placeLabels", () => {
  it("keeps the more important of two overlapping labels", () => {
    const shown = placeLabels([
      { id: "small", x: 100, y: 100, width: 80, height: 20, priority: 1 },
      { id: "big", x: 120, y: 105, width: 80, height: 20, priority: 9 },
      { id: "far", x: 400, y: 100, width: 80, height: 20, priority: 0 },
    ], VIEW);
    expect([...shown].sort()).toEqual(["big", "far"]);
  });
  it("keeps labels that are clear of each other by the gap", () => {
    const shown = placeLabels([
      { id: "a", x: 0, y: 0, width: 10, height: 10, priority: 1 },
      { id: "b", x: 20, y: 0, width: 10, height: 10, priority: 1 },
    ].map((c) => ({ ...c, x: c.x + 100, y: c.y + 100 })), VIEW, 4);
    expect(shown.size).toBe(2);
  });
  it("leaves out labels cut by the edge of the map, keeps those wholly outside (a pan brings them in)", () => {
    const shown = placeLabels([
      { id: "inside", x: 300, y: 200, width: 80, height: 20, priority: 1 },
      { id: "across-left", x: 30, y: 200, width: 80, height: 20, priority: 9 },
      { id: "across-bottom", x: 300, y: 395, width: 80, height: 20, priority: 9 },
      { id: "touching-right", x: 760, y: 100, width: 80, height: 20, priority: 1 },
      { id: "outside-right", x: 900, y: 100, width: 80, height: 20, priority: 1 },
      { id: "outside-above", x: 300, y: -50, width: 80, height: 20, priority: 1 },
    ], VIEW);
    expect([...shown].sort()).toEqual(["inside", "outside-above", "outside-right", "touching-right"]);
  });
  it("lets a label left out at the edge not hide another", () => {
    const shown = placeLabels([
      { id: "across", x: 10, y: 100, width: 80, height: 20, priority: 9 },
      { id: "beside", x: 60, y: 100, width: 40, height: 20, priority: 1 },
    ], VIEW);
    expect([...shown]).toEqual(["beside"]);
  });
});

describe("placeLabels under the map's controls", () => {
  const ZOOM_BUTTONS = { x0: 10, y0: 10, x1: 50, y1: 90 };
  it("leaves out labels under or within the gap of a covered box, whatever their priority", () => {
    const shown = placeLabels([
      { id: "under", x: 60, y: 50, width: 80, height: 20, priority: 9 }, // x 20–100: half under
      { id: "near", x: 95, y: 120, width: 80, height: 20, priority: 9 }, // top 110: clear by 20
      { id: "touching", x: 92, y: 50, width: 80, height: 20, priority: 9 }, // left 52: within 4 px
    ], VIEW, 4, [ZOOM_BUTTONS]);
    expect([...shown]).toEqual(["near"]);
  });
  it("lets a label left out under a control not hide another", () => {
    const shown = placeLabels([
      { id: "under", x: 40, y: 100, width: 80, height: 20, priority: 9 },
      { id: "beside", x: 110, y: 100, width: 40, height: 20, priority: 1 },
    ], VIEW, 4, [{ x0: 0, y0: 90, x1: 60, y1: 110 }]);
    expect([...shown]).toEqual(["beside"]);
  });
});
