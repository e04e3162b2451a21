// A list of targets, each a TargetRow: under a table row, and in the province summary.

import type { TargetProgress } from "@/domain/targets";
import { dayInVietnam } from "@/domain/clock";
import { TargetRow } from "@/features/progress/target-row";
import { useFiguresDay, useTargetFigures } from "@/features/progress/use-figures";

interface TargetListProps {
  readonly targets: readonly TargetProgress[];
  /** Where each applies, by target id, for targets not shown under their own row. */
  readonly scopes?: ReadonlyMap<string, string>;
  /** Labels the list (e.g. "Mục tiêu của Cụm công nghiệp" for screen readers). */
  readonly label?: string;
}

/** The targets in the order given; nothing when there are none. */
export function TargetList({ targets, scopes, label }: TargetListProps) {
  // The day the figures are of: the day chosen, or when today's target_progress was fetched (the
  // same query as the lists', no request of its own).
  const day = useFiguresDay();
  const { dataUpdatedAt } = useTargetFigures();
  if (targets.length === 0) return null;
  const today = day ?? dayInVietnam(new Date(dataUpdatedAt));
  return (
    <ul className="target-list" aria-label={label}>
      {targets.map((target) => (
        <TargetRow key={target.id} target={target} today={today} scope={scopes?.get(target.id)} />
      ))}
    </ul>
  );
}
