import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROJECT_KIND_IDS, projectKindById } from "@/domain/project-kinds";

// The kinds are checked by SQL (projects.kind); keep the TypeScript table in step with it.
function sqlKindIds(): string[] {
  const dir = new URL("../../supabase/migrations/", import.meta.url);
  const sql = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join("\n");
  const check = /kind text not null check \(kind in \(([^)]*)\)\)/.exec(sql);
  if (!check?.[1]) throw new Error("projects.kind check not found in the migrations");
  return [...check[1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1] ?? "");
}

describe("project kinds", () => {
  it("lists the same ids as the database", () => {
    expect([...PROJECT_KIND_IDS].sort()).toEqual(sqlKindIds().sort());
  });
  it("falls back to 'other' for an unknown kind", () => {
    expect(projectKindById("spaceport").id).toBe("other");
  });
  it("has the Vietnamese names used in reports", () => {
    expect(projectKindById("ring_road").labelVi).toBe("Vành đai 4");
    expect(projectKindById("waste").labelVi).toBe("Xử lý rác thải – nước thải");
  });
});
