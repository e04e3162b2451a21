import { describe, expect, it } from "vitest";
import { compareOrdinal } from "@/domain/compare-ordinal";

describe("compareOrdinal", () => {
  it("orders by code units, whatever the language's rules", () => {
    // a collator puts "a" before "B" and "Đ" beside "D"; code units put capitals first and "Đ" (U+0110) last
    expect(["b", "B", "a", "Đ", "D", "10", "9"].sort(compareOrdinal)).toEqual(["10", "9", "B", "D", "a", "b", "Đ"]);
  });

  it("gives zero only for equal strings", () => {
    expect(compareOrdinal("p-1", "p-1")).toBe(0);
    expect(compareOrdinal("p-1", "p-2")).toBeLessThan(0);
    expect(compareOrdinal("p-2", "p-1")).toBeGreaterThan(0);
  });
});
