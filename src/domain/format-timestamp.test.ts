import { describe, expect, it } from "vitest";
import { MISSING } from "@/domain/format";
import { formatTimestamp } from "@/domain/format-timestamp";

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
