// English texts of the legal-deadline flags, with the keys of deadlines.vi.ts.

import type { deadlinesVi } from "@/app/i18n/deadlines.vi";

export const deadlinesEn: typeof deadlinesVi = {
  layer: "Legal deadlines",
  legendTitle: "Legal deadlines",
  legendRed: "Deadline passed or broken",
  legendAmber: "Deadline near (within 7 days)",
  legendOther: "Other parcels (faded)",
  legendNone: "No parcel in view is flagged.",
  loading: "Checking legal deadlines…",
  error: "The legal deadlines could not be loaded.",
  tooltipRed: "Legal deadline broken",
  tooltipAmber: "Legal deadline near",
  panelTitle: "Legal deadlines",
  panelNone: "No legal-deadline flags.",
  panelLoading: "Checking legal deadlines…",
  panelError: "The legal deadlines could not be checked.",
  levelRed: "Late",
  levelAmber: "Due soon",
  limitLead: "Earliest lawful day: {{date}}",
  limitWithin: "Last day: {{date}}",
  actOn: "Done on {{date}}",
  daysEarly_one: "{{formatted}} day early",
  daysEarly_other: "{{formatted}} days early",
  daysLate_one: "{{formatted}} day late",
  daysLate_other: "{{formatted}} days late",
  daysLeft_one: "{{formatted}} day left",
  daysLeft_other: "{{formatted}} days left",
  lastDay: "today is the last day",
  asOfDay: "As at the end of {{date}}.",
  notRecorded: "Not checked: {{rule}} ({{article}}) — the posting dates are not recorded yet.",
};
