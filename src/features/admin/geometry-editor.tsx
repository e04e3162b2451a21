// Drawing a project's outline or centre line on the small draw map (click to add vertices, undo,
// close or finish, clear), or the way to import it from a file instead.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { LoadingMessage } from "@/components/status-message";
import { BOUNDARY_ATTRIBUTION, useBoundaries } from "@/data/boundaries-query";
import type { LonLat, LonLatBox } from "@/geo/geometry";
import { DrawMap } from "@/map/draw-map";
import { routePath } from "@/state/route-paths";
import type { DrawMode } from "@/features/admin/drawn-geometry";

/** The drawing in progress; `touched` once the admin changed what was stored. */
export interface DrawState {
  readonly mode: DrawMode;
  readonly vertices: readonly LonLat[];
  readonly finished: boolean;
  readonly touched: boolean;
}

interface GeometryEditorProps {
  readonly draw: DrawState;
  readonly onChange: (draw: DrawState) => void;
  /** null for a project not saved yet (nothing to import into). */
  readonly projectId: string | null;
  readonly canEdit: boolean;
  readonly error: string | null;
}

function boxOf(vertices: readonly LonLat[]): LonLatBox | null {
  if (vertices.length === 0) return null;
  const lons = vertices.map((v) => v[0]);
  const lats = vertices.map((v) => v[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

export function GeometryEditor({ draw, onChange, projectId, canEdit, error }: GeometryEditorProps) {
  const { t } = useTranslation();
  const boundaries = useBoundaries();
  const change = (next: Partial<DrawState>) => onChange({ ...draw, ...next, touched: true });
  const count = draw.vertices.length;
  const enough = count >= (draw.mode === "polygon" ? 3 : 2);
  const provinceBox = boundaries.data ? boxOfGeometries(boundaries.data.province.map((b) => b.geometry.coordinates)) : null;
  return (
    <div className="geometry-editor">
      {canEdit ? (
        <fieldset className="admin-radios">
          <legend>{t("admin.draw.modeLegend")}</legend>
          {(["polygon", "line"] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="draw-mode" value={mode} checked={draw.mode === mode}
                onChange={() => change({ mode, finished: false })} />
              {t(mode === "polygon" ? "admin.draw.modePolygon" : "admin.draw.modeLine")}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="admin-field__hint" id="draw-hint">
        {canEdit ? t(draw.mode === "polygon" ? "admin.draw.hintPolygon" : "admin.draw.hintLine") : null}{" "}
        {canEdit ? t("admin.draw.keyboardHint") : null}
      </p>
      <div className="draw-map-box">
        {boundaries.data ? (
          <DrawMap label={t("admin.draw.mapLabel")} attribution={BOUNDARY_ATTRIBUTION}
            province={boundaries.data.province.map((b) => b.geometry)} districts={boundaries.data.districts.map((b) => b.geometry)}
            mode={draw.mode} vertices={draw.vertices} finished={draw.finished || !canEdit}
            fitTo={boxOf(draw.vertices) ?? provinceBox}
            onAddVertex={(vertex) => change({ vertices: [...draw.vertices, vertex] })} />
        ) : boundaries.isError ? <p role="alert">{t("admin.draw.mapFailed")}</p> : <LoadingMessage>{t("admin.draw.mapLoading")}</LoadingMessage>}
      </div>
      <p className="draw-status" role="status">
        {count === 0 ? t("admin.draw.none")
          : draw.finished ? t(draw.mode === "polygon" ? "admin.draw.finishedPolygon" : "admin.draw.finishedLine", { count })
          : t("admin.draw.vertices", { count })}
      </p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {canEdit ? (
        <div className="admin-form__actions">
          <button type="button" className="button button--secondary" disabled={count === 0 || draw.finished}
            onClick={() => change({ vertices: draw.vertices.slice(0, -1) })}>{t("admin.draw.undo")}</button>
          {draw.finished ? (
            <button type="button" className="button button--secondary" onClick={() => change({ finished: false })}>{t("admin.draw.continue")}</button>
          ) : (
            <button type="button" className="button button--secondary" disabled={!enough} onClick={() => change({ finished: true })}>
              {t(draw.mode === "polygon" ? "admin.draw.closePolygon" : "admin.draw.finishLine")}
            </button>
          )}
          <button type="button" className="button button--secondary" disabled={count === 0}
            onClick={() => change({ vertices: [], finished: false })}>{t("admin.draw.clear")}</button>
        </div>
      ) : null}
      {canEdit ? (
        projectId ? (
          <p><Link href={routePath("import", { search: `layer=project_geometry&project=${encodeURIComponent(projectId)}` })}>{t("admin.draw.importLink")}</Link></p>
        ) : <p className="admin-field__hint">{t("admin.draw.importNeedsSave")}</p>
      ) : null}
    </div>
  );
}

function boxOfGeometries(coordinates: readonly unknown[]): LonLatBox | null {
  let box: [number, number, number, number] | null = null;
  const visit = (node: unknown) => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === "number") {
      const [x, y] = node as number[];
      box = box ? [Math.min(box[0], x!), Math.min(box[1], y!), Math.max(box[2], x!), Math.max(box[3], y!)] : [x!, y!, x!, y!];
      return;
    }
    node.forEach(visit);
  };
  coordinates.forEach(visit);
  return box;
}
