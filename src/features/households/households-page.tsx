// Placeholder of the base commit (issue 16): the helper that owns this page replaces it.

import { useTranslation } from "react-i18next";

export function HouseholdsPage({ partyId }: { readonly partyId: string | null }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t("households.heading")}</h1>
      <p>{partyId ?? ""}</p>
    </main>
  );
}
