// A compensation plan's form (phương án theo đợt): the project and batch, the draft's public
// posting (its first and last day), and the approval decision's number and date. The data of a
// plan.save event (the compensation_plans table's columns). The approval's date starts the
// 30-day payment limit, so a decision is recorded with both its number and its date, never one.
// The plan's note is left out: a save sends only what the form shows, and the rest stays.

import type { PartyPlan } from "@/domain/household-types";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { dayError, formResult, lengthError, optionalText } from "@/features/households/form-checks";

export interface PlanFormValues {
  readonly projectId: string;
  readonly batch: string;
  readonly postedFrom: string;
  readonly postedTo: string;
  readonly decisionNo: string;
  readonly decisionDate: string;
}
export type PlanField = keyof PlanFormValues;

export function emptyPlanForm(projectId = ""): PlanFormValues {
  return { projectId, batch: "", postedFrom: "", postedTo: "", decisionNo: "", decisionDate: "" };
}

export function planToForm(p: PartyPlan): PlanFormValues {
  return {
    projectId: p.projectId, batch: p.batch, postedFrom: p.postedFrom ?? "", postedTo: p.postedTo ?? "",
    decisionNo: p.decisionNo ?? "", decisionDate: p.decisionDate ?? "",
  };
}

/** Checks the form; `today` is Hưng Yên's day ("YYYY-MM-DD"): a decision is recorded once signed. */
export function validatePlanForm(v: PlanFormValues, today: string): FormResult<PlanField> {
  const errors: FieldChecks<PlanField> = {};
  if (v.projectId === "") errors.projectId = "choice_required";
  if (v.batch.trim() === "") errors.batch = "required";
  else errors.batch = lengthError(v.batch, 50);
  errors.postedFrom = dayError(v.postedFrom, v.postedTo !== "");
  errors.postedTo = dayError(v.postedTo, false);
  if (!errors.postedFrom && !errors.postedTo && v.postedTo !== "" && v.postedTo < v.postedFrom) errors.postedTo = "posting_order";
  const no = v.decisionNo.trim();
  errors.decisionNo = no === "" && v.decisionDate !== "" ? "decision_incomplete" : lengthError(v.decisionNo, 80);
  errors.decisionDate = v.decisionDate === "" && no !== "" ? "decision_incomplete" : dayError(v.decisionDate, false, today);
  return formResult(errors, () => ({
    project_id: v.projectId, batch: v.batch.trim(), posted_from: optionalText(v.postedFrom),
    posted_to: optionalText(v.postedTo), decision_no: optionalText(v.decisionNo),
    decision_date: optionalText(v.decisionDate),
  }));
}
