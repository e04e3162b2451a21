// The admin pages: section tabs (projects, targets, units, accounts, audit, outbox import) under /admin and
// /admin/:section. Admins edit; leaders read everything read-only; anyone else is told why not.
// The database decides in the end: these checks only keep the page from offering what it refuses.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useAccess } from "@/data/use-access";
import { routePath } from "@/state/route-paths";
import { ADMIN_SECTIONS, adminSectionOf } from "@/features/admin/admin-sections";
import type { AdminSection } from "@/features/admin/admin-sections";
import { ProjectsSection } from "@/features/admin/projects-section";
import { TargetsSection } from "@/features/admin/targets-section";
import { UnitsSection } from "@/features/admin/units-section";
import { AccountsSection } from "@/features/admin/accounts-section";
import { AuditSection } from "@/features/admin/audit-section";
import { OutboxImportSection } from "@/features/admin/outbox-import-section";
import "@/components/page-tabs.css";
import "@/features/admin/admin.css";

export interface AdminPageProps {
  /** The section named in the address ("projects", "targets", "units", "accounts", "audit", "outbox"), or null. */
  readonly section: string | null;
}

export function AdminPage({ section: named }: AdminPageProps) {
  const { t } = useTranslation();
  const access = useAccess();
  const { section, unknown } = adminSectionOf(named);
  const isAdmin = access.roles.includes("admin");
  const mayRead = isAdmin || access.roles.includes("leader");
  let body;
  if (access.status === "anonymous") body = <p className="admin-notice" role="status">{t("admin.access.signInNeeded")}</p>;
  else if (access.status === "loading") body = <LoadingMessage>{t("admin.access.loading")}</LoadingMessage>;
  else if (access.status === "error") {
    body = <ErrorMessage title={t("admin.access.error")} details={access.error?.message} detailsLabel={t("admin.common.details")} />;
  } else if (!mayRead) body = <p className="admin-notice admin-notice--warn" role="alert">{t("admin.access.notAllowed")}</p>;
  else {
    body = (
      <>
        {isAdmin ? null : <p className="admin-notice admin-notice--info" role="note">{t("admin.access.readOnly")}</p>}
        {unknown ? <p className="admin-notice admin-notice--warn" role="status">{t("admin.access.unknownSection", { section: named })}</p> : null}
        <SectionTabs current={section} />
        <div className="admin-section" role="tabpanel" aria-labelledby={`admin-tab-${section}`}>
          <Section section={section} canEdit={isAdmin} />
        </div>
      </>
    );
  }
  return (
    <div className="admin-page">
      <h1>{t("admin.title")}</h1>
      <p className="admin-intro">{t("admin.intro")}</p>
      {body}
    </div>
  );
}

function Section({ section, canEdit }: { section: AdminSection; canEdit: boolean }) {
  switch (section) {
    case "projects": return <ProjectsSection canEdit={canEdit} />;
    case "targets": return <TargetsSection canEdit={canEdit} />;
    case "units": return <UnitsSection canEdit={canEdit} />;
    case "accounts": return <AccountsSection canEdit={canEdit} />;
    case "audit": return <AuditSection />;
    case "outbox": return <OutboxImportSection canEdit={canEdit} />;
  }
}

/** The tabs are links: each section has its own address, and the browser's back button works. */
function SectionTabs({ current }: { current: AdminSection }) {
  const { t } = useTranslation();
  return (
    <nav className="page-tabs admin-tabs" aria-label={t("admin.tabs.label")}>
      {ADMIN_SECTIONS.map((s) => (
        <Link key={s} id={`admin-tab-${s}`} href={routePath("adminSection", { params: { section: s } })}
          className="page-tabs__tab admin-tabs__tab" aria-current={s === current ? "page" : undefined}>
          {t(`admin.tabs.${s}`)}
        </Link>
      ))}
    </nav>
  );
}
