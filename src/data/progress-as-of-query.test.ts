import { describe, expect, it } from "vitest";
import { skipToken } from "@tanstack/react-query";
import { PROGRESS_AS_OF_KEY, progressAsOfQuery } from "@/data/progress-as-of-query";

describe("progressAsOfQuery", () => {
  it("keys each day and grouping apart", () => {
    expect(progressAsOfQuery("project", "2024-12-31").queryKey).toEqual([...PROGRESS_AS_OF_KEY, "2024-12-31", "project"]);
    expect(progressAsOfQuery("admin_unit", "2024-06-30").queryKey).toEqual([...PROGRESS_AS_OF_KEY, "2024-06-30", "admin_unit"]);
  });
  it("asks nothing without a day", () => {
    expect(progressAsOfQuery("project", null).queryFn).toBe(skipToken);
  });
});
