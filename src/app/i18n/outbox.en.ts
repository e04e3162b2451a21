// English texts of the officer's outbox: saved on this device, sending, problems, export (src/features/outbox), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const outboxEn: Messages["outbox"] = {
  documentTitle: "Unsent changes – GPMB Hưng Yên",
};
