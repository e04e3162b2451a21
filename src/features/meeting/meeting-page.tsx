// The leaders' meeting view (issue 15): the sections as tabs (each its own address, so the back
// button and a shared link work), the day every figure stands at ("?d=", kept by every tab and by
// the link to the printable report), and the section named in the address.

import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { useReportDay, withReportDay } from "@/state/report-day";
import { routePath } from "@/state/route-paths";
import { AccountabilitySection } from "@/features/meeting/accountability-section";
import { AreasSection } from "@/features/meeting/areas-section";
import { BlockersSection } from "@/features/meeting/blockers-section";
import { DeadlinesSection } from "@/features/meeting/deadlines-section";
import { MeetingDayControl } from "@/features/meeting/meeting-day-control";
import type { MeetingSection } from "@/features/meeting/meeting-sections";
import { MEETING_SECTIONS, meetingSectionOf } from "@/features/meeting/meeting-sections";
import { SummarySection } from "@/features/meeting/summary-section";
import { TargetsSection } from "@/features/meeting/targets-section";
import "@/components/page-tabs.css";
import "@/features/meeting/meeting.css";

export function MeetingPage({ section }: { section: string | null }) {
  const { t } = useTranslation();
  const day = useReportDay();
  const shown = meetingSectionOf(section);
  return (
    <section className="page meeting-page" aria-labelledby="meeting-title">
      <div className="meeting-page__head">
        <h1 id="meeting-title">{t("meeting.title")}</h1>
        <Link className="button button--secondary" href={routePath("print", { search: withReportDay("", day) })}>
          {t("meeting.tables.printLink")}
        </Link>
      </div>
      <MeetingDayControl day={day} />
      <SectionTabs current={shown} />
      <div className="meeting-section" role="tabpanel" aria-labelledby={`meeting-tab-${shown}`}>
        <h2 className="meeting-section__title">{t(`meeting.sections.${shown}`)}</h2>
        <Section section={shown} day={day} />
      </div>
    </section>
  );
}

function Section({ section, day }: { section: MeetingSection; day: string | null }) {
  switch (section) {
    case "targets": return <TargetsSection day={day} />;
    case "accountability": return <AccountabilitySection day={day} />;
    case "blockers": return <BlockersSection day={day} />;
    case "deadlines": return <DeadlinesSection day={day} />;
    case "areas": return <AreasSection day={day} />;
    case "summary": return <SummarySection day={day} />;
  }
}

/** The tabs are links that keep the day (and any other parameter) of the address. */
function SectionTabs({ current }: { current: MeetingSection }) {
  const { t } = useTranslation();
  const search = useSearch();
  return (
    <nav className="page-tabs meeting-tabs" aria-label={t("meeting.sections.label")}>
      {MEETING_SECTIONS.map((s) => (
        <Link key={s} id={`meeting-tab-${s}`} className="page-tabs__tab meeting-tabs__tab" aria-current={s === current ? "page" : undefined}
          href={routePath("meetingSection", { params: { section: s }, search })}>
          {t(`meeting.sections.${s}`)}
        </Link>
      ))}
    </nav>
  );
}
