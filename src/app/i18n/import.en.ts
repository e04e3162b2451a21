// English texts of the import page, with the keys of import.vi.ts.

import type { importVi } from "@/app/i18n/import.vi";

export const importEn: typeof importVi = {
  documentTitle: "Import – GPMB Hưng Yên",
  title: "Import cadastral data",
};
