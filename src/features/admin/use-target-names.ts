// Names of projects and admin units for the targets' sentences (their ids while they load).

import { useAdminProjects } from "@/data/admin-projects-query";
import { useAdminUnits } from "@/data/admin-units-query";
import type { TargetNames } from "@/features/admin/target-form-model";

export function useTargetNames(): TargetNames {
  const projects = useAdminProjects().data;
  const units = useAdminUnits().data;
  return {
    project: (id) => projects?.find((p) => p.id === id)?.name,
    unit: (id) => units?.find((u) => u.id === id)?.name,
  };
}

