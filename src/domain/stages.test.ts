import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { STAGES, STAGE_IDS, classifyMove, isStageId, moveNeedsNote, nextStage, stageById } from "./stages";

/** The rows of `insert into public.stages` in the migrations, in the order they are written. */
function stagesInMigrations(): { id: string; position: number; labelVi: string; labelEn: string; cleared: boolean }[] {
  const dir = "supabase/migrations";
  const sql = readdirSync(dir).sort().map((f) => readFileSync(`${dir}/${f}`, "utf8")).join("\n");
  const block = /insert into public\.stages[^;]*?values([\s\S]*?);/i.exec(sql)?.[1] ?? "";
  return [...block.matchAll(/\('([a-z_]+)',\s*(\d+),\s*'([^']*)',\s*'([^']*)',\s*(true|false)\)/g)].map((m) => ({
    id: m[1]!, position: Number(m[2]), labelVi: m[3]!, labelEn: m[4]!, cleared: m[5] === "true",
  }));
}

describe("the stage table", () => {
  it("matches the stages the database is created with: ids, order, labels, cleared", () => {
    const db = stagesInMigrations();
    expect(db).toHaveLength(8);
    expect(db).toEqual(STAGES.map((s) => ({
      id: s.id, position: s.position, labelVi: s.labelVi, labelEn: s.labelEn, cleared: s.isCleared,
    })));
  });

  it("lists positions 0..7 in order, each with a distinct colour", () => {
    expect(STAGES.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(STAGES.map((s) => s.color)).size).toBe(STAGES.length);
    expect(STAGES.every((s) => /^#[0-9a-f]{6}$/.test(s.color))).toBe(true);
  });

  it("only handed_over counts as cleared", () => {
    expect(STAGES.filter((s) => s.isCleared).map((s) => s.id)).toEqual(["handed_over"]);
  });

  it("recognises stage ids", () => {
    expect(STAGE_IDS.every(isStageId)).toBe(true);
    expect(isStageId("done")).toBe(false);
    expect(isStageId(3)).toBe(false);
    expect(() => stageById("done" as never)).toThrow(/Unknown stage/);
  });

  it("knows the next stage", () => {
    expect(nextStage("not_started")).toBe("dialogue");
    expect(nextStage("compensated")).toBe("handed_over");
    expect(nextStage("handed_over")).toBeNull();
  });

  it("classifies moves as the database does: skips and backward moves need a note", () => {
    expect(classifyMove("notice", "notice")).toBe("same");
    expect(classifyMove("notice", "inventory")).toBe("next");
    expect(classifyMove("notice", "compensated")).toBe("skip");
    expect(classifyMove("notice", "dialogue")).toBe("backward");
    expect(moveNeedsNote("notice", "inventory")).toBe(false);
    expect(moveNeedsNote("notice", "plan_approved")).toBe(true);
    expect(moveNeedsNote("notice", "not_started")).toBe(true);
  });
});
