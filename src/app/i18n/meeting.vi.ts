// Vietnamese texts of the leaders' meeting view (src/features/meeting), part of vi.ts. Each part
// of the view keeps its texts in a module of its own, joined here.

import { meetingPrintVi } from "@/app/i18n/meeting-print.vi";
import { meetingTablesVi } from "@/app/i18n/meeting-tables.vi";
import { meetingTargetsVi } from "@/app/i18n/meeting-targets.vi";

export const meetingVi = {
  documentTitle: "Giao ban tiến độ GPMB – GPMB Hưng Yên",
  title: "Giao ban tiến độ giải phóng mặt bằng",
  sections: {
    label: "Mục giao ban",
    targets: "Mục tiêu",
    accountability: "5 rõ",
    blockers: "Vướng mắc",
    deadlines: "Hạn luật định",
    areas: "Khu vực",
    summary: "Biểu tổng hợp",
  },
  targets: meetingTargetsVi,
  tables: meetingTablesVi,
  print: meetingPrintVi,
};
