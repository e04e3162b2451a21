// The officer's action flow: a form (stage, blocker, note) → a confirmation with the plan → saved
// in the outbox ("Đã lưu trên máy", once on disk) → the answers when they come, with undo. One
// dialog at a time; the plan is built from the parcels as shown (server state with the events
// still waiting), so a new action chains on the ones not yet sent.

import { useState } from "react";
import type { ActionParcel, ActionPlan, ParcelAction } from "@/domain/parcel-actions";
import type { BatchOutcome } from "@/domain/parcel-event-answers";
import { planAction, redatePlan } from "@/domain/parcel-actions";
import { planUndo } from "@/domain/parcel-undo";
import { revertsOf } from "@/domain/outbox-undo";
import { savePlan } from "@/data/outbox/outbox-actions";
import type { PreparedFile } from "@/domain/attachment-types";
import { currentDay } from "@/features/officer/use-act-date";
import type { SavedAction } from "@/features/officer/use-saved-action";
import { useSavedAction } from "@/features/officer/use-saved-action";

/** The forms behind "Đặt bước…", "Vướng mắc…" and "Ghi chú…". */
export type ActionForm = "setStage" | "blocker" | "note";

/** What the dialog shows: a form (with what was typed before), or a plan to confirm. */
export type DialogState =
  | { readonly step: "form"; readonly form: ActionForm; readonly draft: ParcelAction | null }
  | { readonly step: "confirm"; readonly plan: ActionPlan; readonly form: ActionForm | null };

/** The answers to a saved action, shown in the toast and results list. */
export interface ActionResult {
  readonly id: number;
  readonly plan: ActionPlan;
  readonly outcome: BatchOutcome;
  /** The action's id in the outbox. */
  readonly batchId: string;
}

let savedSeq = 0;

/** State and commands of the action flow for the currently actionable parcels. */
export function useOfficerActions(actionable: readonly ActionParcel[]) {
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [saved, setSaved] = useState<SavedAction | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  // A save without its dialog (undo) that failed, to show with "Gửi lại".
  const [failed, setFailed] = useState<{ plan: ActionPlan; error: unknown; undoes?: ActionResult } | null>(null);
  useSavedAction(saved, (outcome) => {
    if (!saved) return;
    setResult({ id: saved.id, plan: saved.plan, outcome, batchId: saved.batchId });
    setSaved(null);
  });

  /** Writes the plan to the outbox; the answers come later (useSavedAction). */
  function save(plan: ActionPlan, after?: () => void, undoes?: ActionResult, files: readonly PreparedFile[] = []) {
    setFailed(null);
    setSaveError(null);
    setSaving(true);
    const undo = undoes ? { batchId: undoes.batchId, reverts: revertsOf(plan, undoes.outcome) } : undefined;
    savePlan(plan, undo, files).then(
      (batchId) => {
        setSaved({ id: ++savedSeq, plan, batchId });
        after?.();
      },
      (error: unknown) => {
        if (after) setSaveError(error);
        else setFailed({ plan, error, undoes });
      },
    ).finally(() => setSaving(false));
  }

  return {
    dialog,
    result,
    /** The action saved on this device whose answers have not all come. */
    saved,
    pending: saving,
    /** Why the last save failed while its confirmation is open. */
    error: dialog?.step === "confirm" ? saveError : null,
    /** A failed undo, with its plan to save again. */
    failed,
    advance: () => {
      if (saving) return;
      setSaveError(null);
      setDialog({ step: "confirm", plan: planAction(actionable, { kind: "advance" }, currentDay()), form: null });
    },
    openForm: (form: ActionForm) => {
      if (saving) return;
      setSaveError(null);
      setDialog({ step: "form", form, draft: null });
    },
    submitForm: (form: ActionForm, action: ParcelAction) => {
      setDialog({ step: "confirm", plan: planAction(actionable, action, currentDay()), form });
    },
    back: () => {
      if (dialog?.step === "confirm" && dialog.form && dialog.plan.action.kind !== "undo") {
        setSaveError(null);
        setDialog({ step: "form", form: dialog.form, draft: dialog.plan.action });
      }
    },
    /**
     * Sends the confirmed plan; `day` (valid, from the confirmation's own date field when no form
     * came before it) re-dates it first, and the dialog keeps the plan it sent for "Gửi lại".
     */
    confirm: (day?: string, files: readonly PreparedFile[] = []) => {
      if (dialog?.step !== "confirm") return;
      const plan = day === undefined ? dialog.plan : redatePlan(dialog.plan, day, currentDay());
      if (plan !== dialog.plan) setDialog({ ...dialog, plan });
      save(plan, () => setDialog(null), undefined, files);
    },
    cancel: () => {
      if (!saving) setDialog(null);
    },
    undo: () => {
      if (!result || result.plan.action.kind === "undo" || saving) return;
      const plan = planUndo(result.outcome);
      if (plan.summary.count > 0) save(plan, undefined, result);
    },
    resendFailed: () => {
      if (failed && !saving) save(failed.plan, undefined, failed.undoes);
    },
    dismissResult: () => {
      setResult(null);
      setFailed(null);
    },
  };
}

/** The flow's state and commands. */
export type OfficerActions = ReturnType<typeof useOfficerActions>;
