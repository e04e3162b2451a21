import { describe, expect, it } from "vitest";
import { fieldNumber, fieldText } from "@/import/field-values";

const row = { a: " 12 ", b: 12, c: "", d: null, e: "1.234,5", f: "1 234.5", g: "435,5", h: "12abc", i: 7.0 };

describe("mapped field values", () => {
  it("reads text from a column or a constant, trimmed, empty as null", () => {
    expect(fieldText(row, { column: "a" })).toBe("12");
    expect(fieldText(row, { column: "b" })).toBe("12");
    expect(fieldText(row, { column: "i" })).toBe("7");
    expect(fieldText(row, { column: "c" })).toBeNull();
    expect(fieldText(row, { column: "d" })).toBeNull();
    expect(fieldText(row, { column: "missing" })).toBeNull();
    expect(fieldText(row, { constant: "LUC" })).toBe("LUC");
    expect(fieldText(row, null)).toBeNull();
  });

  it("reads numbers with a decimal comma or point and thousands separators; NaN for text", () => {
    expect(fieldNumber(row, { column: "b" })).toBe(12);
    expect(fieldNumber(row, { column: "e" })).toBe(1234.5);
    expect(fieldNumber(row, { column: "f" })).toBe(1234.5);
    expect(fieldNumber(row, { column: "g" })).toBe(435.5);
    expect(fieldNumber(row, { column: "h" })).toBeNaN();
    expect(fieldNumber(row, { column: "c" })).toBeNull();
    expect(fieldNumber(row, undefined)).toBeNull();
  });
});
