// Vietnamese texts of the installed app and its offline copy: age of the copy, new version (src/app/pwa, src/data/offline-copy), part of vi.ts.

export const offlineVi = {
  documentTitle: "Ngoại tuyến – GPMB Hưng Yên",
};
