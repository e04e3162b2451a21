import { describe, expect, it } from "vitest";
import { checkNumber, dayError, parseTyped } from "@/features/households/form-checks";

describe("numbers as typed", () => {
  it("reads vi-VN thousands and decimals", () => {
    expect(parseTyped("12.500.000", "vi")).toBe(12_500_000);
    expect(parseTyped("12,5", "vi")).toBe(12.5);
    expect(parseTyped("0.5", "vi")).toBe(0.5);
    expect(parseTyped("1,234,567", "en")).toBe(1_234_567);
    expect(parseTyped("", "vi")).toBeNull();
    expect(parseTyped("12 triệu", "vi")).toBeNaN();
  });
  it("names what is wrong with a number", () => {
    expect(checkNumber("", "vi", { required: true }).error).toBe("required");
    expect(checkNumber("abc", "vi", {}).error).toBe("not_number");
    expect(checkNumber("-1", "vi", {}).error).toBe("negative");
    expect(checkNumber("0", "vi", { positive: true }).error).toBe("not_positive");
    expect(checkNumber("1,5", "vi", { whole: true }).error).toBe("not_whole");
    expect(checkNumber("100,5", "vi", { share: true }).error).toBe("share_range");
    expect(checkNumber("100", "vi", { share: true })).toEqual({ value: 100 });
  });
});

describe("days", () => {
  it("refuses impossible, early and future days", () => {
    expect(dayError("2024-02-30", true)).toBe("date_invalid");
    expect(dayError("1999-12-31", true)).toBe("date_early");
    expect(dayError("2026-12-03", true, "2026-12-02")).toBe("date_future");
    expect(dayError("", true)).toBe("required");
    expect(dayError("", false)).toBeUndefined();
    expect(dayError("2026-12-02", true, "2026-12-02")).toBeUndefined();
  });
});
