// A holding's form (the party's right to one parcel): the parcel is picked by commune, map sheet
// and parcel number; then the share, the right's origin and the certificate. The data of a
// holding.save event (the holdings table's columns).

import type { Holding, HoldingOrigin } from "@/domain/household-types";
import { FULL_SHARE_PCT } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { checkNumber, formResult, lengthError, numberForInput, optionalText } from "@/features/households/form-checks";

export interface HoldingFormValues {
  /** The parcel picked, or "" while none is. */
  readonly parcelId: string;
  readonly sharePct: string;
  readonly origin: HoldingOrigin;
  readonly certificateNo: string;
}
export type HoldingField = keyof HoldingFormValues;

export function emptyHoldingForm(lang: Lang): HoldingFormValues {
  return { parcelId: "", sharePct: numberForInput(FULL_SHARE_PCT, lang), origin: "unknown", certificateNo: "" };
}

export function holdingToForm(h: Holding, lang: Lang): HoldingFormValues {
  return { parcelId: h.parcelId, sharePct: numberForInput(h.sharePct, lang), origin: h.origin, certificateNo: h.certificateNo ?? "" };
}

export interface HoldingContext {
  readonly partyId: string;
  readonly lang: Lang;
  /** The shares the parcel's other holders have, when known: all together are at most 100 %. */
  readonly otherSharesPct?: number;
}

/** Checks the form; the parcel's shares may not pass 100 %. */
export function validateHoldingForm(v: HoldingFormValues, ctx: HoldingContext): FormResult<HoldingField> {
  const errors: FieldChecks<HoldingField> = {};
  if (v.parcelId === "") errors.parcelId = "parcel_required";
  const share = checkNumber(v.sharePct, ctx.lang, { required: true, share: true });
  errors.sharePct = share.error;
  // compared in hundredths: 33,33 + 66,67 is exactly 100
  if (!share.error && share.value !== null && ctx.otherSharesPct !== undefined &&
    Math.round((share.value + ctx.otherSharesPct) * 100) > FULL_SHARE_PCT * 100) errors.sharePct = "share_over_100";
  errors.certificateNo = lengthError(v.certificateNo, 50);
  return formResult(errors, () => ({
    party_id: ctx.partyId, parcel_id: v.parcelId, share_pct: share.value, origin: v.origin,
    certificate_no: optionalText(v.certificateNo),
  }));
}
