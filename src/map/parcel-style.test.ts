import { describe, expect, it } from "vitest";
import {
  BLOCKED_COLOR, DEADLINE_AMBER, DEADLINE_FADED_OPACITY, DEADLINE_RED, FOCUSED_COLOR, SELECTED_COLOR, parcelStyle,
} from "@/map/parcel-style";
import { STAGES } from "@/domain/stages";

const plain = { stage: "notice" as const, blocked: false, selected: false, focused: false };

describe("parcelStyle", () => {
  it("fills every stage with its colour from the stage table", () => {
    for (const stage of STAGES) expect(parcelStyle({ ...plain, stage: stage.id }).fillColor).toBe(stage.color);
  });
  it("outlines, dashes and hatches blocked parcels", () => {
    const style = parcelStyle({ ...plain, blocked: true });
    expect(style.color).toBe(BLOCKED_COLOR);
    expect(style.dashArray).toBe("5 3");
    expect(style.hatch).toBe(true);
    expect(parcelStyle(plain).hatch).toBe(false);
    expect(parcelStyle(plain).dashArray).toBeUndefined();
  });
  it("gives the selected and the focused parcel a thick outline, focus winning", () => {
    expect(parcelStyle({ ...plain, selected: true })).toMatchObject({ color: SELECTED_COLOR, weight: 4 });
    expect(parcelStyle({ ...plain, selected: true, focused: true }).color).toBe(FOCUSED_COLOR);
    expect(parcelStyle({ ...plain, blocked: true, selected: true }).hatch).toBe(true);
  });
});

describe("parcelStyle with the deadline layer on", () => {
  it("fills flagged parcels red or amber, fades the others, and draws no red hatch that could read as a flag", () => {
    expect(parcelStyle({ ...plain, deadline: "red" }).fillColor).toBe(DEADLINE_RED);
    expect(parcelStyle({ ...plain, deadline: "amber" }).fillColor).toBe(DEADLINE_AMBER);
    const faded = parcelStyle({ ...plain, blocked: true, deadline: null });
    expect(faded.fillOpacity).toBe(DEADLINE_FADED_OPACITY);
    expect(faded.hatch).toBe(false);
    expect(parcelStyle({ ...plain, blocked: true }).hatch).toBe(true);
  });
});
