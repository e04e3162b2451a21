// A member's form (thành viên hộ: the household book's people): its values, their checks, and
// the data of a member.save event (the party_members table's columns).

import type { Lang } from "@/domain/lang";
import type { PartyMember } from "@/domain/household-types";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { PERSON_ID, checkNumber, formResult, lengthError, numberForInput, optionalText } from "@/features/households/form-checks";

export interface MemberFormValues {
  readonly fullName: string;
  readonly idNumber: string;
  readonly birthYear: string;
  readonly relation: string;
  readonly isHead: boolean;
  readonly sharePct: string;
}
export type MemberField = keyof MemberFormValues;

export function emptyMemberForm(): MemberFormValues {
  return { fullName: "", idNumber: "", birthYear: "", relation: "", isHead: false, sharePct: "" };
}

export function memberToForm(m: PartyMember, lang: Lang): MemberFormValues {
  return {
    fullName: m.fullName, idNumber: m.idNumber ?? "", birthYear: m.birthYear === null ? "" : String(m.birthYear),
    relation: m.relation ?? "", isHead: m.isHead, sharePct: numberForInput(m.sharePct, lang),
  };
}

/** What the member's checks need to know besides the form. */
export interface MemberContext {
  readonly partyId: string;
  /** The member edited, or null for a new one. */
  readonly memberId: string | null;
  /** The household's other members: one of them may already be the head. */
  readonly members: readonly Pick<PartyMember, "id" | "isHead">[];
  /** The current year in Hưng Yên: nobody is born later. */
  readonly year: number;
  readonly lang: Lang;
}

/** Checks the form; a household has one head. */
export function validateMemberForm(v: MemberFormValues, ctx: MemberContext): FormResult<MemberField> {
  const errors: FieldChecks<MemberField> = {};
  if (v.fullName.trim() === "") errors.fullName = "required";
  else errors.fullName = lengthError(v.fullName, 200);
  if (v.idNumber.trim() !== "" && !PERSON_ID.test(v.idNumber.trim())) errors.idNumber = "id_number_person";
  const year = checkNumber(v.birthYear, ctx.lang, { whole: true });
  if (year.error) errors.birthYear = year.error === "negative" ? "birth_year_range" : year.error;
  else if (year.value !== null && (year.value < 1900 || year.value > ctx.year)) errors.birthYear = "birth_year_range";
  errors.relation = lengthError(v.relation, 50);
  if (v.isHead && ctx.members.some((m) => m.isHead && m.id !== ctx.memberId)) errors.isHead = "head_taken";
  const share = checkNumber(v.sharePct, ctx.lang, { share: true });
  errors.sharePct = share.error;
  return formResult(errors, () => ({
    party_id: ctx.partyId, full_name: v.fullName.trim(), id_number: optionalText(v.idNumber),
    birth_year: year.value, relation: optionalText(v.relation), is_head: v.isHead, share_pct: share.value,
  }));
}
