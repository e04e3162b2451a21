import { describe, expect, it } from "vitest";
import { NO_FILTERS, hasFilters, isSelectable, matchesFilters } from "@/domain/parcel-filters";

const parcel = { projectId: "p1", adminUnitId: "326", stage: "notice" as const, blocked: true };

describe("hasFilters", () => {
  it("is true when any filter is set", () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, blocked: false })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, stages: ["notice"] })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, projectIds: ["p1"] })).toBe(true);
  });
});

describe("matchesFilters", () => {
  it("lets everything through with no filters", () => {
    expect(matchesFilters(parcel, NO_FILTERS)).toBe(true);
  });
  it("filters by project, stage and blocked", () => {
    expect(matchesFilters(parcel, { ...NO_FILTERS, projectIds: ["p2"] })).toBe(false);
    expect(matchesFilters(parcel, { ...NO_FILTERS, projectIds: ["p2", "p1"] })).toBe(true);
    expect(matchesFilters(parcel, { ...NO_FILTERS, stages: ["inventory"] })).toBe(false);
    expect(matchesFilters(parcel, { ...NO_FILTERS, stages: ["notice"] })).toBe(true);
    expect(matchesFilters(parcel, { ...NO_FILTERS, blocked: false })).toBe(false);
    expect(matchesFilters(parcel, { ...NO_FILTERS, blocked: true })).toBe(true);
  });
});

describe("isSelectable", () => {
  it("allows only parcels in the editable units", () => {
    expect(isSelectable(parcel, new Set(["326"]))).toBe(true);
    expect(isSelectable(parcel, new Set(["325"]))).toBe(false);
    expect(isSelectable(parcel, null)).toBe(false);
  });
});
