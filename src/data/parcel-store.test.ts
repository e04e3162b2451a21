// The parcel store: every source through receiveParcels, the pending layer, and the undo of a
// "clear blocker" on a parcel the viewport load brought (it carries the blocker's reason now).
import { describe, expect, it } from "vitest";
import {
  getParcel, getServerParcel, hasPendingEdits, ownWriteVersion, receiveParcels, settleAppliedEdits,
  setPendingEdits, subscribeParcels,
} from "@/data/parcel-store";
import { parseParcelsInBbox } from "@/data/parcels-in-bbox-query";
import type { ParcelEvent } from "@/domain/parcel-actions";
import { planAction } from "@/domain/parcel-actions";
import { classifyAnswers } from "@/domain/parcel-event-answers";
import { planUndo } from "@/domain/parcel-undo";

let seq = 0;
const uid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, "0")}`;

/** An answer of parcels_in_bbox with one parcel, as the server sends it. */
function bboxAnswer(id: string, props: Record<string, unknown> = {}) {
  return {
    type: "FeatureCollection", truncated: false,
    features: [{
      type: "Feature", id,
      geometry: { type: "Polygon", coordinates: [[[106, 20.9], [106.001, 20.9], [106.001, 20.901], [106, 20.9]]] },
      properties: {
        id, project_id: "pr", admin_unit_id: "326", map_sheet: "7", parcel_no: "101", land_type: "LUC",
        area_m2: "1000.5", stage: "notice", blocked: true, blocker_reason: "Tranh chấp ranh giới",
        blocker_responsible: "UBND xã", version: 3, ...props,
      },
    }],
  };
}

function loadViewport(id: string, props: Record<string, unknown> = {}) {
  return receiveParcels(parseParcelsInBbox(bboxAnswer(id, props)).parcels);
}

const applied = (event: ParcelEvent, version: number) =>
  ({ event, answer: { event_id: event.event_id, status: "applied" as const, version, code: "applied", message: "" } });

describe("receiveParcels", () => {
  it("reads the blocker from a viewport load, and takes a server without it as not loaded", () => {
    const id = uid();
    loadViewport(id);
    expect(getParcel(id)).toMatchObject({ blocked: true, blockerReason: "Tranh chấp ranh giới", blockerResponsible: "UBND xã",
      areaM2: 1000.5, mapSheet: "7" });
    const older = uid();
    receiveParcels(parseParcelsInBbox(bboxAnswer(older, { blocker_reason: undefined, blocker_responsible: undefined })).parcels);
    expect(getParcel(older)?.blockerReason).toBeUndefined();
  });

  it("tells listeners only the parcels whose shown state changed", () => {
    const id = uid();
    loadViewport(id);
    const heard: string[][] = [];
    const stop = subscribeParcels((ids) => heard.push([...ids]));
    expect(loadViewport(id)).toEqual([]); // the same tile again
    receiveParcels([{ id, version: 4, stage: "inventory", blocked: true, projectId: "pr", adminUnitId: "326", areaM2: 1000.5,
      blockerReason: "Tranh chấp ranh giới", blockerResponsible: "UBND xã" }]); // the change feed
    stop();
    expect(heard).toEqual([[id]]);
    expect(getParcel(id)).toMatchObject({ version: 4, stage: "inventory", mapSheet: "7" });
    expect(getParcel(id)?.geometry).toBeDefined();
  });
});

describe("the pending layer", () => {
  it("shows an event at once, and after an applied answer holds it as the server state at the answer's version", () => {
    const id = uid();
    loadViewport(id);
    const event: ParcelEvent = { event_id: uid(), parcel_id: id, expected_version: 3, to_stage: "inventory" };
    setPendingEdits([event]);
    expect(hasPendingEdits(id)).toBe(true);
    expect(getParcel(id)).toMatchObject({ stage: "inventory", version: 4 });
    expect(getServerParcel(id)).toMatchObject({ stage: "notice", version: 3 });
    settleAppliedEdits([{ event, version: 4 }]);
    setPendingEdits([]);
    expect(hasPendingEdits(id)).toBe(false);
    expect(getServerParcel(id)).toMatchObject({ stage: "inventory", version: 4, blockerReason: "Tranh chấp ranh giới" });
    expect(ownWriteVersion(id)).toBe(4);
    // the change feed then brings the same write: nothing changes
    expect(receiveParcels([{ id, version: 4, stage: "inventory", blocked: true, blockerReason: "Tranh chấp ranh giới",
      blockerResponsible: "UBND xã" }])).toEqual([]);
  });

  it("shows the server state again once the outbox takes its events off the layer (parked or never answered)", () => {
    const id = uid();
    loadViewport(id);
    const conflict: ParcelEvent = { event_id: uid(), parcel_id: id, expected_version: 3, blocker: null };
    const lost: ParcelEvent = { event_id: uid(), parcel_id: id, expected_version: 3, note: "ghi chú" };
    setPendingEdits([conflict, lost]);
    expect(getParcel(id)).toMatchObject({ blocked: false, version: 4 });
    setPendingEdits([]); // the outbox parks the conflict and the lost event: they leave the layer
    expect(getParcel(id)).toBe(getServerParcel(id));
    expect(getParcel(id)).toMatchObject({ blocked: true, version: 3 });
  });

  it("when the change feed brings the write before its answer, shows the feed's state and the answer changes nothing", () => {
    const id = uid();
    loadViewport(id);
    const event: ParcelEvent = { event_id: uid(), parcel_id: id, expected_version: 3, to_stage: "inventory", note: "x" };
    setPendingEdits([event]);
    receiveParcels([{ id, version: 4, stage: "inventory", blocked: true, blockerReason: "Tranh chấp ranh giới",
      blockerResponsible: "UBND xã" }]);
    expect(getParcel(id)).toMatchObject({ stage: "inventory", version: 4 });
    const shown = getParcel(id);
    settleAppliedEdits([{ event, version: 4 }]);
    setPendingEdits([]);
    expect(getParcel(id)).toBe(shown);
  });
});

describe("undo of 'clear blocker' on a parcel the viewport loaded", () => {
  it("writes the blocker's reason and who must act back", () => {
    const id = uid();
    loadViewport(id);
    const plan = planAction([getParcel(id)!], { kind: "clearBlocker" }, "2026-12-02", uid);
    expect(plan.skipped).toEqual([]);
    const [change] = plan.changes;
    setPendingEdits([change!.event]);
    settleAppliedEdits([{ event: change!.event, version: 4 }]);
    setPendingEdits([]);
    expect(getParcel(id)).toMatchObject({ blocked: false, blockerReason: null, version: 4 });
    const outcome = classifyAnswers(plan.changes, [applied(change!.event, 4).answer]);
    const undo = planUndo(outcome, undefined, uid);
    expect(undo.skipped).toEqual([]);
    expect(undo.changes.map(({ event: { event_id: _id, ...rest } }) => rest)).toEqual([{
      parcel_id: id, expected_version: 4, note: "Hoàn tác",
      blocker: { reason: "Tranh chấp ranh giới", responsible: "UBND xã" },
    }]);
  });
});

describe("the officer's own writes", () => {
  it("are not news once the store holds them, and are news when it could not compute them", () => {
    const id = uid();
    loadViewport(id);
    // sent on version 2, which the store never held: the state at version 4 is unknown here
    const unknownBase: ParcelEvent = { event_id: uid(), parcel_id: id, expected_version: 2, to_stage: "inventory" };
    setPendingEdits([unknownBase]);
    settleAppliedEdits([{ event: unknownBase, version: 4 }]);
    setPendingEdits([]);
    expect(getServerParcel(id)?.version).toBe(3);
    expect(ownWriteVersion(id)).toBeUndefined();
  });
});

describe("the outbox's pending layer", () => {
  it("is replaced as a whole, and applied events move the server state to their version", () => {
    receiveParcels(parseParcelsInBbox(bboxAnswer("ob1", { stage: "notice", version: 9, blocked: false })).parcels);
    const event: ParcelEvent = { event_id: uid(), parcel_id: "ob1", expected_version: 9, to_stage: "inventory" };
    setPendingEdits([event]);
    expect(getParcel("ob1")).toMatchObject({ stage: "inventory", version: 10 });
    expect(getServerParcel("ob1")).toMatchObject({ stage: "notice", version: 9 });
    settleAppliedEdits([{ event, version: 10 }]);
    setPendingEdits([]);
    expect(hasPendingEdits("ob1")).toBe(false);
    expect(getServerParcel("ob1")).toMatchObject({ stage: "inventory", version: 10 });
    expect(ownWriteVersion("ob1")).toBe(10);
  });
});

