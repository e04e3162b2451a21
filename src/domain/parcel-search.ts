// The parcel search's input rules, shared by the form and the query: a map sheet and a parcel
// number as written on cadastral records ("12", "12a", "PL-3"), and optionally the district.

/** Longest map sheet or parcel number accepted (real ones are a few characters). */
export const MAX_NUMBER_LENGTH = 20;

/** What the search looks for, trimmed. */
export interface ParcelSearch {
  readonly mapSheet: string;
  readonly parcelNo: string;
  /** An admin unit code (e.g. "326"), or null for the whole province. */
  readonly adminUnitId: string | null;
}

/** What is wrong with one field. */
export type NumberProblem = "required" | "tooLong" | "badCharacters";

export interface ParcelSearchProblems {
  readonly mapSheet?: NumberProblem;
  readonly parcelNo?: NumberProblem;
}

// Letters, digits and the separators found in sheet and parcel numbers, starting with a letter
// or digit; anything else (commas, brackets, quotes) is a slip, said as such rather than searched.
const NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u;

function numberProblem(value: string): NumberProblem | undefined {
  if (value === "") return "required";
  if (value.length > MAX_NUMBER_LENGTH) return "tooLong";
  if (!NUMBER.test(value)) return "badCharacters";
  return undefined;
}

/** Checks the form's values; returns the trimmed search, or the problems found. */
export function readParcelSearch(input: { mapSheet: string; parcelNo: string; adminUnitId: string }):
  { readonly search: ParcelSearch } | { readonly problems: ParcelSearchProblems } {
  const mapSheet = input.mapSheet.trim();
  const parcelNo = input.parcelNo.trim();
  const problems: { mapSheet?: NumberProblem; parcelNo?: NumberProblem } = {};
  const sheetProblem = numberProblem(mapSheet);
  const parcelProblem = numberProblem(parcelNo);
  if (sheetProblem) problems.mapSheet = sheetProblem;
  if (parcelProblem) problems.parcelNo = parcelProblem;
  if (sheetProblem || parcelProblem) return { problems };
  return { search: { mapSheet, parcelNo, adminUnitId: input.adminUnitId.trim() || null } };
}
