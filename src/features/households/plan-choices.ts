// The plans a household's new line or payment may go into: the plans it has a part of, and the
// other plans of the projects whose parcels it holds (its first line in a batch).

import type { CompensationPlan } from "@/data/compensation-plans-query";
import type { HouseholdDetail } from "@/domain/household-types";

/** A plan as the forms offer it. */
export interface PlanChoice {
  readonly planId: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly batch: string;
  readonly decisionDate: string | null;
}

/** The household's plans first, then its projects' other plans, each once. */
export function planChoices(detail: HouseholdDetail, projectPlans: readonly CompensationPlan[]): PlanChoice[] {
  const names = new Map<string, string>();
  for (const h of detail.holdings) names.set(h.projectId, h.projectName);
  for (const p of detail.plans) names.set(p.projectId, p.projectName);
  const choices: PlanChoice[] = detail.plans.map((p) => ({
    planId: p.planId, projectId: p.projectId, projectName: p.projectName, batch: p.batch, decisionDate: p.decisionDate,
  }));
  const seen = new Set(choices.map((c) => c.planId));
  for (const p of projectPlans) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    choices.push({ planId: p.id, projectId: p.projectId, projectName: names.get(p.projectId) ?? p.projectId, batch: p.batch, decisionDate: p.decisionDate });
  }
  return choices;
}

/** The projects whose plans the household may be part of. */
export function householdProjectIds(detail: HouseholdDetail): string[] {
  return [...new Set([...detail.holdings.map((h) => h.projectId), ...detail.plans.map((p) => p.projectId)])];
}
