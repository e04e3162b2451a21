// The sql helper's shared cases (tests/cases/import-validation-cases.ts) through the client's
// rules: the same codes, places, points on surface, drawn areas and overlaps as the server.

import { describe, expect, it } from "vitest";
import { PAIR_CASES, SINGLE_CASES } from "../../tests/cases/import-validation-cases";
import { drawnArea } from "@/geo/drawn-area";
import { pointOnSurface } from "@/geo/point-on-surface";
import { convertRead } from "@/import/convert";
import type { AnyGeometry, ConvertOptions } from "@/domain/import-types";
import type { ReadResult } from "@/import/raw-feature";
import { parcelOptions } from "@/import/test-support";

const WGS84_OPTIONS: ConvertOptions = parcelOptions({ crs: { kind: "wgs84" } });
const noop = async () => {};

function readOf(rows: readonly { geometry: AnyGeometry | null; area?: number }[]): ReadResult {
  return {
    format: "geojson",
    features: rows.map((r, i) => ({
      row: i + 1,
      geometry: r.geometry,
      attributes: { SOTO: "1", SOTHUA: String(i + 1), LOAIDAT: "LUC", DIENTICH: r.area ?? 100, CHUSUDUNG: null },
    })),
    fields: ["SOTO", "SOTHUA", "LOAIDAT", "DIENTICH", "CHUSUDUNG"],
    prj: null,
    cpgEncoding: null,
    encoded: false,
  };
}

describe("shared single-geometry cases", () => {
  for (const c of SINGLE_CASES) {
    it(c.name, async () => {
      const result = await convertRead(readOf([{ geometry: c.geometry, area: c.drawnAreaM2 }]), WGS84_OPTIONS, noop);
      const codes = result.problems.map((p) => p.code);
      expect(codes).toEqual(c.codes);
      if (c.at !== undefined) {
        const at = result.problems[0]?.at ?? null;
        if (c.at === null) expect(at).toBeNull();
        else {
          expect(at?.[0]).toBeCloseTo(c.at[0], 9);
          expect(at?.[1]).toBeCloseTo(c.at[1], 9);
        }
      }
      if (c.pointOnSurface && c.geometry) {
        const pos = pointOnSurface(c.geometry as Parameters<typeof pointOnSurface>[0])!;
        expect(pos[0]).toBeCloseTo(c.pointOnSurface[0], 9);
        expect(pos[1]).toBeCloseTo(c.pointOnSurface[1], 9);
      }
      if (c.drawnAreaM2 && c.geometry) {
        const a = drawnArea(c.geometry as Parameters<typeof drawnArea>[0]);
        expect(Math.abs(a - c.drawnAreaM2) / c.drawnAreaM2).toBeLessThan(1e-6);
      }
    });
  }
});

describe("shared overlap pairs", () => {
  for (const c of PAIR_CASES) {
    it(`${c.name}: ${c.overlap ? "overlap" : "no overlap"}`, async () => {
      const result = await convertRead(readOf([{ geometry: c.a }, { geometry: c.b }]), { ...WGS84_OPTIONS, mapping: { ...WGS84_OPTIONS.mapping, area_m2: null } }, noop);
      const overlaps = result.problems.filter((p) => p.code === "overlap");
      expect(overlaps.map((p) => [p.row, p.other_row])).toEqual(c.overlap ? [[1, 2], [2, 1]] : []);
    });
  }
});
