// English texts of the meeting view's print, with the keys of meeting-print.vi.ts.

import type { meetingPrintVi } from "@/app/i18n/meeting-print.vi";

export const meetingPrintEn: typeof meetingPrintVi = {
  documentTitle: "Land clearance progress report – GPMB Hưng Yên",
  toolbarLabel: "Print tools",
  print: "Print / Save PDF",
  back: "Back to the meeting",
  hint: "A4 landscape. In the print dialog, choose “Save as PDF” to get a PDF file.",
  preparing: "Preparing the report…",
  waiting: "Loading all the figures; printing opens when they are in.",
  issuer: "HƯNG YÊN LAND CLEARANCE TRACKER",
  title: "LAND CLEARANCE PROGRESS REPORT",
  asOfDay: "Figures up to the end of {{date}}",
  asOfToday: "Figures up to {{date}} (live figures)",
  printedAt: "Printed at {{time}}",
  mapHeading: "2. Map of the projects",
  mapLabel: "Map of Hưng Yên province: district boundaries and the projects",
  mapLoading: "Loading the map…",
  targetsHeading: "1. Targets",
  chartsHeading: "3. Progress charts by target",
  blockersHeading: "4. Blockers older than {{days}} days",
  deadlinesHeading: "5. Parcels past or near a legal deadline",
  col: {
    no: "No.",
    target: "Target",
    band: "Target band",
    actual: "Achieved",
    status: "Status",
    pace: "Pace (30 days)",
    forecast: "Forecast",
    needed: "Still needed per week",
    due: "Due",
  },
  footer: "Printed from GPMB Tracker; figures as entered by the units.",
};
