// A target's status as target_progress decided it, in words with a glyph (colour is never the
// only cue); at risk and missed in the alert colours.

import { useTranslation } from "react-i18next";
import type { TargetStatus } from "@/domain/targets";

const STATUS_ICONS: Record<TargetStatus, string> = {
  met: "✓",
  on_track: "→",
  at_risk: "!",
  missed: "✕",
  not_measurable: "?",
};

export function TargetsStatus({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`mt-status mt-status--${status}`}>
      <span className="mt-status__icon" aria-hidden="true">{STATUS_ICONS[status]}</span>
      {t(`targets.status.${status}`)}
    </span>
  );
}
