// A plan line's form (one row of the party's compensation, support and resettlement plan):
// group, content, parameters (quantity, unit, unit price), amount, legal basis and status. The
// data of a line.save event (the plan_lines table's columns). A line without a basis document is
// exactly a line whose status is "chưa có căn cứ", as the table requires.

import type { LineGroup, LineStatus, PlanLine } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { checkNumber, formResult, lengthError, numberForInput, optionalText } from "@/features/households/form-checks";

export interface LineFormValues {
  readonly planId: string;
  /** The parcel the line is for, or "" for the household as a whole (e.g. a support). */
  readonly parcelId: string;
  readonly lineGroup: LineGroup;
  readonly content: string;
  readonly quantity: string;
  readonly unit: string;
  readonly unitPriceVnd: string;
  /** Empty: quantity × unit price. */
  readonly amountVnd: string;
  readonly basisDocument: string;
  readonly basisArticle: string;
  readonly status: LineStatus;
}
export type LineField = keyof LineFormValues;

export function emptyLineForm(planId = ""): LineFormValues {
  return {
    planId, parcelId: "", lineGroup: "land", content: "", quantity: "", unit: "", unitPriceVnd: "", amountVnd: "",
    basisDocument: "", basisArticle: "", status: "missing_basis",
  };
}

export function lineToForm(l: PlanLine, planId: string, lang: Lang): LineFormValues {
  return {
    planId, parcelId: l.parcelId ?? "", lineGroup: l.lineGroup, content: l.content, quantity: numberForInput(l.quantity, lang),
    unit: l.unit ?? "", unitPriceVnd: numberForInput(l.unitPriceVnd, lang), amountVnd: numberForInput(l.amountVnd, lang),
    basisDocument: l.basisDocument ?? "", basisArticle: l.basisArticle ?? "", status: l.status,
  };
}

/** The amount a line gets: the one typed, else quantity × unit price (rounded to the dong), else null. */
export function lineAmount(amount: number | null, quantity: number | null, unitPrice: number | null): number | null {
  if (amount !== null) return amount;
  if (quantity === null || unitPrice === null) return null;
  return Math.round(quantity * unitPrice);
}

/** Checks the form; the status must agree with the basis. */
export function validateLineForm(v: LineFormValues, partyId: string, lang: Lang): FormResult<LineField> {
  const errors: FieldChecks<LineField> = {};
  if (v.planId === "") errors.planId = "choice_required";
  if (v.content.trim() === "") errors.content = "required";
  else errors.content = lengthError(v.content, 500);
  const quantity = checkNumber(v.quantity, lang, {});
  errors.quantity = quantity.error;
  errors.unit = lengthError(v.unit, 20);
  const price = checkNumber(v.unitPriceVnd, lang, { whole: true });
  errors.unitPriceVnd = price.error;
  const typed = checkNumber(v.amountVnd, lang, { whole: true });
  errors.amountVnd = typed.error;
  const amount = lineAmount(typed.value, quantity.value, price.value);
  if (!typed.error && !quantity.error && !price.error && amount === null) errors.amountVnd = "amount_required";
  errors.basisDocument = lengthError(v.basisDocument, 200);
  errors.basisArticle = lengthError(v.basisArticle, 100);
  const document = optionalText(v.basisDocument);
  if (document === null && v.status !== "missing_basis") errors.status = "basis_missing";
  if (document !== null && v.status === "missing_basis") errors.status = "basis_present";
  return formResult(errors, () => ({
    plan_id: v.planId, party_id: partyId, parcel_id: v.parcelId === "" ? null : v.parcelId, line_group: v.lineGroup,
    content: v.content.trim(), quantity: quantity.value, unit: optionalText(v.unit), unit_price_vnd: price.value,
    amount_vnd: amount, basis_document: document, basis_article: optionalText(v.basisArticle), status: v.status,
  }));
}
