import { describe, expect, it } from "vitest";
import { numberForInput, parseTypedNumber } from "@/features/admin/parse-number";

describe("typed numbers", () => {
  it("reads vi-VN forms", () => {
    expect(parseTypedNumber("1.234,5", "vi")).toBe(1234.5);
    expect(parseTypedNumber("1234,5", "vi")).toBe(1234.5);
    expect(parseTypedNumber("1.234", "vi")).toBe(1234);
    expect(parseTypedNumber("0.5", "vi")).toBe(0.5);
    expect(parseTypedNumber("1 234", "vi")).toBe(1234);
    expect(parseTypedNumber("1.234.567", "vi")).toBe(1234567);
    expect(parseTypedNumber("", "vi")).toBeNull();
  });
  it("reads English forms", () => {
    expect(parseTypedNumber("1,234.5", "en")).toBe(1234.5);
    expect(parseTypedNumber("1234.5", "en")).toBe(1234.5);
  });
  it("refuses what is not a number", () => {
    expect(parseTypedNumber("12a", "vi")).toBeNaN();
    expect(parseTypedNumber("1,2,3", "vi")).toBeNaN();
  });
  it("writes a number back for editing", () => {
    expect(numberForInput(12.5, "vi")).toBe("12,5");
    expect(numberForInput(12.5, "en")).toBe("12.5");
    expect(numberForInput(null, "vi")).toBe("");
  });
});
