// A resettlement plot's form (suất tái định cư): the project that owes it, the site, the plot,
// its area, the day it was ready to hand over and the day it was allocated. The data of an
// allocation.save event (the resettlement_allocations table's columns).

import type { ResettlementAllocation } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { checkNumber, dayError, formResult, lengthError, numberForInput, optionalText } from "@/features/households/form-checks";

export interface AllocationFormValues {
  readonly projectId: string;
  readonly site: string;
  readonly plotNo: string;
  readonly areaM2: string;
  readonly readyOn: string;
  readonly allocatedOn: string;
}
export type AllocationField = keyof AllocationFormValues;

export function emptyAllocationForm(projectId = ""): AllocationFormValues {
  return { projectId, site: "", plotNo: "", areaM2: "", readyOn: "", allocatedOn: "" };
}

export function allocationToForm(a: ResettlementAllocation, lang: Lang): AllocationFormValues {
  return {
    projectId: a.projectId, site: a.site, plotNo: a.plotNo ?? "", areaM2: numberForInput(a.areaM2, lang),
    readyOn: a.readyOn ?? "", allocatedOn: a.allocatedOn ?? "",
  };
}

/** Checks the form. */
export function validateAllocationForm(v: AllocationFormValues, partyId: string, lang: Lang): FormResult<AllocationField> {
  const errors: FieldChecks<AllocationField> = {};
  if (v.projectId === "") errors.projectId = "choice_required";
  if (v.site.trim() === "") errors.site = "required";
  else errors.site = lengthError(v.site, 200);
  errors.plotNo = lengthError(v.plotNo, 50);
  const area = checkNumber(v.areaM2, lang, { positive: true });
  errors.areaM2 = area.error;
  errors.readyOn = dayError(v.readyOn, false);
  errors.allocatedOn = dayError(v.allocatedOn, false);
  return formResult(errors, () => ({
    party_id: partyId, project_id: v.projectId, site: v.site.trim(), plot_no: optionalText(v.plotNo),
    area_m2: area.value, ready_on: optionalText(v.readyOn), allocated_on: optionalText(v.allocatedOn),
  }));
}
