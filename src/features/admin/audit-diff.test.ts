import { describe, expect, it } from "vitest";
import { changedFields } from "@/features/admin/audit-diff";

describe("audit differences", () => {
  it("lists only the fields that changed, geometry summed up", () => {
    const before = { id: "x", name: "A", code: "C", updated_at: "1", geom: null };
    const after = { id: "x", name: "B", code: "C", updated_at: "2",
      geom: { type: "Polygon", coordinates: [[[1, 2], [3, 4], [5, 6], [1, 2]]] } };
    expect(changedFields(before, after)).toEqual([
      { field: "geom", before: "", after: "Polygon (4)" },
      { field: "name", before: "A", after: "B" },
    ]);
  });
  it("shows what an insert set and what a delete removed, without empty fields", () => {
    expect(changedFields(null, { id: "x", name: "A", investor: null })).toEqual([{ field: "name", before: "", after: "A" }]);
    expect(changedFields({ id: "x", scope_statuses: ["approved", "operating"] }, null))
      .toEqual([{ field: "scope_statuses", before: "approved, operating", after: "" }]);
  });
});
