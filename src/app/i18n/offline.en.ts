// English texts of the installed app and its offline copy: age of the copy, new version (src/app/pwa, src/data/offline-copy), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const offlineEn: Messages["offline"] = {
  documentTitle: "Offline – GPMB Hưng Yên",
};
