import { describe, expect, it } from "vitest";
import { parseAdminUnitShapes } from "@/data/admin-unit-shapes-query";

const square = { type: "Polygon", coordinates: [[[106, 20], [106.1, 20], [106.1, 20.1], [106, 20]]] };

describe("commune outlines", () => {
  it("reads jsonb sent as text or as an object and leaves out what cannot be read", () => {
    const shapes = parseAdminUnitShapes([
      { id: "a", geom: JSON.stringify(square) }, { id: "b", geom: square }, { id: "c", geom: "{broken" }, { id: "d", geom: null },
    ]);
    expect(shapes.map((s) => s.id)).toEqual(["a", "b"]);
  });
});
