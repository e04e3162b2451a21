import { describe, expect, it } from "vitest";
import { tileAt, tileBox, tileId, tilesCovering } from "@/geo/tiles";

describe("tiles", () => {
  it("finds the tile of a point and its box contains the point", () => {
    const tile = tileAt(105.94, 20.9, 14);
    expect(tile).toEqual({ z: 14, x: 13013, y: 7218 });
    const [w, s, e, n] = tileBox(tile);
    expect(w).toBeLessThanOrEqual(105.94);
    expect(e).toBeGreaterThan(105.94);
    expect(s).toBeLessThanOrEqual(20.9);
    expect(n).toBeGreaterThan(20.9);
  });
  it("covers a box with whole tiles, nearest the centre first", () => {
    const tiles = tilesCovering([105.93, 20.89, 105.96, 20.91], 14);
    const ids = tiles.map(tileId);
    expect(new Set(ids).size).toBe(tiles.length);
    expect(tiles.length).toBe(3 * 2);
    for (const t of tiles) {
      const [w, s, e, n] = tileBox(t);
      expect(e > 105.93 && w < 105.96 && n > 20.89 && s < 20.91).toBe(true);
    }
  });
  it("caps the number of tiles", () => {
    expect(tilesCovering([100, 10, 110, 20], 14, 10)).toHaveLength(10);
  });
});
