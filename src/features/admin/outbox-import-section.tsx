// Quản trị → Nhập thay đổi: an admin imports an officer's "Xuất thay đổi chưa gửi" file as a
// last resort (the device could not send); leaders see the imports done, read-only.

import { useTranslation } from "react-i18next";
import { OutboxImportPanel } from "@/features/admin/outbox-import-panel";
import { OutboxPastImports } from "@/features/admin/outbox-past-imports";
import "@/features/admin/outbox-import.css";

export function OutboxImportSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-outbox-heading">
      <h2 id="admin-outbox-heading">{t("outboxImport.heading")}</h2>
      <p className="admin-intro">{t("outboxImport.intro")}</p>
      {canEdit ? <OutboxImportPanel /> : <p className="admin-notice admin-notice--info" role="note">{t("outboxImport.leaderNote")}</p>}
      <OutboxPastImports />
    </section>
  );
}
