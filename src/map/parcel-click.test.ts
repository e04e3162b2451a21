import { afterEach, describe, expect, it } from "vitest";
import type { InteractionMode, ParcelClick } from "@/state/map-state";
import {
  getMapState, handleParcelClick, parcelClickOutcome, setInteractionMode, toggleLayer, updateMapState,
} from "@/state/map-state";
import { NO_FILTERS } from "@/domain/parcel-filters";

afterEach(() => updateMapState({
  selection: new Set(), focusedParcelId: null, filters: NO_FILTERS, mode: "browse", outsidePicks: [],
}));

const click = (parcelId: string, additive: boolean, selectable: boolean): ParcelClick => ({ parcelId, additive, selectable });
const MODES: readonly InteractionMode[] = ["browse", "select", "box", "lasso"];

describe("parcelClickOutcome", () => {
  it("opens the panel on a plain click in every mode, whether or not the parcel is selectable", () => {
    for (const mode of MODES) {
      for (const selectable of [true, false]) {
        expect(parcelClickOutcome(mode, click("a", false, selectable))).toEqual({ kind: "open", parcelId: "a" });
      }
    }
  });

  it("toggles a selectable parcel on Shift-click while the officer selects or draws", () => {
    for (const mode of ["select", "box", "lasso"] as const) {
      expect(parcelClickOutcome(mode, click("a", true, true))).toEqual({ kind: "toggle", parcelId: "a" });
    }
  });

  it("explains, and never selects, a parcel outside the officer's area", () => {
    expect(parcelClickOutcome("select", click("x", true, false))).toEqual({ kind: "explain", parcelId: "x" });
  });

  it("does nothing on a Shift-click while browsing (the public, leaders)", () => {
    expect(parcelClickOutcome("browse", click("a", true, false))).toEqual({ kind: "none" });
    expect(parcelClickOutcome("browse", click("a", true, true))).toEqual({ kind: "none" });
  });
});

describe("handleParcelClick", () => {
  it("opens the panel on a plain click", () => {
    handleParcelClick(click("a", false, false));
    expect(getMapState().focusedParcelId).toBe("a");
    expect(getMapState().selection.size).toBe(0);
  });

  it("toggles selectable parcels in the selection on Shift-click in select mode", () => {
    setInteractionMode("select");
    handleParcelClick(click("a", true, true));
    handleParcelClick(click("b", true, true));
    expect([...getMapState().selection]).toEqual(["a", "b"]);
    handleParcelClick(click("a", true, true));
    expect([...getMapState().selection]).toEqual(["b"]);
    expect(getMapState().focusedParcelId).toBeNull();
  });

  it("counts a Shift-clicked parcel outside the area once among the outside picks, selecting nothing", () => {
    setInteractionMode("select");
    handleParcelClick(click("out", true, false));
    handleParcelClick(click("out", true, false));
    expect(getMapState().outsidePicks).toEqual(["out"]);
    expect(getMapState().selection.size).toBe(0);
  });

  it("selects nothing and explains nothing while browsing", () => {
    handleParcelClick(click("x", true, true));
    expect(getMapState().selection.size).toBe(0);
    expect(getMapState().outsidePicks).toEqual([]);
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
