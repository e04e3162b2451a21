// The parcel's identity: map sheet and number, area (commune/district), project, land type and
// legal area in m² and hectares. A field not loaded yet shows "…" until the parcel's row comes.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import type { Parcel } from "@/domain/parcel";
import { useProjects } from "@/data/projects-query";
import { formatM2, formatM2AsHa } from "@/domain/format";
import { landTypeLabel } from "@/domain/land-types";

/** A description list of the parcel's public facts. */
export function ParcelFacts({ parcel }: { parcel: Parcel }) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useAdminUnitNames([parcel.adminUnitId]);
  const projects = useProjects();
  const unitName = units.data?.get(parcel.adminUnitId) ?? parcel.adminUnitId;
  const project = projects.data?.find((p) => p.id === parcel.projectId);
  return (
    <dl className="parcel-facts">
      <div className="parcel-facts__row parcel-facts__row--half">
        <dt>{t("parcel.mapSheet")}</dt>
        <dd>{parcel.mapSheet ?? "…"}</dd>
      </div>
      <div className="parcel-facts__row parcel-facts__row--half">
        <dt>{t("parcel.parcelNo")}</dt>
        <dd>{parcel.parcelNo ?? "…"}</dd>
      </div>
      <div className="parcel-facts__row">
        <dt>{t("parcel.unit")}</dt>
        <dd>{unitName}</dd>
      </div>
      <div className="parcel-facts__row">
        <dt>{t("parcel.project")}</dt>
        <dd>{project?.name ?? "…"}</dd>
      </div>
      <div className="parcel-facts__row">
        <dt>{t("parcel.landType")}</dt>
        <dd>{parcel.landType === undefined ? "…" : landTypeLabel(parcel.landType, lang)}</dd>
      </div>
      <div className="parcel-facts__row">
        <dt>{t("parcel.area")}</dt>
        <dd>
          <span className="parcel-facts__strong">{formatM2(parcel.areaM2, lang, 1)}</span>{" "}
          <span className="parcel-facts__muted">({formatM2AsHa(parcel.areaM2, lang, 4)})</span>
        </dd>
      </div>
    </dl>
  );
}
