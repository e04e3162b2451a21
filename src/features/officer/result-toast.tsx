// The toast after a change: "Đã lưu trên máy: 12 thửa, 3,4 ha." while its answers are awaited,
// then "Đã cập nhật 12 thửa, 3,4 ha." with "Hoàn tác" for about 10 s (later, the outbox's panel
// still offers the undo). The countdown pauses while the pointer or focus is on the toast.

import { useEffect, useMemo, useState } from "react";
import { planUndo } from "@/domain/parcel-undo";
import type { ActionResult } from "@/features/officer/use-officer-actions";
import type { SavedAction } from "@/features/officer/use-saved-action";
import { useOutboxStatus } from "@/data/outbox/use-outbox";
import { useOfficerText } from "@/features/officer/use-officer-text";

/** How long the undo is offered. */
export const UNDO_MS = 10_000;

interface ResultToastProps {
  readonly result: ActionResult | null;
  /** An action on disk whose answers have not all come. */
  readonly saved: SavedAction | null;
  readonly pending: boolean;
  readonly onUndo: () => void;
}

/** A polite live region; shows the last result until it times out or is closed. */
export function ResultToast({ result, saved, pending, onUndo }: ResultToastProps) {
  const { t, summary } = useOfficerText();
  const { online } = useOutboxStatus();
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  const [paused, setPaused] = useState(false);
  const visible = result !== null && result.id !== hiddenId;

  useEffect(function hideAfterTimeout() {
    if (!visible || paused || !result) return;
    const timer = setTimeout(() => setHiddenId(result.id), UNDO_MS);
    return function cancelTimeout() {
      clearTimeout(timer);
    };
  }, [visible, paused, result]);

  const isUndo = result?.plan.action.kind === "undo";
  const { applied } = result?.outcome.counts ?? { applied: 0 };
  const undoable = useMemo(() => (result ? planUndo(result.outcome).summary.count > 0 : false), [result]);
  const canUndo = !isUndo && applied > 0 && undoable;
  const area = result?.outcome.appliedAreaM2 ?? 0;
  return (
    <div className="officer-toast-region" role="status" aria-live="polite">
      {saved ? (
        <div className="officer-toast officer-toast--saved">
          <p className="officer-toast__text">
            {t(online ? "outbox.savedSending" : "outbox.savedOffline",
              { summary: summary(saved.plan.summary.count, saved.plan.summary.areaM2) })}
          </p>
        </div>
      ) : visible ? (
        <div className="officer-toast" onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)} onBlur={() => setPaused(false)}>
          <p className="officer-toast__text">
            {applied === 0 ? t("officer.noneApplied")
              : t(isUndo ? "officer.undone" : "officer.applied", { summary: summary(applied, area) })}
          </p>
          {canUndo ? (
            <button type="button" className="button officer-toast__undo" onClick={onUndo} disabled={pending}>
              {pending ? t("officer.undoing") : t("officer.undo")}
            </button>
          ) : null}
          <button type="button" className="button button--ghost officer-toast__close" onClick={() => setHiddenId(result.id)}
            aria-label={t("officer.close")}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
