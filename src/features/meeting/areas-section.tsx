// Areas: the districts (and the communes, where their rows are loaded) coloured by the share of
// their parcels' area handed over on the day shown, with a legend and the figures table. Each
// row opens the map at the area.

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useAreaProgress } from "@/data/area-progress-query";
import { BOUNDARY_ATTRIBUTION, useBoundaries } from "@/data/boundaries-query";
import { useCommuneShapes } from "@/data/admin-unit-shapes-query";
import { formatPercent, formatCount } from "@/domain/format";
import type { PolygonGeometry } from "@/geo/geometry";
import { geometryBox } from "@/geo/geometry";
import { AreaMap } from "@/map/area-map";
import type { AreaShape } from "@/map/area-map";
import { mapLink } from "@/state/map-links";
import { AreasLegend } from "@/features/meeting/areas-legend";
import { areaFill, areaShare, areasModel } from "@/features/meeting/areas-model";
import { ExportButtons } from "@/components/export-buttons";
import { TableView } from "@/features/meeting/table-view";

type Level = "district" | "commune";

export function AreasSection({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const districts = useAreaProgress("district", day);
  const communes = useAreaProgress("commune", day);
  const boundaries = useBoundaries();
  const communeShapes = useCommuneShapes();
  const hasCommunes = (communes.data?.length ?? 0) > 0;
  const [chosen, setChosen] = useState<Level>("district");
  const level: Level = hasCommunes ? chosen : "district";
  const progress = level === "district" ? districts : communes;

  const geometries = useMemo(() => {
    const map = new Map<string, PolygonGeometry>();
    if (level === "district") for (const b of boundaries.data?.districts ?? []) map.set(b.code, b.geometry);
    else for (const s of communeShapes.data ?? []) map.set(s.id, s.geometry);
    return map;
  }, [level, boundaries.data, communeShapes.data]);
  const rows = useMemo(() => progress.data ?? [], [progress.data]);
  const shapes = useMemo<AreaShape[]>(() => rows.flatMap((r) => {
    const geometry = geometries.get(r.id);
    if (!geometry) return [];
    const share = areaShare(r);
    const figures = share === null ? t("meeting.tables.areas.noParcels") : `${formatPercent(share, lang)} (${formatCount(r.clearedParcels, lang)}/${formatCount(r.parcels, lang)})`;
    return [{ id: r.id, geometry, fill: areaFill(share), label: `${r.name}: ${figures}` }];
  }), [rows, geometries, t, lang]);
  const model = useMemo(() => {
    const names = new Map((districts.data ?? []).map((d) => [d.id, d.name]));
    return areasModel(level, rows, { total: t("meeting.tables.total"), parentName: (id) => (id ? (names.get(id) ?? null) : null) }, (r) => {
      const geometry = geometries.get(r.id);
      return geometry ? mapLink({ bounds: geometryBox(geometry), day }) : null;
    });
  }, [level, rows, districts.data, geometries, t, day]);

  if (progress.isPending) return <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  if (progress.isError) {
    return <ErrorMessage title={t("meeting.tables.loadError")} details={progress.error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => void progress.refetch()} />;
  }
  const caption = t(`meeting.tables.areas.caption_${level}`);
  return (
    <>
      <p className="meeting-intro">{t("meeting.tables.areas.intro")}</p>
      {hasCommunes ? (
        <div className="meeting-levels" role="group" aria-label={t("meeting.tables.areas.levelLabel")}>
          {(["district", "commune"] as const).map((l) => (
            <button key={l} type="button" className="button button--small button--secondary" aria-pressed={l === level} onClick={() => setChosen(l)}>
              {t(`meeting.tables.areas.level_${l}`)}
            </button>
          ))}
        </div>
      ) : <p className="meeting-note">{t("meeting.tables.areas.noCommunes")}</p>}
      <div className="areas-view">
        <AreaMap label={t("meeting.tables.areas.mapLabel", { caption })} zoomInLabel={t("meeting.tables.areas.zoomIn")}
          zoomOutLabel={t("meeting.tables.areas.zoomOut")} shapes={shapes}
          outline={(boundaries.data?.province ?? []).map((b) => b.geometry)} attribution={BOUNDARY_ATTRIBUTION} />
        <AreasLegend />
      </div>
      {level === "commune" && shapes.length === 0 ? <p className="meeting-note">{t("meeting.tables.areas.noCommuneShapes")}</p> : null}
      <div className="meeting-table-bar">
        <p className="meeting-count" role="status">{t("meeting.tables.rowCount", { count: rows.length, formatted: formatCount(rows.length, lang) })}</p>
        <ExportButtons model={model} rows={rows} day={day} what={caption} />
      </div>
      <TableView model={model} rows={rows} rowKey={(r) => r.id} caption={caption} />
    </>
  );
}
