import { describe, expect, it } from "vitest";
import { addDays } from "@/domain/act-date";
import type { DeadlineFacts } from "@/domain/deadline-rules";
import { DEADLINE_RULES, deadlineFlags, deadlineRule, HOUSEHOLD_ACTS, householdPaymentFlag, judgeRule, PLAN_ACTS, planPostingFlag, RECORDED_ACTS, worstFlag } from "@/domain/deadline-rules";
import { STAGE_IDS } from "@/domain/stages";

const START = "2026-03-01";

function facts(acts: DeadlineFacts["acts"], stage: DeadlineFacts["stage"] = "compensated", landType = "LUC"): DeadlineFacts {
  return { landType, stage, acts };
}

describe("the deadline table", () => {
  it("cites an article of the Land Law 2024 for every rule, with both languages", () => {
    for (const rule of DEADLINE_RULES) {
      expect(rule.articleVi).toMatch(/Điều \d+ Luật Đất đai 2024$/);
      expect(rule.articleEn).toMatch(/^Land Law 2024, Art\. \d+/);
      expect(rule.labelVi.length).toBeGreaterThan(10);
      expect(rule.labelEn.length).toBeGreaterThan(10);
      expect(rule.days).toBeGreaterThan(0);
    }
    expect(new Set(DEADLINE_RULES.map((r) => r.id)).size).toBe(DEADLINE_RULES.length);
  });

  it("marks as recorded exactly the rules whose acts are stage events", () => {
    for (const rule of DEADLINE_RULES) {
      const acts = rule.subject === "parcel" ? RECORDED_ACTS : rule.subject === "plan" ? PLAN_ACTS : HOUSEHOLD_ACTS;
      const both = acts.includes(rule.from) && acts.includes(rule.to);
      expect(rule.recorded).toBe(both);
    }
    for (const act of RECORDED_ACTS) expect(STAGE_IDS).toContain(act);
  });

  it("holds the figures the law gives", () => {
    expect(deadlineRule("notice_lead_agricultural").days).toBe(90);
    expect(deadlineRule("notice_lead_non_agricultural").days).toBe(180);
    expect(deadlineRule("draft_plan_posting").days).toBe(30);
    expect(deadlineRule("payment_after_approval").days).toBe(30);
    expect(deadlineRule("payment_after_approval").articleVi).toContain("Điều 94");
  });
});

describe("payment within 30 days of the plan's approval", () => {
  const rule = deadlineRule("payment_after_approval");
  it.each([[29, null], [30, null], [31, 1]])("paid on day %i: late by %s", (day, late) => {
    const flag = judgeRule(rule, facts({ plan_approved: START, compensated: addDays(START, day) }), "2026-12-01");
    expect(flag?.days ?? null).toBe(late);
    if (flag) expect(flag).toMatchObject({ level: "red", limitDay: addDays(START, 30), actDay: addDays(START, 31) });
  });

  it.each([
    [22, null], [23, { level: "amber", days: 7 }], [29, { level: "amber", days: 1 }],
    [30, { level: "amber", days: 0 }], [31, { level: "red", days: 1 }],
  ])("unpaid on day %i: %o", (day, expected) => {
    const flag = judgeRule(rule, facts({ plan_approved: START }, "recovery_decided"), addDays(START, day));
    if (expected === null) expect(flag).toBeNull();
    else expect(flag).toMatchObject({ ...expected, limitDay: addDays(START, 30), actDay: null });
  });

  it("judges nothing before the plan is approved, or past payment with no day recorded for it", () => {
    expect(judgeRule(rule, facts({}, "inventory"), "2026-12-01")).toBeNull();
    expect(judgeRule(rule, facts({ plan_approved: START }, "handed_over"), "2026-12-01")).toBeNull();
  });
});

describe("the recovery notice ahead of the decision", () => {
  const agricultural = deadlineRule("notice_lead_agricultural");
  const other = deadlineRule("notice_lead_non_agricultural");
  it.each([[89, 1], [90, null], [91, null]])("agricultural, decision on day %i: short by %s", (day, short) => {
    const flag = judgeRule(agricultural, facts({ notice: START, recovery_decided: addDays(START, day) }), "2026-12-01");
    expect(flag?.days ?? null).toBe(short);
  });
  it.each([[179, 1], [180, null], [181, null]])("non-agricultural, decision on day %i: short by %s", (day, short) => {
    const flag = judgeRule(other, facts({ notice: START, recovery_decided: addDays(START, day) }, "compensated", "ONT"), "2026-12-01");
    expect(flag?.days ?? null).toBe(short);
  });
  it("applies each lead to its own land only, and not before the decision", () => {
    const late = { notice: START, recovery_decided: addDays(START, 100) };
    expect(judgeRule(agricultural, facts(late, "compensated", "ONT"), "2026-12-01")).toBeNull();
    expect(judgeRule(other, facts(late, "compensated", "ONT"), "2026-12-01")?.days).toBe(80);
    expect(judgeRule(other, facts(late, "compensated", "LUC"), "2026-12-01")).toBeNull();
    expect(judgeRule(other, facts(late, "compensated", "BCS"), "2026-12-01")).toBeNull();
    expect(judgeRule(agricultural, facts({ notice: START }, "plan_approved"), "2026-12-01")).toBeNull();
  });
});

describe("the draft plan posted for 30 days", () => {
  const rule = deadlineRule("draft_plan_posting");
  it.each([[29, 1], [30, null], [31, null]])("taken down on day %i: short by %s", (day, short) => {
    const flag = judgeRule(rule, facts({ draft_posted: START, draft_unposted: addDays(START, day) }), "2026-12-01");
    expect(flag?.days ?? null).toBe(short);
  });
  it("is judged per plan batch, never as a parcel's flag", () => {
    expect(rule.subject).toBe("plan");
    expect(deadlineFlags(facts({ plan_approved: START, compensated: START, draft_posted: START, draft_unposted: START }),
      "2026-12-01")).toEqual([]);
  });
  it.each([
    ["taken down on day 20", { postedFrom: START, postedTo: addDays(START, 20), decisionDate: null }, 10],
    ["approved on day 25 with the posting meant to last 30", { postedFrom: START, postedTo: addDays(START, 30), decisionDate: addDays(START, 25) }, 5],
    ["posted 30 days, approved after", { postedFrom: START, postedTo: addDays(START, 30), decisionDate: addDays(START, 40) }, null],
    ["no posting day recorded", { postedFrom: null, postedTo: null, decisionDate: START }, null],
    ["still posted, to end after today", { postedFrom: START, postedTo: addDays(START, 30), decisionDate: null }, null],
  ])("a plan %s: short by %s", (_what, plan, short) => {
    const flag = planPostingFlag(plan, addDays(START, 26));
    expect(flag?.days ?? null).toBe(short);
    if (flag) expect(flag).toMatchObject({ ruleId: "draft_plan_posting", level: "red", limitDay: addDays(START, 30) });
  });
  it("reads a posting or approval dated after the day judged as not come yet", () => {
    expect(planPostingFlag({ postedFrom: START, postedTo: addDays(START, 10), decisionDate: null }, addDays(START, 5))).toBeNull();
  });
});

describe("the recovery decision within 10 days of approval", () => {
  const rule = deadlineRule("recovery_after_approval");
  it.each([[9, null], [10, null], [11, 1]])("decided on day %i: late by %s", (day, late) => {
    const flag = judgeRule(rule, facts({ plan_approved: START, recovery_decided: addDays(START, day) }), "2026-12-01");
    expect(flag?.days ?? null).toBe(late);
  });
});

describe("a parcel's flags", () => {
  it("lists red before amber and names the worst", () => {
    const flags = deadlineFlags(facts({ notice: START, plan_approved: addDays(START, 20), recovery_decided: addDays(START, 40) },
      "recovery_decided"), addDays(START, 45));
    expect(flags.map((f) => [f.ruleId, f.level])).toEqual([
      ["notice_lead_agricultural", "red"], ["recovery_after_approval", "red"], ["payment_after_approval", "amber"],
    ]);
    expect(worstFlag(flags)).toBe("red");
    expect(worstFlag(flags.slice(2))).toBe("amber");
    expect(worstFlag([])).toBeNull();
  });
});

describe("the household payment rule (Art. 94(3)(a), per household)", () => {
  const decided = "2024-04-01";
  it.each([[29, null], [30, null], [31, 1]])("paid in full on day %i: late by %s", (day, late) => {
    const flag = householdPaymentFlag({ decisionDate: decided, paidInFullOn: addDays(decided, day) }, "2024-12-31");
    expect(flag?.days ?? null).toBe(late);
    if (flag) expect(flag).toMatchObject({ ruleId: "household_payment", level: "red", limitDay: "2024-05-01", actDay: "2024-05-02" });
  });
  it.each([[22, null], [23, "amber", 7], [29, "amber", 1], [30, "amber", 0], [31, "red", 1]] as const)(
    "unpaid on day %i: %s", (day, level, days = 0) => {
      const flag = householdPaymentFlag({ decisionDate: decided, paidInFullOn: null }, addDays(decided, day));
      expect(flag?.level ?? null).toBe(level);
      if (flag) expect(flag.days).toBe(days);
    });
  it("is the same 30 days and article as the parcel rule, and never raised for a parcel", () => {
    expect(deadlineRule("household_payment").days).toBe(deadlineRule("payment_after_approval").days);
    expect(deadlineRule("household_payment").articleVi).toBe(deadlineRule("payment_after_approval").articleVi);
    const flags = deadlineFlags(facts({ plan_approved: START }, "plan_approved"), addDays(START, 60));
    expect(flags.map((f) => f.ruleId)).not.toContain("household_payment");
  });
});
