// The admin pages (owned by the admin helper; this is the base it starts from).

import { useTranslation } from "react-i18next";

export interface AdminPageProps {
  /** The section named in the address ("projects", "targets", "units", "accounts", "audit"), or null. */
  readonly section: string | null;
}

export function AdminPage(_props: AdminPageProps) {
  const { t } = useTranslation();
  return <h1>{t("admin.title")}</h1>;
}
