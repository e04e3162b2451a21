// English texts of the meeting view's tables, with the keys of meeting-tables.vi.ts.

import type { meetingTablesVi } from "@/app/i18n/meeting-tables.vi";

export const meetingTablesEn: typeof meetingTablesVi = {

};
