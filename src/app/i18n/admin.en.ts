// English texts of the admin pages, with the keys of admin.vi.ts.

import type { adminVi } from "@/app/i18n/admin.vi";

export const adminEn: typeof adminVi = {
  documentTitle: "Administration – GPMB Hưng Yên",
  title: "Administration",
};
