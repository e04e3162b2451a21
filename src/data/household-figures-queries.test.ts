import { describe, expect, it } from "vitest";
import { parseHouseholdDeadlines, householdDeadlinesQuery } from "@/data/household-deadlines-query";
import { householdProgressQuery, parseHouseholdProgress } from "@/data/household-progress-query";

describe("household_progress rows", () => {
  it("parses numerics sent as strings, null money and utilities", () => {
    const [row] = parseHouseholdProgress([{
      key: "p", name: "Dự án", households: "4", households_plan_approved: 3, households_paid: 3, households_handed_over: 2,
      approved_vnd: "395000000", paid_vnd: null, graves_total: "15", graves_moved: 12,
      utilities: [{ kind: "power_line", unit: "m", total: 1000, done: 300 }], plots_needed: 2, plots_ready: "1",
    }]);
    expect(row).toMatchObject({ households: 4, approvedVnd: 395_000_000, paidVnd: null, gravesTotal: 15, plotsReady: 1,
      utilities: [{ kind: "power_line", unit: "m", total: 1000, done: 300 }] });
  });
  it("refuses an unknown utility kind", () => {
    expect(() => parseHouseholdProgress([{ key: "p", name: "n", households: 0, households_plan_approved: 0, households_paid: 0,
      households_handed_over: 0, approved_vnd: 0, paid_vnd: 0, graves_total: 0, graves_moved: 0,
      utilities: [{ kind: "bridge", unit: "m", total: 1, done: 0 }], plots_needed: 0, plots_ready: 0 }])).toThrow();
  });
  it("keys each caller apart: the public's answer withholds money", () => {
    expect(householdProgressQuery("project", null, null).queryKey).toEqual(["household-figures", "progress", "anon", "today", "project"]);
    expect(householdProgressQuery("province", "2024-12-31", "u1").queryKey).toEqual(["household-figures", "progress", "u1", "2024-12-31", "province"]);
  });
});

describe("household_deadlines rows", () => {
  it("parses the days and amounts", () => {
    expect(parseHouseholdDeadlines([{ party_id: "a", party_name: "Hộ A", plan_id: "p", project_id: "x", batch: "Đợt 1",
      decision_date: "2024-04-01", total_vnd: "115000000", paid_vnd: 0, paid_in_full_on: null }])).toEqual([{
      partyId: "a", partyName: "Hộ A", planId: "p", projectId: "x", batch: "Đợt 1", decisionDate: "2024-04-01",
      totalVnd: 115_000_000, paidVnd: 0, paidInFullOn: null }]);
  });
  it("keeps personal data in the signed-in user's scope", () => {
    expect(householdDeadlinesQuery(null, null, "u1").queryKey).toEqual(["user", "households", "u1", "deadlines", "today", "all"]);
  });
});
