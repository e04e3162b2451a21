import { beforeEach, describe, expect, it } from "vitest";
import { changeSelection, confirmLinkSelection, getMapState, updateMapState } from "@/state/map-state";

const link = (...ids: string[]) => ({ ids: new Set(ids), ignored: 0 });

describe("a selection that came with a link", () => {
  beforeEach(() => {
    updateMapState({ selection: new Set(["a", "b"]), linkSelection: link("a", "b") });
  });

  it("stays the link's until the officer confirms it", () => {
    changeSelection(["c"], "add");
    expect(getMapState().linkSelection).not.toBeNull();
    changeSelection(["a"], "toggle");
    expect(getMapState().linkSelection).not.toBeNull(); // b is still the link's
    confirmLinkSelection();
    expect(getMapState().linkSelection).toBeNull();
    expect([...getMapState().selection]).toEqual(["b", "c"]);
  });

  it("is no longer the link's once none of it is selected", () => {
    changeSelection(["a", "b"], "remove");
    expect(getMapState().linkSelection).toBeNull();
    updateMapState({ selection: new Set(["a"]), linkSelection: link("a") });
    changeSelection([], "replace"); // "Bỏ chọn"
    expect(getMapState().linkSelection).toBeNull();
    updateMapState({ selection: new Set(["a"]), linkSelection: link("a") });
    changeSelection(["x", "y"], "replace");
    expect(getMapState().linkSelection).toBeNull();
  });
});
