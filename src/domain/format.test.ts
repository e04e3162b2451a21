import { describe, expect, it } from "vitest";
import {
  formatCount, formatDate, formatDateTime, formatHa, formatM2, formatM2AsHa, formatNumber, formatPercent,
  formatPercentValue, formatVnd, m2ToHa, MISSING,
} from "@/domain/format";

// The formatters join units with a no-break space; tests spell it out with this helper.
const nb = (s: string) => s.replaceAll(" ", "\u00a0");

describe("formatNumber", () => {
  it("groups thousands with dots and uses a decimal comma in Vietnamese", () => {
    expect(formatNumber(1234567.891, "vi", 2)).toBe("1.234.567,89");
  });
  it("uses English separators in English", () => {
    expect(formatNumber(1234567.891, "en", 2)).toBe("1,234,567.89");
  });
  it("pads to the requested decimals", () => {
    expect(formatNumber(5, "vi", 1)).toBe("5,0");
  });
  it("never prints a negative zero", () => {
    expect(formatNumber(-0.01, "vi", 1)).toBe("0,0");
  });
  it("prints a dash for missing or non-finite values", () => {
    expect(formatNumber(null, "vi")).toBe(MISSING);
    expect(formatNumber(undefined, "en")).toBe(MISSING);
    expect(formatNumber(Number.NaN, "vi")).toBe(MISSING);
    expect(formatNumber(Number.POSITIVE_INFINITY, "vi")).toBe(MISSING);
  });
});

describe("formatCount", () => {
  it("rounds to whole numbers with grouping", () => {
    expect(formatCount(12345, "vi")).toBe("12.345");
    expect(formatCount(12345, "en")).toBe("12,345");
  });
});

describe("areas", () => {
  it("converts square metres to hectares", () => {
    expect(m2ToHa(12_345_000)).toBe(1234.5);
  });
  it("formats m² as hectares: 1.234,5 ha", () => {
    expect(formatM2AsHa(12_345_000, "vi")).toBe(nb("1.234,5 ha"));
    expect(formatM2AsHa(12_345_000, "en")).toBe(nb("1,234.5 ha"));
  });
  it("formats hectares with a chosen precision", () => {
    expect(formatHa(300, "vi", 0)).toBe(nb("300 ha"));
    expect(formatHa(4395.43, "vi", 2)).toBe(nb("4.395,43 ha"));
  });
  it("formats parcel areas in m²", () => {
    expect(formatM2(1234.4, "vi")).toBe(nb("1.234 m²"));
  });
  it("prints a dash for a missing area", () => {
    expect(formatM2AsHa(null, "vi")).toBe(MISSING);
  });
});

describe("percentages", () => {
  it("formats a share as 85,3 % in Vietnamese", () => {
    expect(formatPercent(0.853, "vi")).toBe(nb("85,3 %"));
  });
  it("formats a share as 85.3% in English", () => {
    expect(formatPercent(0.853, "en")).toBe("85.3%");
  });
  it("formats a value already in percent", () => {
    expect(formatPercentValue(100, "vi", 0)).toBe(nb("100 %"));
  });
  it("prints a dash when there is no share", () => {
    expect(formatPercent(null, "vi")).toBe(MISSING);
  });
});

describe("formatDate", () => {
  it("prints a calendar date as dd/MM/yyyy in Vietnamese", () => {
    expect(formatDate("2024-12-31", "vi")).toBe("31/12/2024");
    expect(formatDate("2025-07-01", "vi")).toBe("01/07/2025");
  });
  it("prints a calendar date unambiguously in English", () => {
    expect(formatDate("2024-12-31", "en")).toBe("31 Dec 2024");
  });
  it("prints an instant as the date it is in Hưng Yên (UTC+7)", () => {
    // 20:00 UTC on 31 December is 03:00 on 1 January in Vietnam.
    expect(formatDate(new Date("2024-12-31T20:00:00Z"), "vi")).toBe("01/01/2025");
    expect(formatDate(new Date("2024-12-31T10:00:00Z"), "vi")).toBe("31/12/2024");
  });
  it("prints a dash for missing or malformed dates", () => {
    expect(formatDate(null, "vi")).toBe(MISSING);
    expect(formatDate("31/12/2024", "vi")).toBe(MISSING);
    expect(formatDate(new Date("nonsense"), "vi")).toBe(MISSING);
  });
});

describe("formatVnd", () => {
  it("formats dong in Vietnamese", () => {
    expect(formatVnd(1234567, "vi")).toBe(nb("1.234.567 ₫"));
  });
  it("formats dong in English", () => {
    expect(formatVnd(1234567, "en")).toBe("₫1,234,567");
  });
});

describe("formatDateTime", () => {
  it("prints time and date in Hưng Yên", () => {
    expect(formatDateTime(new Date("2026-11-28T02:05:00Z"), "vi")).toBe("09:05, 28/11/2026");
    expect(formatDateTime(new Date("2026-11-28T17:30:00Z"), "en")).toBe("00:30, 29 Nov 2026");
  });
  it("prints a dash for a missing moment", () => {
    expect(formatDateTime(null, "vi")).toBe(MISSING);
  });
});
