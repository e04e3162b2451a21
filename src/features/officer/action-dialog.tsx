// The dialog of the action flow: the form of the chosen action, then its confirmation.

import type { ActionParcel } from "@/domain/parcel-actions";
import { BlockerForm } from "@/features/officer/blocker-form";
import { ConfirmView } from "@/features/officer/confirm-view";
import { ModalDialog } from "@/features/officer/modal-dialog";
import { NoteForm } from "@/features/officer/note-form";
import { StageForm } from "@/features/officer/stage-form";
import type { OfficerActions } from "@/features/officer/use-officer-actions";
import { useOfficerText } from "@/features/officer/use-officer-text";

const TITLES = {
  setStage: "officer.setStageTitle",
  blocker: "officer.blockerTitle",
  note: "officer.noteTitle",
} as const;

/** The open dialog, or nothing. */
export function ActionDialog({ actions, parcels }: { actions: OfficerActions; parcels: readonly ActionParcel[] }) {
  const { t } = useOfficerText();
  const { dialog } = actions;
  if (!dialog) return null;
  if (dialog.step === "confirm") {
    return (
      <ModalDialog key="confirm" title={t("officer.confirmTitle")} onCancel={actions.cancel} busy={actions.pending}>
        <ConfirmView plan={dialog.plan} pending={actions.pending} error={actions.error} onConfirm={actions.confirm}
          onBack={dialog.form ? actions.back : null} onCancel={actions.cancel} askDate={!dialog.form} />
      </ModalDialog>
    );
  }
  const { form, draft } = dialog;
  const submit = (action: Parameters<typeof actions.submitForm>[1]) => actions.submitForm(form, action);
  return (
    <ModalDialog key={form} title={t(TITLES[form])} onCancel={actions.cancel}>
      {form === "setStage" ? (
        <StageForm parcels={parcels} onSubmit={submit} onCancel={actions.cancel}
          initial={draft?.kind === "setStage" ? draft : { to: "", note: "" }} />
      ) : null}
      {form === "blocker" ? <BlockerForm parcels={parcels} initial={draft} onSubmit={submit} onCancel={actions.cancel} /> : null}
      {form === "note" ? (
        <NoteForm initial={draft?.kind === "addNote" ? draft : { note: "" }} onSubmit={submit} onCancel={actions.cancel} />
      ) : null}
    </ModalDialog>
  );
}
