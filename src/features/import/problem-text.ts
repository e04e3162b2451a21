// One Vietnamese (or English) sentence per problem code, with the problem's details filled in:
// the worker's problems and the server's are worded the same way, so the person reads one list.

import type { TFunction } from "i18next";
import type { ImportProblem, ProblemCode } from "@/domain/import-types";
import { IMPORT_AREA_TOLERANCE } from "@/domain/limits";
import { formatM2, formatNumber, formatPercent } from "@/domain/format";
import type { Lang } from "@/domain/lang";

/** A problem as the page lists it, from the worker or the server (whose code may be one this page does not know). */
export type ListedProblem = Omit<ImportProblem, "code"> & { readonly code: ProblemCode | (string & {}) };

const PROBLEM_CODES: readonly ProblemCode[] = [
  "geometry_missing", "geometry_type", "ring_unclosed", "ring_too_short", "coordinates_invalid", "self_intersection",
  "outside_province", "outside_project", "field_missing", "area_invalid", "area_mismatch", "land_type_unknown",
  "duplicate_in_file", "duplicate_in_database", "overlap", "not_in_area", "private_not_allowed", "unit_invalid",
];

/** True for a code this page has a message for. */
export function isProblemCode(code: string): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}

const MAPPED_FIELDS = ["map_sheet", "parcel_no", "land_type", "area_m2", "owner_name", "household", "id", "name", "level",
  "parent_id", "valid_from", "valid_to"] as const;

/** The sentence for `problem`; `legalAreaOf(row)` gives a parcel row's legal area for area_mismatch. */
export function problemText(
  t: TFunction, lang: Lang, problem: ListedProblem, legalAreaOf: (row: number) => number | null,
): string {
  const unknown = t("import.problem.unknownDetail");
  const detail = problem.detail?.trim() ? problem.detail : unknown;
  const other = problem.other_row == null ? unknown : formatNumber(problem.other_row, lang);
  const code = problem.code;
  if (!isProblemCode(code)) return t("import.problem.unknownCode", { code });
  switch (code) {
    case "self_intersection":
      return t("import.problem.self_intersection", {
        at: problem.at
          ? t("import.problem.place", { lat: formatNumber(problem.at[1], lang, 6), lon: formatNumber(problem.at[0], lang, 6) })
          : t("import.problem.unknownPlace"),
      });
    case "field_missing": {
      const field = MAPPED_FIELDS.find((f) => f === problem.detail);
      return t("import.problem.field_missing", { field: field ? t(`import.mapping.fields.${field}`) : detail });
    }
    case "area_mismatch": {
      const drawn = Number(problem.detail);
      return t("import.problem.area_mismatch", {
        legal: formatM2(legalAreaOf(problem.row), lang, 1),
        drawn: Number.isFinite(drawn) ? formatM2(drawn, lang, 1) : unknown,
        tolerance: formatPercent(IMPORT_AREA_TOLERANCE, lang, 0),
      });
    }
    case "unit_invalid":
      return t("import.problem.unit_invalid", {
        detail: problem.detail === "identity_collision" ? t("import.problem.identityCollision") : detail,
      });
    case "geometry_type":
    case "land_type_unknown":
    case "duplicate_in_database":
      return t(`import.problem.${code}`, { detail });
    case "duplicate_in_file":
    case "overlap":
      return t(`import.problem.${code}`, { other });
    default:
      return t(`import.problem.${code}`);
  }
}
