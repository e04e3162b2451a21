// The route of a project's graves and utilities to move.

import type { PageProps } from "@/app/routes/page-code";
import { ProjectItemsPage } from "@/features/project-items/project-items-page";

export function ProjectItemsRoute(_props: PageProps) {
  return <ProjectItemsPage />;
}
