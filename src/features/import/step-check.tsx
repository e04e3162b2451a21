// Step 6: convert and check the whole file in the worker (progress, cancel), then the problems
// per row and the preview map over the boundaries, so that a wrong coordinate system is seen.

import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BOUNDARY_ATTRIBUTION } from "@/data/boundaries-query";
import type { Boundaries } from "@/data/boundaries-query";
import type { Project } from "@/data/projects-query";
import type { ConvertResult, ImportLayer, ProjectShape } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { PreviewFocus, PreviewMarker } from "@/map/preview-map";
import { PreviewMap } from "@/map/preview-map";
import { hasCorridor, previewRows, rowGeometries } from "@/features/import/import-geometry";
import { ProblemList } from "@/features/import/problem-list";
import type { ListedProblem } from "@/features/import/problem-text";
import { problemText } from "@/features/import/problem-text";
import { StepSection } from "@/components/step-section";
import type { CheckState } from "@/features/import/use-import-file";
import { WorkerProgress } from "@/features/import/worker-progress";

interface StepCheckProps {
  readonly ready: boolean;
  readonly layer: ImportLayer;
  readonly project: Project | null;
  readonly projectShape: ProjectShape | null;
  readonly check: CheckState;
  readonly checkKey: string;
  readonly corridorOnly: boolean;
  readonly onCorridorOnly: (on: boolean) => void;
  readonly boundaries: Boundaries | null;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  /** The server's problems of the dry run of this check, marked on the map too. */
  readonly serverProblems: readonly ListedProblem[];
  readonly focus: PreviewFocus | null;
  readonly onShow: (problem: ListedProblem) => void;
  readonly canShow: (problem: ListedProblem) => boolean;
  readonly legalAreaOf: (row: number) => number | null;
}

/** Rows whose problems put most of them outside the province: a wrong CRS, almost surely. */
function mostlyOutside(result: ConvertResult): boolean {
  const rows = result.layer === "project_geometry" ? 1 : result.rows.length;
  const outside = new Set(result.problems.filter((p) => p.code === "outside_province" || p.code === "coordinates_invalid").map((p) => p.row));
  return rows > 0 && outside.size * 2 > rows;
}

export function StepCheck(props: StepCheckProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { check, checkKey } = props;
  const current = check.status !== "none" && check.key === checkKey;
  const checked = check.status === "checked" && current ? check.result : null;
  return (
    <StepSection title={t("import.step.check")}>
      {props.layer === "parcels" && hasCorridor(props.project) ? (
        <label className="import-choice">
          <input type="checkbox" checked={props.corridorOnly} onChange={(e) => props.onCorridorOnly(e.target.checked)} />
          {t("import.check.corridorOnly")}
        </label>
      ) : null}
      {check.status === "checking" ? (
        <WorkerProgress label={t("import.check.run")} progress={check.progress} cancelLabel={t("import.check.cancel")} onCancel={props.onCancel} />
      ) : (
        <p className="import-actions">
          <button type="button" className="button" disabled={!props.ready} onClick={props.onRun}>
            {checked ? t("import.check.again") : t("import.check.run")}
          </button>
        </p>
      )}
      {check.status === "checked" && !current ? <p className="import-warning" role="status">{t("import.check.stale")}</p> : null}
      {check.status === "failed" && current ? (
        <p className={check.cancelled ? "import-note" : "import-error"} role="alert">
          {check.cancelled ? t("import.check.cancelled") : t("import.check.failed", { message: check.message ?? "" })}
        </p>
      ) : null}
      {checked ? <CheckResult {...props} result={checked} lang={lang} /> : null}
    </StepSection>
  );
}

function CheckResult(props: StepCheckProps & { result: ConvertResult; lang: "vi" | "en" }) {
  const { t } = useTranslation();
  const { result, lang } = props;
  const mapBox = useRef<HTMLDivElement>(null);
  const geometries = useMemo(() => rowGeometries(result), [result]);
  const badRows = useMemo(() => new Set([...result.problems, ...props.serverProblems].map((p) => p.row)), [result, props.serverProblems]);
  const rows = useMemo(() => previewRows(geometries, badRows), [geometries, badRows]);
  const markers = useMemo<PreviewMarker[]>(() => [...result.problems, ...props.serverProblems].flatMap((p, i) => (
    p.at ? [{ key: `${i}`, at: p.at, label: `${t("import.preview.row", { row: p.row })}: ${problemText(t, lang, p, props.legalAreaOf)}` }] : []
  )), [result, props.serverProblems, t, lang, props.legalAreaOf]);
  const province = useMemo(() => props.boundaries?.province.map((b) => b.geometry) ?? [], [props.boundaries]);
  const districts = useMemo(() => props.boundaries?.districts.map((b) => b.geometry) ?? [], [props.boundaries]);
  const project = (props.projectShape?.geometry ?? null);

  useEffect(() => {
    if (props.focus) mapBox.current?.scrollIntoView({ block: "nearest" });
  }, [props.focus]);

  const rowCount = result.layer === "project_geometry" ? (result.geometry ? 1 : 0) : result.rows.length;
  const badCount = new Set(result.problems.map((p) => p.row)).size;
  return (
    <>
      <p className={result.problems.length === 0 ? "import-ok" : "import-warning"} role="status">
        {result.problems.length === 0
          ? t("import.check.allGood", { rows: formatCount(rowCount, lang) })
          : t("import.check.summary", { rows: formatCount(rowCount, lang), bad: formatCount(badCount, lang), problems: formatCount(result.problems.length, lang) })}
      </p>
      {result.layer === "parcels" && result.skippedOutsideCorridor > 0 ? (
        <p className="import-note">{t("import.check.skipped", { n: formatCount(result.skippedOutsideCorridor, lang) })}</p>
      ) : null}
      {result.layer === "project_geometry" ? (
        <p>{result.geometry ? t("import.check.geometryReady", { type: result.geometry.geom.type }) : t("import.check.noGeometry")}</p>
      ) : null}
      {mostlyOutside(result) ? <p className="import-error" role="alert">{t("import.check.outsideWarning")}</p> : null}
      <div ref={mapBox} className="import-preview">
        <PreviewMap label={t("import.preview.label")} zoomInLabel={t("import.preview.zoomIn")} zoomOutLabel={t("import.preview.zoomOut")}
          province={province} districts={districts} attribution={BOUNDARY_ATTRIBUTION}
          rows={rows} markers={markers} focus={props.focus} project={project} />
        <ul className="import-legend">
          <li><span className="import-legend__swatch import-legend__swatch--good" />{t("import.preview.legendRows")}</li>
          <li><span className="import-legend__swatch import-legend__swatch--bad" />{t("import.preview.legendProblems")}</li>
          <li><span className="import-legend__swatch import-legend__swatch--marker" />{t("import.preview.legendMarker")}</li>
        </ul>
      </div>
      {result.problems.length > 0 ? (
        <>
          <h3>{t("import.check.problemsTitle")}</h3>
          <ProblemList problems={result.problems} legalAreaOf={props.legalAreaOf} onShow={props.onShow} canShow={props.canShow} />
        </>
      ) : null}
    </>
  );
}
