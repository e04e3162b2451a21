import { afterEach, describe, expect, it } from "vitest";
import { addParcelClickHandler, getMapState, handleParcelClick, toggleLayer, updateMapState } from "@/state/map-state";
import { NO_FILTERS } from "@/domain/parcel-filters";

afterEach(() => updateMapState({ selection: new Set(), focusedParcelId: null, filters: NO_FILTERS }));

describe("handleParcelClick", () => {
  it("opens the panel on a plain click, whether or not the parcel is selectable", () => {
    handleParcelClick({ parcelId: "a", additive: false, selectable: false });
    expect(getMapState().focusedParcelId).toBe("a");
    expect(getMapState().selection.size).toBe(0);
  });

  it("toggles a selectable parcel in the selection on shift-click", () => {
    handleParcelClick({ parcelId: "a", additive: true, selectable: true });
    handleParcelClick({ parcelId: "b", additive: true, selectable: true });
    expect([...getMapState().selection]).toEqual(["a", "b"]);
    handleParcelClick({ parcelId: "a", additive: true, selectable: true });
    expect([...getMapState().selection]).toEqual(["b"]);
    expect(getMapState().focusedParcelId).toBeNull();
  });

  it("never selects a parcel that is not selectable", () => {
    handleParcelClick({ parcelId: "x", additive: true, selectable: false });
    expect(getMapState().selection.size).toBe(0);
  });

  it("lets a registered handler take the click, newest first, until it is removed", () => {
    const seen: string[] = [];
    const removeFirst = addParcelClickHandler((click) => {
      seen.push(`first:${click.parcelId}`);
      return false;
    });
    const removeSecond = addParcelClickHandler((click) => {
      seen.push(`second:${click.parcelId}`);
      return !click.selectable;
    });
    handleParcelClick({ parcelId: "out", additive: true, selectable: false });
    expect(seen).toEqual(["second:out"]);
    handleParcelClick({ parcelId: "in", additive: false, selectable: true });
    expect(seen).toEqual(["second:out", "second:in", "first:in"]);
    expect(getMapState().focusedParcelId).toBe("in");
    removeSecond();
    removeFirst();
    handleParcelClick({ parcelId: "c", additive: false, selectable: true });
    expect(seen).toHaveLength(3);
  });
});

describe("toggleLayer", () => {
  it("switches a layer off and on", () => {
    toggleLayer("parcels", false);
    expect(getMapState().layers.has("parcels")).toBe(false);
    toggleLayer("parcels");
    expect(getMapState().layers.has("parcels")).toBe(true);
  });
});
