// English texts of the audit pages: per parcel, per user, the daily summary, the revert (src/features/audit), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const auditEn: Messages["audit"] = {
  documentTitle: "Change audit – GPMB Hưng Yên",
};
