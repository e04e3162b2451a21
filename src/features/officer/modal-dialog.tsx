// A modal dialog on the native <dialog>: the page behind is inert, Tab stays inside, Esc cancels,
// and focus goes back to where it was when the dialog closes. A bottom sheet on phones.

import { useId, useLayoutEffect, useRef } from "react";
import type { ReactNode, SyntheticEvent } from "react";

interface ModalDialogProps {
  readonly title: string;
  /** Called on Esc (and by the dialog's own cancel buttons). */
  readonly onCancel: () => void;
  /** While true, Esc does nothing (a request is on its way). */
  readonly busy?: boolean;
  readonly children: ReactNode;
}

/** A labelled modal dialog, open while mounted. */
export function ModalDialog({ title, onCancel, busy = false, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(function openModal() {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    const first = dialog?.querySelector<HTMLElement>("[data-autofocus]") ?? dialog?.querySelector<HTMLElement>("input, select, textarea, button");
    first?.focus();
    return function closeModal() {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function cancel(event: SyntheticEvent) {
    event.preventDefault(); // React decides when the dialog closes (by unmounting it)
    if (!busy) onCancel();
  }

  return (
    <dialog ref={ref} className="officer-dialog" aria-labelledby={titleId} aria-busy={busy} onCancel={cancel}>
      <h2 id={titleId} className="officer-dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
