import { describe, expect, it } from "vitest";
import {
  formatCount, formatDate, formatDateTime, formatHa, formatM2, formatM2AsHa, formatNumber, formatPercent,
  formatPercentValue, formatVnd, formatWholePercent, m2ToHa, MISSING,
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

describe("formatNumber writes what Intl.NumberFormat writes (it does without Intl for speed)", () => {
  const intl = (value: number, lang: "vi" | "en", digits: number) =>
    new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
      minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "negative",
    }).format(value);
  // Halves that binary doubles cannot hold (1.005, 2.675), halves on whole numbers, carries
  // across a group (999.95), tiny and huge values (exponent notation falls back to Intl).
  const edges = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 1.045, 0.125, 999.95, 999_999.5, -999.96, 0.0004,
    -0.04, -0.05, 1e-7, 123_456_789_012.345, 9.995, 1e20, 1e21, 4.35, 1234, 12_345.678_9];
  for (const lang of ["vi", "en"] as const) {
    it(`matches Intl at the edges (${lang})`, () => {
      for (const value of edges) for (const digits of [0, 1, 2, 3]) {
        expect(formatNumber(value, lang, digits), `${value} with ${digits} decimals`).toBe(intl(value, lang, digits));
      }
    });
    it(`matches Intl on 20,000 random values (${lang})`, () => {
      let seed = 20_261_201;
      const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
      for (let i = 0; i < 20_000; i++) {
        const scale = 10 ** Math.floor(random() * 12 - 3);
        const value = (random() - 0.3) * scale;
        // every fourth value a decimal with few digits, where exact halves are common
        const shown = i % 4 === 0 ? Math.round(value * 1000) / 1000 : value;
        const digits = i % 4;
        expect(formatNumber(shown, lang, digits), `${shown} with ${digits} decimals`).toBe(intl(shown, lang, digits));
      }
    });
  }
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
  it("rounds a rough share to a whole percent, but never some to none", () => {
    expect(formatWholePercent(0.8, "vi")).toBe(nb("80 %"));
    expect(formatWholePercent(0.994, "en")).toBe("99%");
    expect(formatWholePercent(0.004, "vi")).toBe(nb("0,4 %"));
    expect(formatWholePercent(0, "vi")).toBe(nb("0 %"));
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
