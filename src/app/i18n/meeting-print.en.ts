// English texts of the meeting view's print, with the keys of meeting-print.vi.ts.

import type { meetingPrintVi } from "@/app/i18n/meeting-print.vi";

export const meetingPrintEn: typeof meetingPrintVi = {
  documentTitle: "Land clearance progress report – GPMB Hưng Yên",
};
