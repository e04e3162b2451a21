// The printable report's route.

import type { PageProps } from "@/app/routes/page-code";
import { PrintPage } from "@/features/meeting/print-page";

export function PrintRoute(_props: PageProps) {
  return <PrintPage />;
}
