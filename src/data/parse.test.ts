import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { count, isoDate, numeric, parseRows, parseTimestamp, timestamptz, UnexpectedDataError } from "@/data/parse";

describe("numeric", () => {
  it("accepts numbers and decimal strings", () => {
    expect(numeric.parse(12.5)).toBe(12.5);
    expect(numeric.parse("12345678.90")).toBe(12345678.9);
    expect(numeric.parse("-0.5")).toBe(-0.5);
    expect(numeric.parse("1e3")).toBe(1000);
  });
  it("rejects text that is not a number", () => {
    expect(numeric.safeParse("12,5").success).toBe(false);
    expect(numeric.safeParse("").success).toBe(false);
    expect(numeric.safeParse("NaN").success).toBe(false);
    expect(numeric.safeParse(null).success).toBe(false);
  });
  it("trims decimal strings, refuses values that are not finite numbers, and says why", () => {
    expect(numeric.parse(" 7.25 ")).toBe(7.25);
    expect(numeric.safeParse("1e999").success).toBe(false);
    expect(numeric.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(numeric.safeParse(true).success).toBe(false);
    expect(numeric.safeParse({ value: 1 }).success).toBe(false);
    expect(numeric.safeParse("12 ha").error?.issues[0]?.message).toBe("not a decimal number");
  });
  it("lets nullable columns through as null, and numbers otherwise", () => {
    const schema = z.nullable(numeric);
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse("3.5")).toBe(3.5);
    expect(schema.safeParse("x").success).toBe(false);
  });
});

describe("count", () => {
  it("accepts whole non-negative numbers, also as strings", () => {
    expect(count.parse("42")).toBe(42);
    expect(count.safeParse("4.2").success).toBe(false);
    expect(count.safeParse(-1).success).toBe(false);
    expect(count.parse(0)).toBe(0);
    expect(count.safeParse("-0.5").success).toBe(false);
    expect(count.safeParse("seven").error?.issues[0]?.message).toBe("not a whole number ≥ 0");
  });
});

describe("isoDate", () => {
  it("keeps a Postgres date as text", () => {
    expect(isoDate.parse("2024-12-31")).toBe("2024-12-31");
    expect(isoDate.safeParse("31/12/2024").success).toBe(false);
  });
});

describe("timestamps", () => {
  it("parses the Postgres text form", () => {
    expect(parseTimestamp("2024-12-31 10:00:00.123456+00")?.toISOString()).toBe("2024-12-31T10:00:00.123Z");
    expect(parseTimestamp("2024-12-31 17:00:00+07")?.toISOString()).toBe("2024-12-31T10:00:00.000Z");
    expect(parseTimestamp("2024-12-31 17:00:00+0700")?.toISOString()).toBe("2024-12-31T10:00:00.000Z");
  });
  it("parses ISO 8601", () => {
    expect(parseTimestamp("2024-12-31T10:00:00Z")?.toISOString()).toBe("2024-12-31T10:00:00.000Z");
    expect(parseTimestamp("2024-12-31T17:00:00+07:00")?.toISOString()).toBe("2024-12-31T10:00:00.000Z");
  });
  it("rejects other text", () => {
    expect(parseTimestamp("yesterday")).toBeNull();
    expect(timestamptz.safeParse("yesterday").success).toBe(false);
  });
});

describe("parseRows", () => {
  it("names the query when the shape is wrong", () => {
    expect(() => parseRows(z.array(z.object({ a: numeric })), [{ a: "x" }], "test_query")).toThrow(UnexpectedDataError);
    expect(() => parseRows(z.array(z.object({ a: numeric })), [{ a: "x" }], "test_query")).toThrow(/test_query/);
  });
  it("says in English what is wrong and where (zod/mini has no messages of its own)", () => {
    const schema = z.array(z.object({ id: z.string(), version: count }));
    expect(() => parseRows(schema, [{ id: 1, version: "4.2" }], "test_query")).toThrow(
      "Unexpected data from test_query: ✖ Invalid input: expected string, received number\n  → at [0].id\n" +
        "✖ not a whole number ≥ 0\n  → at [0].version",
    );
  });
});
