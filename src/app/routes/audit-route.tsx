// The route of the audit pages (/audit, /audit/:section).

import type { PageProps } from "@/app/routes/page-code";
import { AuditPage } from "@/features/audit/audit-page";

export function AuditRoute({ params }: PageProps) {
  return <AuditPage section={params.section ?? null} />;
}
