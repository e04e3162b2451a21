// English texts of the meeting view's targets, with the keys of meeting-targets.vi.ts.

import type { meetingTargetsVi } from "@/app/i18n/meeting-targets.vi";

export const meetingTargetsEn: typeof meetingTargetsVi = {

};
