import { describe, expect, it } from "vitest";
import { auditSectionOf } from "@/features/audit/audit-sections";

describe("the audit page's sections", () => {
  it("opens the parcel's audit from the parcel panel's link, else the per-user one", () => {
    expect(auditSectionOf(null, "p1")).toEqual({ section: "parcel", unknown: false });
    expect(auditSectionOf(null, null)).toEqual({ section: "user", unknown: false });
    expect(auditSectionOf("day", null)).toEqual({ section: "day", unknown: false });
    expect(auditSectionOf("bogus", null)).toEqual({ section: "user", unknown: true });
  });
});
