// Placeholder of the base commit (issue 16): the helper that owns this page replaces it.

import { useTranslation } from "react-i18next";

export function HouseholdImportPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t("householdImport.heading")}</h1>

    </main>
  );
}
