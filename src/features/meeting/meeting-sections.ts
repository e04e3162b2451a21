// The sections of the meeting view, in the order of its tabs; each is "/meeting/<id>".

/** One section of the meeting view. */
export type MeetingSection = "targets" | "accountability" | "blockers" | "deadlines" | "areas" | "summary";

export const MEETING_SECTIONS: readonly MeetingSection[] = ["targets", "accountability", "blockers", "deadlines", "areas", "summary"];

/** The section an address names, or the first for none or one not known. */
export function meetingSectionOf(param: string | null): MeetingSection {
  return MEETING_SECTIONS.find((s) => s === param) ?? "targets";
}
