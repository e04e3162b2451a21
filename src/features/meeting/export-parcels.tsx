// "Tải thửa đất (GeoJSON)": the parcels of one project or all, with their public fields, or
// with the private ones for the roles that may see them (leaders, admins, officers — the
// database still gives an officer private fields only for parcels of their area).

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchParcelsExport } from "@/data/parcels-export-query";
import { useProjects } from "@/data/projects-query";
import { useAccess } from "@/data/use-access";
import { exportFileName } from "@/domain/table-export";
import { saveBlob } from "@/components/export-save";

export function ExportParcels() {
  const { t } = useTranslation();
  const id = useId();
  const access = useAccess();
  const projects = useProjects();
  const [projectId, setProjectId] = useState("");
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const mayFull = access.roles.includes("leader") || access.roles.includes("admin") || access.isOfficer;

  async function download() {
    setBusy(true);
    setFailed(null);
    try {
      const data = await fetchParcelsExport(projectId || null, mayFull && full);
      const code = projects.data?.find((p) => p.id === projectId)?.code ?? "tat-ca";
      const stem = `thua-dat_${code}${mayFull && full ? "_day-du" : ""}`;
      saveBlob(new Blob([JSON.stringify(data)], { type: "application/geo+json" }), exportFileName(stem, null, "geojson"));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="meeting-geojson" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("meeting.tables.geojson.title")}</h3>
      <p className="meeting-note">{t("meeting.tables.geojson.intro")}</p>
      <div className="meeting-filters">
        <div className="field">
          <label htmlFor={`${id}-project`}>{t("meeting.tables.geojson.project")}</label>
          <select id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
            <option value="">{t("meeting.tables.geojson.allProjects")}</option>
            {(projects.data ?? []).map((p) => <option key={p.id} value={p.id}>{`${p.code} – ${p.name}`}</option>)}
          </select>
        </div>
        {mayFull ? (
          <label className="meeting-filters__check">
            <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
            {t("meeting.tables.geojson.full")}
          </label>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void download()} disabled={busy}>
          {busy ? t("meeting.tables.geojson.busy") : t("meeting.tables.geojson.download")}
        </button>
      </div>
      {mayFull && full ? <p className="meeting-note" role="note">{t("meeting.tables.geojson.fullWarning")}</p> : null}
      {failed ? <p className="field-error" role="alert">{t("meeting.tables.geojson.failed", { message: failed })}</p> : null}
    </section>
  );
}
