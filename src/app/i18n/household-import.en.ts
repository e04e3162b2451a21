// English texts of the household list upload (src/features/household-import), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const householdImportEn: Messages["householdImport"] = {
  documentTitle: "Household list upload – GPMB Hưng Yên",
  heading: "Upload a household list",
};
