// The household list upload's route.

import type { PageProps } from "@/app/routes/page-code";
import { HouseholdImportPage } from "@/features/household-import/household-import-page";

export function HouseholdImportRoute(_props: PageProps) {
  return <HouseholdImportPage />;
}
