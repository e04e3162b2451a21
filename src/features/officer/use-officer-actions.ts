// The officer's action flow: a form (stage, blocker, note) → a confirmation with the plan → the
// mutation → a result with undo. One flow at a time; the plan is built from the parcels as the
// client knows them when the form is submitted.

import { useState } from "react";
import type { ActionParcel, ActionPlan, ParcelAction } from "@/domain/parcel-actions";
import type { BatchOutcome } from "@/domain/parcel-event-answers";
import { planAction, redatePlan } from "@/domain/parcel-actions";
import { planUndo } from "@/domain/parcel-undo";
import { useRecordParcelEvents } from "@/data/record-parcel-events-mutation";
import { currentDay } from "@/features/officer/use-act-date";

/** The forms behind "Đặt bước…", "Vướng mắc…" and "Ghi chú…". */
export type ActionForm = "setStage" | "blocker" | "note";

/** What the dialog shows: a form (with what was typed before), or a plan to confirm. */
export type DialogState =
  | { readonly step: "form"; readonly form: ActionForm; readonly draft: ParcelAction | null }
  | { readonly step: "confirm"; readonly plan: ActionPlan; readonly form: ActionForm | null };

/** The answer to the last send, shown in the toast and results list. */
export interface ActionResult {
  readonly id: number;
  readonly plan: ActionPlan;
  readonly outcome: BatchOutcome;
}

let resultSeq = 0;

/** State and commands of the action flow for the currently actionable parcels. */
export function useOfficerActions(actionable: readonly ActionParcel[]) {
  const mutation = useRecordParcelEvents();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  // A send without its dialog (undo) that failed, to show with "Gửi lại".
  const [failed, setFailed] = useState<{ plan: ActionPlan; error: unknown } | null>(null);

  function send(plan: ActionPlan, after?: () => void) {
    setFailed(null);
    mutation.mutate(plan, {
      onSuccess: (outcome) => {
        setResult({ id: ++resultSeq, plan, outcome });
        after?.();
      },
      onError: (error) => {
        if (!after) setFailed({ plan, error });
      },
    });
  }

  return {
    dialog,
    result,
    pending: mutation.isPending,
    /** The error of the last send while its confirmation is open. */
    error: dialog?.step === "confirm" && mutation.isError ? mutation.error : null,
    /** A failed undo, with its plan to send again. */
    failed,
    // while a send (e.g. an undo) is on its way, nothing new starts: reset() would drop its answer
    advance: () => {
      if (mutation.isPending) return;
      mutation.reset();
      setDialog({ step: "confirm", plan: planAction(actionable, { kind: "advance" }, currentDay()), form: null });
    },
    openForm: (form: ActionForm) => {
      if (mutation.isPending) return;
      mutation.reset();
      setDialog({ step: "form", form, draft: null });
    },
    submitForm: (form: ActionForm, action: ParcelAction) => {
      setDialog({ step: "confirm", plan: planAction(actionable, action, currentDay()), form });
    },
    back: () => {
      if (dialog?.step === "confirm" && dialog.form && dialog.plan.action.kind !== "undo") {
        mutation.reset();
        setDialog({ step: "form", form: dialog.form, draft: dialog.plan.action });
      }
    },
    /**
     * Sends the confirmed plan; `day` (valid, from the confirmation's own date field when no form
     * came before it) re-dates it first, and the dialog keeps the plan it sent for "Gửi lại".
     */
    confirm: (day?: string) => {
      if (dialog?.step !== "confirm") return;
      const plan = day === undefined ? dialog.plan : redatePlan(dialog.plan, day, currentDay());
      if (plan !== dialog.plan) setDialog({ ...dialog, plan });
      send(plan, () => setDialog(null));
    },
    cancel: () => {
      if (!mutation.isPending) setDialog(null);
    },
    undo: () => {
      if (!result || result.plan.action.kind === "undo" || mutation.isPending) return;
      const plan = planUndo(result.outcome);
      if (plan.summary.count > 0) send(plan);
    },
    resendFailed: () => {
      if (failed && !mutation.isPending) send(failed.plan);
    },
    dismissResult: () => {
      setResult(null);
      setFailed(null);
    },
  };
}

/** The flow's state and commands. */
export type OfficerActions = ReturnType<typeof useOfficerActions>;
