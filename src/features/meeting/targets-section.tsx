// Placeholder of the targets section (the targets helper's file replaces it): the meeting page
// renders `TargetsSection({ day })` for its first tab.

export function TargetsSection({ day }: { day: string | null }) {
  return <p data-day={day ?? ""}>…</p>;
}
