// The import page's route.

import type { PageProps } from "@/app/routes/page-code";
import { ImportPage } from "@/features/import/import-page";

export function ImportRoute(_props: PageProps) {
  return <ImportPage />;
}
