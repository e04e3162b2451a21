import { describe, expect, it } from "vitest";
import { MISSING } from "@/domain/format";
import { eventDates, formatTimestamp, isDayDated, RECORDED_APART_MS, recordedApart } from "@/domain/format-timestamp";

describe("formatTimestamp", () => {
  it("prints dd/MM/yyyy HH:mm in Hưng Yên time", () => {
    expect(formatTimestamp(new Date("2023-09-14T08:33:00Z"), "vi")).toBe("14/09/2023 15:33");
    expect(formatTimestamp(new Date("2023-12-31T17:05:00Z"), "vi")).toBe("01/01/2024 00:05");
  });
  it("prints the English date form", () => {
    expect(formatTimestamp(new Date("2023-09-14T08:33:00Z"), "en")).toBe("14 Sep 2023 15:33");
  });
  it("shows a dash for a missing or invalid moment", () => {
    expect(formatTimestamp(null, "vi")).toBe(MISSING);
    expect(formatTimestamp(new Date("x"), "vi")).toBe(MISSING);
  });
});

describe("recordedApart", () => {
  const act = new Date("2026-11-24T16:59:59Z");
  it("is true only beyond a day either way", () => {
    expect(recordedApart(act, new Date(act.getTime() + RECORDED_APART_MS))).toBe(false);
    expect(recordedApart(act, new Date(act.getTime() + RECORDED_APART_MS + 1))).toBe(true);
    expect(recordedApart(act, new Date(act.getTime() - RECORDED_APART_MS - 1))).toBe(true);
    expect(recordedApart(act, act)).toBe(false);
  });
});

describe("isDayDated", () => {
  it("knows the last second of a day in Hưng Yên, as the dialog sends a past day", () => {
    expect(isDayDated(new Date("2026-11-24T23:59:59+07:00"))).toBe(true);
    expect(isDayDated(new Date("2026-11-24T23:59:59.250+07:00"))).toBe(false); // a live event at that moment
    expect(isDayDated(new Date("2026-11-24T23:59:59Z"))).toBe(false); // 06:59:59 in Hưng Yên
    expect(isDayDated(new Date("2026-11-24T09:15:00+07:00"))).toBe(false);
  });
});

describe("eventDates", () => {
  it("shows the act's day and when it was recorded, for an act entered a week late", () => {
    const act = new Date("2026-11-24T23:59:59+07:00");
    const recorded = new Date("2026-12-01T09:15:30+07:00");
    expect(eventDates(act, recorded, "vi")).toEqual({ act: "24/11/2026", dayOnly: true, recorded: "01/12/2026 09:15" });
    expect(eventDates(act, recorded, "en")).toEqual({ act: "24 Nov 2026", dayOnly: true, recorded: "1 Dec 2026 09:15" });
  });
  it("shows the act with its time and nothing else for an event recorded as it happened", () => {
    const act = new Date("2026-12-01T09:15:00+07:00");
    expect(eventDates(act, new Date("2026-12-01T09:15:00.120+07:00"), "vi"))
      .toEqual({ act: "01/12/2026 09:15", dayOnly: false, recorded: null });
  });
  it("shows yesterday's act by its day alone, recorded less than a day later", () => {
    const act = new Date("2026-11-30T23:59:59+07:00");
    expect(eventDates(act, new Date("2026-12-01T09:15:00+07:00"), "vi")).toEqual({ act: "30/11/2026", dayOnly: true, recorded: null });
  });
  it("shows an imported event's act by its day, with the import's time", () => {
    const act = new Date("2023-09-14T15:33:00+07:00");
    expect(eventDates(act, new Date("2026-11-28T10:02:00+07:00"), "vi"))
      .toEqual({ act: "14/09/2023", dayOnly: true, recorded: "28/11/2026 10:02" });
  });
});
