// The leaders' meeting view (issue 15): placeholder until its sections land.

import { useTranslation } from "react-i18next";
import { meetingSectionOf } from "@/features/meeting/meeting-sections";

export function MeetingPage({ section }: { section: string | null }) {
  const { t } = useTranslation();
  const shown = meetingSectionOf(section);
  return (
    <section className="page" aria-labelledby="meeting-title">
      <h1 id="meeting-title">{t("meeting.title")}</h1>
      <p>{t(`meeting.sections.${shown}`)}</p>
    </section>
  );
}
