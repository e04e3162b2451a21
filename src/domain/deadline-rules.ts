// The legal deadlines of land recovery (Land Law 2024, Luật Đất đai số 31/2024/QH15), one row per
// rule with its article, and how a parcel's act dates are judged against them. Acts are the days
// (Hưng Yên calendar, "YYYY-MM-DD") of the stage events that record them; a rule whose acts the
// tracker does not record is listed (so the leader sees it is not checked) and never guessed.
//
// Days are counted as the law counts them: "within 30 days from X" ends on X + 30, so an act on
// day 30 is on time and on day 31 late; "at least 90 days before Y" holds when Y − X ≥ 90.

import { addDays, daysBefore } from "@/domain/act-date";
import type { LandGroup } from "@/domain/land-types";
import { landGroup } from "@/domain/land-types";
import type { StageId } from "@/domain/stages";
import { STAGE_IDS } from "@/domain/stages";

/**
 * The acts a rule reads: the stage events the tracker records, the draft plan's public posting
 * (its first and last day, recorded on each plan batch), and a household's own acts: the day its
 * plan's approval decision was signed and the day its payments reached the plan's total.
 */
export type DeadlineAct = "notice" | "plan_approved" | "recovery_decided" | "compensated" | "draft_posted" | "draft_unposted"
  | "plan_decided" | "paid_in_full";

/** The acts the tracker records: each is the day of the latest event that entered that stage. */
export const RECORDED_ACTS: readonly DeadlineAct[] = ["notice", "plan_approved", "recovery_decided", "compensated"];

/** A household's acts, recorded in its plan (decision_date) and its payments. */
export const HOUSEHOLD_ACTS: readonly DeadlineAct[] = ["plan_decided", "paid_in_full"];

/** A plan batch's acts: the first and last day its draft was posted (posted_from, posted_to). */
export const PLAN_ACTS: readonly DeadlineAct[] = ["draft_posted", "draft_unposted"];

/**
 * How a rule binds its two acts:
 *   lead    `to` may come no sooner than `days` after `from` (the notice ahead of the decision);
 *   within  `to` must come at most `days` after `from` (a deadline that runs from an act);
 *   lasting `from` to `to` must span at least `days` (a posting kept up for its full time).
 */
export type DeadlineKind = "lead" | "within" | "lasting";

/** The stable id of each rule. */
export type DeadlineRuleId =
  | "notice_lead_agricultural"
  | "notice_lead_non_agricultural"
  | "draft_plan_posting"
  | "recovery_after_approval"
  | "payment_after_approval"
  | "household_payment";

/** One rule of the table. */
export interface DeadlineRule {
  readonly id: DeadlineRuleId;
  /** What the rule judges: a parcel by its stage events, a plan batch, or a household's part of a plan. */
  readonly subject: "parcel" | "plan" | "household";
  readonly kind: DeadlineKind;
  readonly from: DeadlineAct;
  readonly to: DeadlineAct;
  readonly days: number;
  /** The land the rule is for; null for every parcel. */
  readonly landGroup: LandGroup | null;
  /** Where the law says it, as cited in reports. */
  readonly articleVi: string;
  readonly articleEn: string;
  /** The rule in a sentence. */
  readonly labelVi: string;
  readonly labelEn: string;
  /** False when the tracker does not record an act the rule needs: the rule is shown as not checked. */
  readonly recorded: boolean;
}

/** A red flag once a deadline has passed; amber this many days before it, and on its last day. */
export const AMBER_DAYS = 7;

/** Every rule the tracker knows, in the order of the procedure. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: "notice_lead_agricultural", subject: "parcel", kind: "lead", from: "notice", to: "recovery_decided", days: 90,
    landGroup: "agricultural",
    articleVi: "Khoản 1 Điều 85 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 85(1)",
    labelVi: "Thông báo thu hồi đất nông nghiệp gửi chậm nhất 90 ngày trước quyết định thu hồi",
    labelEn: "Recovery notice for agricultural land at least 90 days before the recovery decision",
    recorded: true,
  },
  {
    id: "notice_lead_non_agricultural", subject: "parcel", kind: "lead", from: "notice", to: "recovery_decided", days: 180,
    landGroup: "non_agricultural",
    articleVi: "Khoản 1 Điều 85 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 85(1)",
    labelVi: "Thông báo thu hồi đất phi nông nghiệp gửi chậm nhất 180 ngày trước quyết định thu hồi",
    labelEn: "Recovery notice for non-agricultural land at least 180 days before the recovery decision",
    recorded: true,
  },
  {
    id: "draft_plan_posting", subject: "plan", kind: "lasting", from: "draft_posted", to: "draft_unposted", days: 30,
    landGroup: null,
    articleVi: "Điều 87 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 87",
    labelVi: "Dự thảo phương án bồi thường, hỗ trợ, tái định cư niêm yết công khai trong 30 ngày",
    labelEn: "Draft compensation, support and resettlement plan publicly posted for 30 days",
    recorded: true,
  },
  {
    id: "recovery_after_approval", subject: "parcel", kind: "within", from: "plan_approved", to: "recovery_decided", days: 10,
    landGroup: null,
    articleVi: "Khoản 5 Điều 87 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 87(5)",
    labelVi: "Quyết định thu hồi đất ban hành trong 10 ngày kể từ ngày phê duyệt phương án",
    labelEn: "Recovery decision within 10 days of the plan's approval",
    recorded: true,
  },
  {
    id: "payment_after_approval", subject: "parcel", kind: "within", from: "plan_approved", to: "compensated", days: 30,
    landGroup: null,
    articleVi: "Điểm a khoản 3 Điều 94 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 94(3)(a)",
    labelVi: "Chi trả bồi thường, hỗ trợ trong 30 ngày kể từ ngày quyết định phê duyệt phương án có hiệu lực",
    labelEn: "Compensation and support paid within 30 days of the plan approval taking effect",
    recorded: true,
  },
  {
    // the same article read per household: its plan's decision and the day its payments reached
    // its total, which the parcel's stage event cannot tell when a parcel has several holders
    id: "household_payment", subject: "household", kind: "within", from: "plan_decided", to: "paid_in_full", days: 30,
    landGroup: null,
    articleVi: "Điểm a khoản 3 Điều 94 Luật Đất đai 2024", articleEn: "Land Law 2024, Art. 94(3)(a)",
    labelVi: "Chi trả đủ tiền bồi thường, hỗ trợ cho hộ trong 30 ngày kể từ ngày phê duyệt phương án",
    labelEn: "The household paid in full within 30 days of its plan's approval",
    recorded: true,
  },
];

/** The rule with this id. */
export function deadlineRule(id: DeadlineRuleId): DeadlineRule {
  const rule = DEADLINE_RULES.find((r) => r.id === id);
  if (!rule) throw new RangeError(`no deadline rule "${id}"`);
  return rule;
}

/** What a parcel's flags are judged from. */
export interface DeadlineFacts {
  readonly landType: string;
  /** The parcel's stage on the day judged. */
  readonly stage: StageId;
  /** The day of each act recorded up to the day judged. */
  readonly acts: Partial<Record<DeadlineAct, string>>;
}

/** red: the rule is broken (or its deadline passed without the act); amber: its deadline is near. */
export type FlagLevel = "red" | "amber";

/** One rule a parcel breaks or is about to. */
export interface DeadlineFlag {
  readonly ruleId: DeadlineRuleId;
  readonly level: FlagLevel;
  /**
   * lead: the first day the later act could lawfully come; within: the last day of the deadline;
   * lasting: the first day the posting could end.
   */
  readonly limitDay: string;
  /** The day of the later act, when it has come. */
  readonly actDay: string | null;
  /** Days past the limit (red), or left until it (amber; 0 on its last day). */
  readonly days: number;
}

const STAGE_ORDER = new Map(STAGE_IDS.map((id, i) => [id, i]));

/** Whether the parcel's stage has reached the stage that records `act` (unknown acts: no). */
function reached(stage: StageId, act: DeadlineAct): boolean {
  const at = STAGE_ORDER.get(act as StageId);
  return at !== undefined && (STAGE_ORDER.get(stage) ?? -1) >= at;
}

/** The flag `rule` raises for `facts` on `today`, or null. */
export function judgeRule(rule: DeadlineRule, facts: DeadlineFacts, today: string): DeadlineFlag | null {
  if (rule.landGroup !== null && landGroup(facts.landType) !== rule.landGroup) return null;
  const from = facts.acts[rule.from];
  if (!from) return null;
  const to = facts.acts[rule.to] ?? null;
  const limitDay = addDays(from, rule.days);
  if (rule.kind === "lead" || rule.kind === "lasting") {
    if (!to) return null;
    const short = daysBefore(to, limitDay) ?? 0; // > 0 when `to` came before the limit
    return short > 0 ? { ruleId: rule.id, level: "red", limitDay, actDay: to, days: short } : null;
  }
  if (to) {
    const late = daysBefore(limitDay, to) ?? 0;
    return late > 0 ? { ruleId: rule.id, level: "red", limitDay, actDay: to, days: late } : null;
  }
  // past the act's stage with no day recorded for it: nothing to judge by
  if (reached(facts.stage, rule.to)) return null;
  const left = daysBefore(today, limitDay) ?? 0;
  if (left < 0) return { ruleId: rule.id, level: "red", limitDay, actDay: null, days: -left };
  return left <= AMBER_DAYS ? { ruleId: rule.id, level: "amber", limitDay, actDay: null, days: left } : null;
}

/** Every flag of a parcel on `today`, red first, in the table's order. */
export function deadlineFlags(facts: DeadlineFacts, today: string): DeadlineFlag[] {
  const flags = DEADLINE_RULES.filter((r) => r.subject === "parcel" && (r.recorded || facts.acts[r.from] !== undefined))
    .map((rule) => judgeRule(rule, facts, today))
    .filter((f): f is DeadlineFlag => f !== null);
  return [...flags.filter((f) => f.level === "red"), ...flags.filter((f) => f.level === "amber")];
}

/** The worst level among `flags`, or null when there is none. */
export function worstFlag(flags: readonly DeadlineFlag[]): FlagLevel | null {
  if (flags.some((f) => f.level === "red")) return "red";
  return flags.length > 0 ? "amber" : null;
}

/** A household's part of an approved plan, as the payment rule reads it. */
export interface HouseholdPaymentFacts {
  /** The day the plan's approval decision was signed. */
  readonly decisionDate: string;
  /** The day the household's payments reached its total, or null while they have not. */
  readonly paidInFullOn: string | null;
}

/**
 * The household_payment flag on `today`: red when paid in full after the 30th day or still unpaid
 * after it, amber in the last 7 days while unpaid; null otherwise. Judged by judgeRule, as every
 * rule; a household has no stage, and the plan's approval is the one it has reached.
 */
export function householdPaymentFlag(facts: HouseholdPaymentFacts, today: string): DeadlineFlag | null {
  const acts: Partial<Record<DeadlineAct, string>> = { plan_decided: facts.decisionDate };
  if (facts.paidInFullOn !== null) acts.paid_in_full = facts.paidInFullOn;
  return judgeRule(deadlineRule("household_payment"), { landType: "", stage: "plan_approved", acts }, today);
}

/** A plan batch's draft posting and approval, as the posting rule reads them. */
export interface PlanPostingFacts {
  readonly postedFrom: string | null;
  readonly postedTo: string | null;
  /** The day the plan's approval decision was signed, or null while it is a draft. */
  readonly decisionDate: string | null;
}

/**
 * The draft_plan_posting flag of a plan batch: red when its posting ended, or the plan was
 * approved, before the 30th day of the posting (approving cuts the posting short as surely as
 * taking the draft down). Null while the posting runs, when it lasted its time, and when no
 * posting day is recorded (the meeting view counts those plans apart).
 */
export function planPostingFlag(facts: PlanPostingFacts, today: string): DeadlineFlag | null {
  if (facts.postedFrom === null) return null;
  const ends = [facts.postedTo, facts.decisionDate].filter((d): d is string => d !== null && d <= today).sort();
  const acts: Partial<Record<DeadlineAct, string>> = { draft_posted: facts.postedFrom };
  if (ends.length > 0) acts.draft_unposted = ends[0];
  return judgeRule(deadlineRule("draft_plan_posting"), { landType: "", stage: "plan_approved", acts }, today);
}
