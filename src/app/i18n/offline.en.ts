// English texts of the installed app and its offline copy: age of the copy, new version (src/app/pwa, src/data/offline-copy), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const offlineEn: Messages["offline"] = {
  documentTitle: "Offline – GPMB Hưng Yên",
  copyAge: "Copy kept on this device, updated at {{time}}",
  offlineNoCopy: "Offline: no copy kept on this device yet",
  offline: "Offline",
  copyHint: "The data shown are the copy kept on this device; others' new changes arrive once the network is back.",
  serverUnreachable: "The server cannot be reached: using the copy kept on this device.",
  updateReady: "A new version of the app is available.",
  updateNow: "Update now",
  updateWaitsForOutbox: "A new version is available; it will be installed once every change has been sent.",
  updated: "Updated to the new version.",
  dismiss: "Close",
};
