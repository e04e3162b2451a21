// The import page (owned by the import-page helper; this is the base it starts from).

import { useTranslation } from "react-i18next";

export function ImportPage() {
  const { t } = useTranslation();
  return <h1>{t("import.title")}</h1>;
}
