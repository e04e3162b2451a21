// The drop-down panel holding the sign-in form; Escape or "Đóng" closes it.

import { useEffect, useRef } from "react";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { SignInForm } from "@/features/auth/sign-in-form";

interface SignInPanelProps {
  readonly id: string;
  readonly onClose: () => void;
  readonly onSignedIn: () => void;
}

/** A labelled region under the header with the form; focuses the email field when opened. */
export function SignInPanel({ id, onClose, onSignedIn }: SignInPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const titleId = `${id}-title`;

  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <section ref={ref} id={id} className="sign-in-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="sign-in-panel__head">
        <h2 id={titleId}>{t("auth.formTitle")}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t("auth.close")}
        </button>
      </div>
      <SignInForm onSignedIn={onSignedIn} />
    </section>
  );
}
