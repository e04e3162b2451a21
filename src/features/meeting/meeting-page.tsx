import { TargetsSection } from "@/features/meeting/targets-section";
import { useReportDay } from "@/state/report-day";
export function MeetingPage(_props: { section: string | null }) {
  const day = useReportDay();
  return <section className="page"><TargetsSection day={day} /></section>;
}
