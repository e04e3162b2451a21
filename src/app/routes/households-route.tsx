// The households' routes: the search page ("/households") or one household ("/households/:partyId").

import type { PageProps } from "@/app/routes/page-code";
import { HouseholdsPage } from "@/features/households/households-page";

export function HouseholdsRoute({ params }: PageProps) {
  return <HouseholdsPage partyId={params.partyId ?? null} />;
}
