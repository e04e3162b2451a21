// Translation keys of the problems validateAction finds.

import type { ActionInputError, ParcelActionKind } from "@/domain/parcel-actions";

/** The message key for a problem; a missing note reads differently when a stage move needs it. */
export function inputErrorKey(error: ActionInputError, action: ParcelActionKind) {
  if (error === "note_required" && action === "setStage") return "officer.error_note_required_stage" as const;
  return `officer.error_${error}` as const;
}
