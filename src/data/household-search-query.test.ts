import { describe, expect, it } from "vitest";
import { householdQueryProblem, parseHouseholdSearch } from "@/data/household-search-query";

describe("householdQueryProblem", () => {
  it("asks for 3 digits of an ID number and 2 letters of a name, as the server does", () => {
    expect(householdQueryProblem("00")).toBe("too_short_digits");
    expect(householdQueryProblem(" 001 ")).toBeNull();
    expect(householdQueryProblem("Ă")).toBe("too_short_letters");
    expect(householdQueryProblem("Đỗ")).toBeNull();
    expect(householdQueryProblem("1 2")).toBe("too_short_letters");
    expect(householdQueryProblem("a".repeat(101))).toBe("too_long");
  });
});

describe("parseHouseholdSearch", () => {
  it("reads the rows as the API sends them", () => {
    expect(parseHouseholdSearch([{ party_id: "p", kind: "household", name: "Hộ ông An", id_number: null, admin_unit_id: "326",
                                   commune_name: "Văn Giang", parcels: "2", project_names: ["Vành đai 4"] }]))
      .toEqual([{ partyId: "p", kind: "household", name: "Hộ ông An", idNumber: null, adminUnitId: "326",
                  communeName: "Văn Giang", parcels: 2, projectNames: ["Vành đai 4"] }]);
  });
});
