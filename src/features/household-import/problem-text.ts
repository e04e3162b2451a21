// One sentence per problem import_households found on a row, with the column's name and the
// value as the file wrote it, so the officer knows which cell to fix.

import type { TFunction } from "i18next";
import type { HouseholdImportProblem } from "@/data/household-import-rpc";
import { formatNumber } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { HOUSEHOLD_FIELDS } from "@/import/household-list";
import type { HouseholdField } from "@/import/household-list";

const CODES = ["missing_value", "bad_value", "too_long", "bad_id_number", "duplicate_id_number", "duplicate_holding",
  "unknown_parcel", "not_in_area", "shares_not_100", "amount_not_number", "id_number_other_name"] as const;

function isField(field: string | null): field is HouseholdField {
  return field !== null && (HOUSEHOLD_FIELDS as readonly string[]).includes(field);
}

/** The column's name as the page shows it (the server's field name where the page has none). */
export function fieldLabel(t: TFunction, field: string | null): string {
  return isField(field) ? t(`householdImport.columns.fields.${field}`) : (field ?? "?");
}

/** The sentence for `problem`. */
export function householdProblemText(t: TFunction, lang: Lang, problem: HouseholdImportProblem): string {
  const field = fieldLabel(t, problem.field);
  const value = problem.detail ?? "";
  const other = Number(problem.detail);
  const otherRow = Number.isInteger(other) ? formatNumber(other, lang) : value;
  const code = problem.code;
  if (!(CODES as readonly string[]).includes(code)) return t("householdImport.problem.unknownCode", { code, field });
  switch (code as (typeof CODES)[number]) {
    case "bad_value":
      if (problem.field === "party_kind") return t("householdImport.problem.bad_party_kind", { value });
      if (problem.field === "origin") return t("householdImport.problem.bad_origin", { value });
      if (problem.field === "share_pct") return t("householdImport.problem.bad_share_pct", { value });
      return t("householdImport.problem.bad_value", { field, value });
    case "too_long":
      return t("householdImport.problem.too_long", { field, max: value });
    case "duplicate_id_number":
    case "duplicate_holding":
      return t(`householdImport.problem.${code as "duplicate_holding"}`, { other: otherRow });
    case "unknown_parcel":
      return problem.detail === "ambiguous" ? t("householdImport.problem.ambiguous_parcel") : t("householdImport.problem.unknown_parcel");
    case "shares_not_100":
      return t("householdImport.problem.shares_not_100", { total: formatNumber(Number(value), lang, Number.isInteger(Number(value)) ? 0 : 2) });
    case "id_number_other_name":
      return t("householdImport.problem.id_number_other_name", { value });
    case "missing_value":
    case "bad_id_number":
    case "not_in_area":
    case "amount_not_number":
      return t(`householdImport.problem.${code as "missing_value"}`, { field, value });
  }
}
