// The admin pages' route: the section named in the address ("/admin/projects"), or the first.

import type { PageProps } from "@/app/routes/page-code";
import { AdminPage } from "@/features/admin/admin-page";

export function AdminRoute({ params }: PageProps) {
  return <AdminPage section={params.section ?? null} />;
}
