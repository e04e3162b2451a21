// A payment's form (chi trả): the plan it pays, the day, the amount, how, and the voucher's
// reference. The data of a payment.save event (the payments table's columns). Only an approved
// plan (one with its decision) is paid.

import type { Payment, PaymentMethod } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { checkNumber, dayError, formResult, lengthError, numberForInput, optionalText } from "@/features/households/form-checks";

export interface PaymentFormValues {
  readonly planId: string;
  readonly paidOn: string;
  readonly amountVnd: string;
  readonly method: PaymentMethod;
  readonly reference: string;
}
export type PaymentField = keyof PaymentFormValues;

export function emptyPaymentForm(planId = ""): PaymentFormValues {
  return { planId, paidOn: "", amountVnd: "", method: "bank_transfer", reference: "" };
}

export function paymentToForm(p: Payment, planId: string, lang: Lang): PaymentFormValues {
  return { planId, paidOn: p.paidOn, amountVnd: numberForInput(p.amountVnd, lang), method: p.method, reference: p.reference ?? "" };
}

export interface PaymentContext {
  readonly partyId: string;
  readonly lang: Lang;
  /** Today in Hưng Yên ("YYYY-MM-DD"): a payment is recorded once made. */
  readonly today: string;
  /** The plans the party may be paid under: approved when they have a decision date. */
  readonly plans: readonly { readonly planId: string; readonly decisionDate: string | null }[];
}

/** Checks the form. */
export function validatePaymentForm(v: PaymentFormValues, ctx: PaymentContext): FormResult<PaymentField> {
  const errors: FieldChecks<PaymentField> = {};
  const plan = ctx.plans.find((p) => p.planId === v.planId);
  if (v.planId === "" || !plan) errors.planId = "choice_required";
  else if (plan.decisionDate === null) errors.planId = "plan_not_approved";
  errors.paidOn = dayError(v.paidOn, true, ctx.today);
  const amount = checkNumber(v.amountVnd, ctx.lang, { required: true, whole: true, positive: true });
  errors.amountVnd = amount.error;
  errors.reference = lengthError(v.reference, 100);
  return formResult(errors, () => ({
    plan_id: v.planId, party_id: ctx.partyId, paid_on: v.paidOn, amount_vnd: amount.value, method: v.method,
    reference: optionalText(v.reference),
  }));
}
