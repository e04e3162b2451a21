// English texts of the legal-deadline flags, with the keys of deadlines.vi.ts.

import type { deadlinesVi } from "@/app/i18n/deadlines.vi";

export const deadlinesEn: typeof deadlinesVi = {
};
