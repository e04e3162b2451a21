// The targets of the province summary: the province-wide ones, then every target no table row
// shows (e.g. a kind within an area), each with where it applies, so that every target is
// visible somewhere, and first among them those leaders look for.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import { useProjects } from "@/data/projects-query";
import { labelIn } from "@/domain/lang";
import { projectKindById } from "@/domain/project-kinds";
import type { TargetProgress } from "@/domain/targets";
import { provinceSummaryTargets, targetPlace } from "@/domain/targets";
import { QueryState } from "@/features/progress/query-state";
import { TargetList } from "@/features/progress/target-list";
import { useProgressFigures, useTargetFigures } from "@/features/progress/use-figures";

interface ProvinceTargetsProps {
  /** The kinds and projects the tables have rows for. */
  readonly kinds: ReadonlySet<string>;
  readonly projects: ReadonlySet<string>;
}

/** The province's targets and those of no table row; nothing when there are none. */
export function ProvinceTargets({ kinds, projects }: ProvinceTargetsProps) {
  const { t } = useTranslation();
  const targets = useTargetFigures();
  // The area table has a row only for areas with parcels: asked only when an area has a target.
  const needsAreas = targets.data?.some((target) => targetPlace(target)?.level === "admin_unit") ?? false;
  const areas = useProgressFigures("admin_unit", { enabled: needsAreas });
  const provinceTitle = useId();
  const otherTitle = useId();
  const others = targets.data
    ? provinceSummaryTargets(targets.data, {
      kinds, projects, adminUnits: areas.data ? new Set(areas.data.map((r) => r.key)) : null,
    }).filter((target) => targetPlace(target)?.level !== "province")
    : [];
  const scopes = useScopeLabels(others);
  if (!targets.data) return <QueryState queries={[targets]} />;
  const provinceWide = targets.data.filter((target) => targetPlace(target)?.level === "province");
  if (provinceWide.length === 0 && others.length === 0) return null;
  return (
    <div className="province-targets">
      {provinceWide.length > 0 ? (
        <section aria-labelledby={provinceTitle}>
          <h3 id={provinceTitle} className="province-targets__title">{t("targets.provinceHeading")}</h3>
          <TargetList targets={provinceWide} />
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby={otherTitle}>
          <h3 id={otherTitle} className="province-targets__title">{t("targets.otherHeading")}</h3>
          <TargetList targets={others} scopes={scopes} />
        </section>
      ) : null}
    </div>
  );
}

/** Where each target applies, in words: "Cụm công nghiệp · Huyện Văn Lâm", by target id. */
function useScopeLabels(targets: readonly TargetProgress[]): ReadonlyMap<string, string> {
  const lang = useLang();
  const projects = useProjects();
  const units = useAdminUnitNames(targets.flatMap((target) => (target.scopeAdminUnitId ? [target.scopeAdminUnitId] : [])));
  return new Map(targets.map((target) => {
    const parts = [
      target.scopeKind ? labelIn(projectKindById(target.scopeKind), lang) : null,
      target.scopeProjectId ? (projects.data?.find((p) => p.id === target.scopeProjectId)?.name ?? null) : null,
      target.scopeAdminUnitId ? (units.data?.get(target.scopeAdminUnitId) ?? target.scopeAdminUnitId) : null,
    ];
    return [target.id, parts.filter((part) => part !== null).join(" · ")];
  }));
}
