// A horizontal bar for a share from 0 to 1. Decorative: the percentage is always printed next
// to it, so screen readers get the number once.

import { stageById } from "@/domain/stages";

const CLEARED_COLOR = stageById("handed_over").color;

/** A bar filled to `share` (0..1); empty when the share is unknown. */
export function ProgressBar({ share, color = CLEARED_COLOR }: { share: number | null; color?: string }) {
  const width = share === null ? 0 : Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  return (
    <span className="progress-bar" aria-hidden="true">
      <span className="progress-bar__fill" style={{ width: `${width}%`, backgroundColor: color }} />
    </span>
  );
}
