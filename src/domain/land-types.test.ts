import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LAND_TYPES, landTypeByCode, landTypeLabel } from "@/domain/land-types";

const MIGRATIONS = join(import.meta.dirname, "../../supabase/migrations");

/** The rows of every `insert into public.land_types` in the migrations, in order. */
function sqlLandTypes(): { code: string; labelVi: string; labelEn: string }[] {
  const rows: { code: string; labelVi: string; labelEn: string }[] = [];
  for (const file of readdirSync(MIGRATIONS).filter((f) => f.endsWith(".sql")).sort()) {
    const sql = readFileSync(join(MIGRATIONS, file), "utf8");
    for (const insert of sql.matchAll(/insert into public\.land_types \(code, label_vi, label_en\) values([\s\S]*?);/g)) {
      for (const m of insert[1]!.matchAll(/\('([A-Z]+)', '((?:[^']|'')+)', '((?:[^']|'')+)'\)/g)) {
        rows.push({ code: m[1]!, labelVi: m[2]!.replaceAll("''", "'"), labelEn: m[3]!.replaceAll("''", "'") });
      }
    }
  }
  return rows;
}

describe("land types", () => {
  it("names the codes the parcels use", () => {
    for (const code of ["LUC", "BHK", "CLN", "NTS", "ONT", "ODT", "DGT", "NTD"]) {
      expect(landTypeByCode(code)?.labelVi).toMatch(/^(Đất|Núi) /);
    }
    expect(new Set(LAND_TYPES.map((t) => t.code)).size).toBe(LAND_TYPES.length);
  });
  it("lists the same codes and names as the database's land_types table", () => {
    expect(sqlLandTypes()).toEqual(LAND_TYPES.map((t) => ({ code: t.code, labelVi: t.labelVi, labelEn: t.labelEn })));
  });
  it("labels with the code, in either language", () => {
    expect(landTypeLabel("LUC", "vi")).toBe("Đất chuyên trồng lúa (LUC)");
    expect(landTypeLabel("ont", "en")).toBe("Rural residential land (ONT)");
  });
  it("shows an unknown code as it is", () => {
    expect(landTypeLabel("XYZ", "vi")).toBe("XYZ");
  });
});
