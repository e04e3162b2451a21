// The printable A4 report (issue 15): placeholder until it lands.

import { useTranslation } from "react-i18next";

export function PrintPage() {
  const { t } = useTranslation();
  return <h1>{t("meeting.print.documentTitle")}</h1>;
}
