import { describe, expect, it } from "vitest";
import type { Parcel, ParcelReport } from "@/domain/parcel";
import { mergeParcel } from "@/domain/parcel-merge";
import type { PolygonGeometry } from "@/geo/geometry";

const geometry: PolygonGeometry = { type: "Polygon", coordinates: [[[106, 20.9], [106.001, 20.9], [106.001, 20.901], [106, 20.9]]] };

/** As parcels_in_bbox gives it: everything, with the outline. */
const viewport: Parcel = {
  id: "p", projectId: "pr", adminUnitId: "326", areaM2: 120, stage: "notice", blocked: true, version: 3,
  mapSheet: "7", parcelNo: "101", landType: "LUC", blockerReason: "Tranh chấp", blockerResponsible: "UBND xã",
  geometry,
};
/** As the change feed gives it: state without labels or outline. */
const feed = (version: number, patch: Partial<ParcelReport> = {}): ParcelReport => ({
  id: "p", projectId: "pr", adminUnitId: "326", areaM2: 120, stage: "inventory", blocked: true, version,
  blockerReason: "Tranh chấp", blockerResponsible: "UBND xã", ...patch,
});

describe("mergeParcel", () => {
  it("takes a first report that has what every parcel needs, and refuses one that has not (an event's answer)", () => {
    expect(mergeParcel(undefined, viewport)).toEqual(viewport);
    expect(mergeParcel(undefined, { id: "p", version: 2, stage: "dialogue", blocked: false })).toBeUndefined();
  });

  it("a parcel known from the change feed only has its labels and outline not loaded; a viewport load at the same version fills them", () => {
    const fromFeed = mergeParcel(undefined, feed(3, { stage: "notice" }))!;
    expect(fromFeed.geometry).toBeUndefined();
    expect(fromFeed.mapSheet).toBeUndefined();
    expect(mergeParcel(fromFeed, viewport)).toEqual(viewport);
  });

  it("at the same version, loaded fields stay and nothing changes when the report adds nothing", () => {
    const other = { ...viewport, blockerReason: "something else", geometry: undefined };
    expect(mergeParcel(viewport, other)).toBe(viewport);
    expect(mergeParcel(viewport, feed(3, { stage: "notice" }))).toBe(viewport);
  });

  it("a higher version wins and keeps the labels and outline no event changes", () => {
    const next = mergeParcel(viewport, feed(4))!;
    expect(next).toEqual({ ...viewport, version: 4, stage: "inventory" });
  });

  it("a higher version that does not carry the blocker leaves it not loaded, not the old one", () => {
    const next = mergeParcel(viewport, { id: "p", version: 4, stage: "inventory", blocked: true })!;
    expect(next.blockerReason).toBeUndefined();
    expect(next.blockerResponsible).toBeUndefined();
    expect(next.geometry).toBe(geometry);
  });

  it("a parcel not blocked has no blocker, whether or not the source carried the blocker fields", () => {
    const next = mergeParcel(viewport, { id: "p", version: 4, stage: "notice", blocked: false })!;
    expect(next).toMatchObject({ blocked: false, blockerReason: null, blockerResponsible: null, version: 4 });
  });

  it("a lower version never overwrites", () => {
    expect(mergeParcel(viewport, feed(2, { stage: "not_started", blocked: false }))).toBe(viewport);
  });

  it("a blocker not loaded at one version is filled by a later source at that version (the parcel panel)", () => {
    const answered = mergeParcel(viewport, { id: "p", version: 4, stage: "inventory", blocked: true })!;
    const detail = mergeParcel(answered, { ...viewport, version: 4, stage: "inventory", blockerReason: "Mới", blockerResponsible: "Xã" })!;
    expect(detail).toMatchObject({ version: 4, blockerReason: "Mới", blockerResponsible: "Xã", mapSheet: "7" });
  });
});
