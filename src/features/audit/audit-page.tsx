// The audit pages: who changed what, when and from which device (per parcel, per user), the
// day's summary per area, and the leaders' revert of one user's changes in a time window.

import { useTranslation } from "react-i18next";

export function AuditPage({ section }: { readonly section: string | null }) {
  const { t } = useTranslation();
  return (
    <main className="page" data-section={section ?? undefined}>
      <h1>{t("audit.documentTitle")}</h1>
    </main>
  );
}
