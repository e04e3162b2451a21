// English texts of photos and documents of an event (src/features/attachments), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const attachmentsEn: Messages["attachments"] = {
  documentTitle: "Photos and documents – GPMB Hưng Yên",
};
