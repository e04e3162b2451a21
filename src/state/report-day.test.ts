import { describe, expect, it } from "vitest";
import { reportDayOf, withReportDay } from "@/state/report-day";
import { mapLink } from "@/state/map-links";

describe("the report's day in its address", () => {
  it("reads a past day and ignores what the app would not offer", () => {
    expect(reportDayOf("?d=2024-12-31", "2026-12-02")).toBe("2024-12-31");
    expect(reportDayOf("?d=2026-12-02", "2026-12-02")).toBeNull();
    expect(reportDayOf("?d=2027-01-01", "2026-12-02")).toBeNull();
    expect(reportDayOf("?d=31/12/2024", "2026-12-02")).toBeNull();
    expect(reportDayOf("", "2026-12-02")).toBeNull();
  });
  it("sets and clears the day, keeping other parameters", () => {
    expect(withReportDay("?x=1", "2024-12-31")).toBe("?x=1&d=2024-12-31");
    expect(withReportDay("?d=2024-12-31&x=1", null)).toBe("?x=1");
    expect(withReportDay("?d=2024-12-31", null)).toBe("");
  });
});

describe("links to the map", () => {
  it("carries the box, project, parcel and day", () => {
    expect(mapLink({ bounds: [106.1, 20.8, 106.2, 20.9], projectId: "a-1", parcelId: "b-2", day: "2024-12-31" }))
      .toBe("/?b=106.1,20.8,106.2,20.9&f=p:a-1&p=b-2&d=2024-12-31");
    expect(mapLink({})).toBe("/");
  });
});
