// English texts of a project's graves and utilities to move (src/features/project-items), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const projectItemsEn: Messages["projectItems"] = {
  documentTitle: "Graves and utilities – GPMB Hưng Yên",
  heading: "Graves and utilities to move",
};
