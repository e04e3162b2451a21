// One parcel's audit (/audit?parcel=<id>, the parcel panel's link): every event, newest first,
// exportable as CSV and XLSX.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ExportButtons } from "@/components/export-buttons";
import { useLang } from "@/components/use-lang";
import { useAuditParcel } from "@/data/audit-parcel-query";
import { auditEventsModel, parcelLabel } from "@/domain/audit-tables";
import { routePath } from "@/state/route-paths";
import { AuditEventList } from "@/features/audit/audit-event-list";
import { QueryState } from "@/features/audit/query-state";

export function AuditParcelSection({ parcelId }: { parcelId: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useAuditParcel(parcelId);
  const model = useMemo(() => auditEventsModel("nhat-ky-thua-dat"), []);
  return (
    <section aria-labelledby="audit-parcel-heading">
      <h2 id="audit-parcel-heading">{t("audit.parcel.heading")}</h2>
      {parcelId === null ? (
        <p className="audit-notice">{t("audit.parcel.pick")} <Link href={routePath("map")}>{t("audit.parcel.toMap")}</Link></p>
      ) : (
        <QueryState query={query}>
          {(events) => events.length === 0 ? <p>{t("audit.parcel.empty")}</p> : (
            <>
              <div className="audit-toolbar">
                <p className="audit-subject">
                  {t("audit.parcel.parcelOf", { project: events[0]!.projectName, parcel: parcelLabel(events[0]!, lang),
                                                unit: events[0]!.adminUnitName ?? events[0]!.adminUnitId })}
                </p>
                <ExportButtons model={model} rows={events} day={null} what={t("audit.parcel.exportWhat")} />
              </div>
              <AuditEventList events={events} showParcel={false} />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
