import { describe, expect, it } from "vitest";
import { formatVndShort, mergeUtilities, sumHouseholdFigures, utilitiesText } from "@/domain/household-figures";
import type { HouseholdFigures } from "@/domain/household-types";

function row(extra: Partial<HouseholdFigures>): HouseholdFigures {
  return {
    key: "k", name: "n", households: 0, householdsPlanApproved: 0, householdsPaid: 0, householdsHandedOver: 0,
    approvedVnd: 0, paidVnd: 0, gravesTotal: 0, gravesMoved: 0, utilities: [], plotsNeeded: 0, plotsReady: 0, ...extra,
  };
}

describe("formatVndShort", () => {
  it("writes billions, millions and small amounts as a leader's report does", () => {
    expect(formatVndShort(12_345_000_000, "vi")).toBe("12,35 tỷ đồng");
    expect(formatVndShort(395_000_000, "vi")).toBe("395 triệu đồng");
    expect(formatVndShort(5_500_000, "vi")).toBe("5,5 triệu đồng");
    expect(formatVndShort(950_000, "vi")).toBe("950.000 đồng");
    expect(formatVndShort(12_345_000_000, "en")).toBe("VND 12.35 billion");
    expect(formatVndShort(395_000_000, "en")).toBe("VND 395 million");
    expect(formatVndShort(null, "vi")).toBe("–");
  });
});

describe("sumHouseholdFigures", () => {
  it("adds counts and money, and merges utilities by kind and unit", () => {
    const total = sumHouseholdFigures([
      row({ households: 4, householdsPaid: 3, approvedVnd: 395e6, paidVnd: 295e6, gravesTotal: 15, gravesMoved: 4,
        utilities: [{ kind: "power_line", unit: "m", total: 1000, done: 300 }] }),
      row({ households: 2, householdsPaid: 1, approvedVnd: 5e6, paidVnd: 5e6, plotsNeeded: 2, plotsReady: 1,
        utilities: [{ kind: "power_line", unit: "m", total: 500, done: 500 }, { kind: "grave", unit: "count", total: 1, done: 0 }] }),
    ]);
    expect(total).toMatchObject({ households: 6, householdsPaid: 4, approvedVnd: 400e6, paidVnd: 300e6, gravesTotal: 15, gravesMoved: 4, plotsNeeded: 2, plotsReady: 1 });
    expect(total.utilities).toEqual([{ kind: "grave", unit: "count", total: 1, done: 0 }, { kind: "power_line", unit: "m", total: 1500, done: 800 }]);
  });
  it("leaves money out when one group's is withheld", () => {
    expect(sumHouseholdFigures([row({ approvedVnd: 1 }), row({ approvedVnd: null })]).approvedVnd).toBeNull();
  });
  it("writes utilities in their units", () => {
    const text = utilitiesText(mergeUtilities([[{ kind: "water_pipe", unit: "count", total: 3, done: 0 }, { kind: "power_line", unit: "m", total: 1000, done: 300 }]]), "vi", (k) => k);
    expect(text).toBe("power_line: 300 / 1.000 m; water_pipe: 0 / 3");
  });
});
