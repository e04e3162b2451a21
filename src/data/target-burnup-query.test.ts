import { describe, expect, it } from "vitest";
import { parseTargetBurnup, targetBurnupQuery, TARGET_BURNUP_TODAY_KEY } from "@/data/target-burnup-query";
import { UnexpectedDataError } from "@/data/parse";

describe("parseTargetBurnup", () => {
  it("reads values sent as strings (local backend) or numbers, in day order", () => {
    const points = parseTargetBurnup([
      { day: "2024-04-02", value: 0.4 },
      { day: "2024-04-01", value: "0.00000000000000000000" },
    ]);
    expect(points).toEqual([{ day: "2024-04-01", value: 0 }, { day: "2024-04-02", value: 0.4 }]);
  });
  it("reads an empty series (period not begun, or not measurable)", () => {
    expect(parseTargetBurnup([])).toEqual([]);
  });
  it("refuses a null value or a timestamp for a day rather than drawing a wrong point", () => {
    expect(() => parseTargetBurnup([{ day: "2024-04-01", value: null }])).toThrow(UnexpectedDataError);
    expect(() => parseTargetBurnup([{ day: "2024-04-01 00:00:00+07", value: 1 }])).toThrow(UnexpectedDataError);
  });
});

describe("targetBurnupQuery", () => {
  it("keys today's series under the prefix the change feed refetches, a past day's apart", () => {
    expect(targetBurnupQuery("t1", null).queryKey.slice(0, 2)).toEqual([...TARGET_BURNUP_TODAY_KEY]);
    expect(targetBurnupQuery("t1", "2024-12-31").queryKey).toEqual(["target-burnup", "2024-12-31", "t1"]);
  });
});
