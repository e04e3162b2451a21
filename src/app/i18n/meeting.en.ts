// English texts of the leaders' meeting view, with the keys of meeting.vi.ts.

import { meetingPrintEn } from "@/app/i18n/meeting-print.en";
import { meetingTablesEn } from "@/app/i18n/meeting-tables.en";
import { meetingTargetsEn } from "@/app/i18n/meeting-targets.en";
import type { meetingVi } from "@/app/i18n/meeting.vi";

export const meetingEn: typeof meetingVi = {
  documentTitle: "Land clearance meeting – GPMB Hưng Yên",
  title: "Land clearance progress meeting",
  sections: {
    label: "Meeting sections",
    targets: "Targets",
    accountability: "5 clears",
    blockers: "Blockers",
    deadlines: "Legal deadlines",
    areas: "Areas",
    summary: "Summary table",
  },
  targets: meetingTargetsEn,
  tables: meetingTablesEn,
  print: meetingPrintEn,
};
