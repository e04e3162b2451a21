import { describe, expect, it } from "vitest";
import { area } from "@turf/area";
import { corridorPolygon } from "@/geo/corridor";
import { pointInPolygon } from "@/geo/geometry";

// About 1.04 km of road running north-east in Văn Giang.
const line = { type: "LineString" as const, coordinates: [[105.93, 20.89], [105.937, 20.897]] };

describe("corridorPolygon", () => {
  it("widens the centre line by half the width on each side", () => {
    const corridor = corridorPolygon(line, 120);
    expect(corridor?.type).toBe("Polygon");
    const m2 = area({ type: "Feature", properties: {}, geometry: corridor as never });
    // 120 m × ~1,040 m, plus the rounded ends (π × 60² ≈ 11,300 m²), minus polygonal rounding.
    expect(m2).toBeGreaterThan(120 * 1000);
    expect(m2).toBeLessThan(120 * 1100 + 11_400);
    expect(pointInPolygon([105.9335, 20.8935], corridor!)).toBe(true);
    // 200 m off the line is outside a 120 m corridor.
    expect(pointInPolygon([105.9335 + 0.0014, 20.8935 - 0.0014], corridor!)).toBe(false);
  });
  it("gives nothing for a missing width or an empty line", () => {
    expect(corridorPolygon(line, 0)).toBeNull();
    expect(corridorPolygon(line, Number.NaN)).toBeNull();
    expect(corridorPolygon({ type: "MultiLineString", coordinates: [] }, 50)).toBeNull();
  });
});
