// The audit pages: who changed what, when and from which device (per parcel, per user), the
// day's summary per area, and the leaders' revert of one user's changes in a time window.
// Officers, leaders and admins use them; the database decides what each reads (officers: their
// area's parcels and their own changes), these checks only keep the page from offering the rest.

import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useAccess } from "@/data/use-access";
import { routePath } from "@/state/route-paths";
import { AUDIT_SECTIONS, auditSectionOf } from "@/features/audit/audit-sections";
import type { AuditSection } from "@/features/audit/audit-sections";
import { AuditDaySection } from "@/features/audit/audit-day-section";
import { AuditParcelSection } from "@/features/audit/audit-parcel-section";
import { AuditUserSection } from "@/features/audit/audit-user-section";
import "@/components/page-tabs.css";
import "@/features/audit/audit.css";

export function AuditPage({ section: named }: { readonly section: string | null }) {
  const { t } = useTranslation();
  const access = useAccess();
  const parcelId = new URLSearchParams(useSearch()).get("parcel");
  const { section, unknown } = auditSectionOf(named, parcelId);
  const mayRevert = access.roles.includes("leader") || access.roles.includes("admin");
  let body;
  if (access.status === "anonymous") body = <p className="audit-notice" role="status">{t("audit.access.signInNeeded")}</p>;
  else if (access.status === "loading") body = <LoadingMessage>{t("audit.access.loading")}</LoadingMessage>;
  else if (access.status === "error") {
    body = <ErrorMessage title={t("audit.access.error")} details={access.error?.message} detailsLabel={t("audit.common.details")} />;
  } else if (access.roles.length === 0) body = <p className="audit-notice audit-notice--warn" role="alert">{t("audit.access.notAllowed")}</p>;
  else {
    body = (
      <>
        {unknown ? <p className="audit-notice audit-notice--warn" role="status">{t("audit.access.unknownSection", { section: named })}</p> : null}
        <SectionTabs current={section} parcelId={parcelId} />
        <div className="audit-section" role="tabpanel" aria-labelledby={`audit-tab-${section}`}>
          {section === "parcel" ? <AuditParcelSection parcelId={parcelId} />
            : section === "day" ? <AuditDaySection />
            : <AuditUserSection mayRevert={mayRevert} />}
        </div>
      </>
    );
  }
  return (
    <div className="audit-page">
      <h1>{t("audit.title")}</h1>
      <p className="audit-intro">{t("audit.intro")}</p>
      {body}
    </div>
  );
}

/** The tabs are links: each section has its own address; the parcel's keeps its ?parcel=. */
function SectionTabs({ current, parcelId }: { current: AuditSection; parcelId: string | null }) {
  const { t } = useTranslation();
  return (
    <nav className="page-tabs audit-tabs" aria-label={t("audit.tabs.label")}>
      {AUDIT_SECTIONS.map((s) => (
        <Link key={s} id={`audit-tab-${s}`} aria-current={s === current ? "page" : undefined} className="page-tabs__tab audit-tabs__tab"
          href={routePath("auditSection", { params: { section: s },
            ...(s === "parcel" && parcelId ? { search: new URLSearchParams({ parcel: parcelId }) } : {}) })}>
          {t(`audit.tabs.${s}`)}
        </Link>
      ))}
    </nav>
  );
}
