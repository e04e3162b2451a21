// The party's form (hộ gia đình, cá nhân, tổ chức): its values, their checks, and the data of a
// party.save event (the parties table's columns).

import type { Party, PartyKind } from "@/domain/household-types";
import type { FieldChecks, FormResult } from "@/features/households/form-checks";
import { ORGANISATION_ID, PERSON_ID, formResult, lengthError, optionalText, phoneError } from "@/features/households/form-checks";

export interface PartyFormValues {
  readonly kind: PartyKind;
  readonly name: string;
  readonly idNumber: string;
  readonly address: string;
  readonly phone: string;
  readonly adminUnitId: string;
  readonly note: string;
}
export type PartyField = keyof PartyFormValues;

/** A new party's form, in a commune when one is known (the officer's own). */
export function emptyPartyForm(adminUnitId = ""): PartyFormValues {
  return { kind: "household", name: "", idNumber: "", address: "", phone: "", adminUnitId, note: "" };
}

export function partyToForm(p: Party): PartyFormValues {
  return {
    kind: p.kind, name: p.name, idNumber: p.idNumber ?? "", address: p.address ?? "", phone: p.phone ?? "",
    adminUnitId: p.adminUnitId, note: p.note ?? "",
  };
}

/** Checks the form: an organisation's ID number is its tax code, anyone else's a citizen ID. */
export function validatePartyForm(v: PartyFormValues): FormResult<PartyField> {
  const errors: FieldChecks<PartyField> = {};
  if (v.name.trim() === "") errors.name = "required";
  else errors.name = lengthError(v.name, 200);
  const id = v.idNumber.trim();
  if (id !== "") {
    if (v.kind === "organisation" && !ORGANISATION_ID.test(id)) errors.idNumber = "id_number_org";
    if (v.kind !== "organisation" && !PERSON_ID.test(id)) errors.idNumber = "id_number_person";
  }
  errors.address = lengthError(v.address, 500);
  errors.phone = phoneError(v.phone);
  if (v.adminUnitId === "") errors.adminUnitId = "choice_required";
  errors.note = lengthError(v.note, 2000);
  return formResult(errors, () => ({
    kind: v.kind, name: v.name.trim(), id_number: optionalText(v.idNumber), address: optionalText(v.address),
    phone: optionalText(v.phone), admin_unit_id: v.adminUnitId, note: optionalText(v.note),
  }));
}

