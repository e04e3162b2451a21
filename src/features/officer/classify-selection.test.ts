import { describe, expect, it } from "vitest";
import type { KnownParcel } from "@/features/officer/classify-selection";
import { classifySelection } from "@/features/officer/classify-selection";

function parcel(id: string, adminUnitId: string, extra: Partial<KnownParcel> = {}): KnownParcel {
  return {
    id, adminUnitId, projectId: "p1", stage: "dialogue", version: 1, areaM2: 1000, blocked: false,
    blockerReason: null, blockerResponsible: null, ...extra,
  };
}

const known = new Map([
  parcel("a", "326", { areaM2: 1200 }), parcel("b", "326", { areaM2: 800 }), parcel("c", "325"),
  parcel("d", "327"), parcel("e", "326", { blocked: true }),
].map((p) => [p.id, p]));
const lookup = (id: string) => known.get(id);
const canEdit = (unit: string) => unit === "326";
const NONE = { projectIds: [], stages: [], blocked: null } as const;

describe("classifySelection", () => {
  it("keeps the editable, loaded, visible parcels in selection order with their area", () => {
    const b = classifySelection(["b", "a", "c", "zz", "e"], lookup, canEdit, { ...NONE, blocked: false });
    expect(b.actionable.map((p) => p.id)).toEqual(["b", "a"]);
    expect(b.areaM2).toBe(2000);
    expect(b.outside).toEqual(["c"]);
    expect(b.outsideUnitIds).toEqual(["325"]);
    expect(b.notLoaded).toEqual(["zz"]);
    expect(b.hidden).toEqual(["e"]);
  });

  it("adds the parcels a draw left out, once, with their units", () => {
    const b = classifySelection(["a", "c"], lookup, canEdit, NONE, ["c", "d"]);
    expect(b.outside).toEqual(["c", "d"]);
    expect(b.outsideUnitIds).toEqual(["325", "327"]);
  });

  it("is empty for an empty selection", () => {
    expect(classifySelection([], lookup, canEdit, NONE)).toEqual({
      actionable: [], areaM2: 0, outside: [], outsideUnitIds: [], notLoaded: [], hidden: [],
    });
  });
});
