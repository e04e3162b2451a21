// The meeting view's route: the section named in the address ("/meeting/accountability"), or the first.

import type { PageProps } from "@/app/routes/page-code";
import { MeetingPage } from "@/features/meeting/meeting-page";

export function MeetingRoute({ params }: PageProps) {
  return <MeetingPage section={params.section ?? null} />;
}
