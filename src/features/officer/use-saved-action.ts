// Waits for the answers of an action saved in the outbox: after every change of the outbox (in
// any tab) its events are read again, and once none waits, the outcome is handed over.

import { useEffect, useRef } from "react";
import type { ActionPlan } from "@/domain/parcel-actions";
import type { BatchOutcome } from "@/domain/parcel-event-answers";
import { classifyAnswers } from "@/domain/parcel-event-answers";
import { readBatchAnswers } from "@/data/outbox/outbox-actions";
import { useOutboxView } from "@/data/outbox/use-outbox";

/** An action on disk whose answers have not all come. */
export interface SavedAction {
  readonly id: number;
  readonly plan: ActionPlan;
  readonly batchId: string;
}

/** Calls `onAnswered` once every event of `saved` is answered (applied, duplicate or parked). */
export function useSavedAction(saved: SavedAction | null, onAnswered: (outcome: BatchOutcome) => void): void {
  const { revision } = useOutboxView();
  const latest = useRef(onAnswered);
  useEffect(function keepLatestCallback() {
    latest.current = onAnswered;
  });
  useEffect(function readAnswers() {
    if (!saved) return;
    let live = true;
    void readBatchAnswers(saved.batchId).then(({ answers, waiting }) => {
      if (live && waiting === 0) latest.current(classifyAnswers(saved.plan.changes, answers));
    });
    return function ignoreLateRead() {
      live = false;
    };
  }, [saved, revision]);
}
