// The field lists of the plan, plan line and payment forms.

import type { TFunction } from "i18next";
import { LINE_GROUPS, LINE_STATUSES, PAYMENT_METHODS } from "@/domain/household-types";
import type { HouseholdDetail } from "@/domain/household-types";
import type { Choice, FieldSpec } from "@/features/households/form-spec";
import type { LineFormValues } from "@/features/households/line-form-model";
import type { PaymentFormValues } from "@/features/households/payment-form-model";
import type { PlanFormValues } from "@/features/households/plan-form-model";
import type { PlanChoice } from "@/features/households/plan-choices";

function planOptions(t: TFunction, plans: readonly PlanChoice[]): Choice[] {
  return [{ value: "", label: t("households.plans.choosePlan") }, ...plans.map((p) => ({
    value: p.planId,
    label: t(p.decisionDate ? "households.plans.planOption" : "households.plans.planDraft", { project: p.projectName, batch: p.batch }),
  }))];
}

export function lineFields(t: TFunction, plans: readonly PlanChoice[], detail: HouseholdDetail): FieldSpec<LineFormValues>[] {
  return [
    { key: "planId", label: t("households.plans.plan"), type: "select", choices: planOptions(t, plans), wide: true },
    { key: "lineGroup", label: t("households.plans.group"), type: "select", choices: LINE_GROUPS.map((g) => ({ value: g, label: t(`households.groups.${g}`) })) },
    { key: "parcelId", label: t("households.plans.lineParcel"), type: "select", choices: [
      { value: "", label: t("households.plans.wholeHousehold") },
      ...detail.holdings.map((h) => ({ value: h.parcelId, label: t("households.holdings.parcelTitle", { sheet: h.mapSheet, parcel: h.parcelNo }) })),
    ] },
    { key: "content", label: t("households.plans.content"), type: "text", wide: true },
    { key: "quantity", label: t("households.plans.quantity"), type: "number" },
    { key: "unit", label: t("households.plans.unit"), type: "text" },
    { key: "unitPriceVnd", label: t("households.plans.unitPrice"), type: "number" },
    { key: "amountVnd", label: t("households.plans.amountVnd"), type: "number", hint: t("households.plans.amountHint") },
    { key: "basisDocument", label: t("households.plans.basisDocument"), type: "text", hint: t("households.plans.basisDocumentHint") },
    { key: "basisArticle", label: t("households.plans.basisArticle"), type: "text" },
    { key: "status", label: t("households.plans.status"), type: "select", choices: LINE_STATUSES.map((s) => ({ value: s, label: t(`households.statuses.${s}`) })) },
  ];
}

export function paymentFields(t: TFunction, plans: readonly PlanChoice[]): FieldSpec<PaymentFormValues>[] {
  return [
    { key: "planId", label: t("households.payments.plan"), type: "select", choices: planOptions(t, plans), wide: true },
    { key: "paidOn", label: t("households.payments.paidOn"), type: "date" },
    { key: "amountVnd", label: t("households.payments.amount"), type: "number" },
    { key: "method", label: t("households.payments.method"), type: "select", choices: PAYMENT_METHODS.map((m) => ({ value: m, label: t(`households.methods.${m}`) })) },
    { key: "reference", label: t("households.payments.reference"), type: "text" },
  ];
}

/** The plan's own form: `projects` are the household's, by id and name. */
export function planFields(t: TFunction, projects: readonly Choice[]): FieldSpec<PlanFormValues>[] {
  return [
    { key: "projectId", label: t("households.planForm.project"), type: "select",
      choices: [{ value: "", label: t("households.planForm.chooseProject") }, ...projects], wide: true },
    { key: "batch", label: t("households.planForm.batch"), type: "text", hint: t("households.planForm.batchHint") },
    { key: "postedFrom", label: t("households.planForm.postedFrom"), type: "date" },
    { key: "postedTo", label: t("households.planForm.postedTo"), type: "date", hint: t("households.planForm.postedHint") },
    { key: "decisionNo", label: t("households.planForm.decisionNo"), type: "text", hint: t("households.planForm.decisionHint") },
    { key: "decisionDate", label: t("households.planForm.decisionDate"), type: "date" },
  ];
}
