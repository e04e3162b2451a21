// English texts of the households' pages (src/features/households), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const householdsEn: Messages["households"] = {
  documentTitle: "Households – GPMB Hưng Yên",
  heading: "Households and the compensation plan",
};
