import { describe, expect, it } from "vitest";
import { deadlineLevels, flagTiming, timelineFlags } from "@/domain/deadline-levels";

describe("the deadline flags of timeline rows", () => {
  it("marks a rice-land parcel whose decision came less than 90 days after its notice red", () => {
    const row = { id: "a", landType: "LUC", stage: "recovery_decided" as const,
      acts: { notice: "2025-01-01", plan_approved: "2025-03-01", recovery_decided: "2025-03-05" } };
    const flags = timelineFlags(row, "2025-06-01");
    expect(flags[0]).toMatchObject({ ruleId: "notice_lead_agricultural", level: "red", limitDay: "2025-04-01", days: 27 });
    expect(flagTiming(flags[0]!)).toEqual({ delay: "short", days: 27, limit: "earliest" });
    expect(deadlineLevels([row], "2025-06-01").get("a")).toBe("red");
  });

  it("gives amber for a deadline near, and leaves unflagged parcels out", () => {
    const near = { id: "n", landType: "LUC", stage: "plan_approved" as const, acts: { notice: "2024-01-01", plan_approved: "2025-03-01" } };
    const calm = { id: "c", landType: "LUC", stage: "notice" as const, acts: { notice: "2025-03-01" } };
    const levels = deadlineLevels([near, calm], "2025-03-06");
    expect(levels.get("n")).toBe("amber");
    expect(levels.has("c")).toBe(false);
    const flag = timelineFlags(near, "2025-03-06")[0]!;
    expect(flagTiming(flag)).toEqual({ delay: "left", days: 5, limit: "last" });
  });

  it("says overdue when the deadline passed without the act, and late when the act came after it", () => {
    const overdue = { id: "o", landType: "LUC", stage: "plan_approved" as const, acts: { notice: "2024-01-01", plan_approved: "2025-03-01" } };
    expect(flagTiming(timelineFlags(overdue, "2025-03-20")[0]!)).toEqual({ delay: "overdue", days: 9, limit: "last" });
    const late = { id: "l", landType: "LUC", stage: "recovery_decided" as const,
      acts: { notice: "2024-01-01", plan_approved: "2025-03-01", recovery_decided: "2025-03-15" } };
    expect(flagTiming(timelineFlags(late, "2025-03-20")[0]!)).toEqual({ delay: "late", days: 4, limit: "last" });
  });
});
