// English texts of the leaders' household units, part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const householdFiguresEn: Messages["householdFigures"] = {
  heading: "Households, money, graves, utilities, resettlement",
};
