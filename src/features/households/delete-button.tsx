// Deleting one row of the record: a first press asks, a second sends the delete at the row's
// version (a row changed meanwhile answers conflict, and nothing is deleted).

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HouseholdEventKind } from "@/domain/household-types";
import { ChangeOutcomeText } from "@/features/households/change-outcome";
import { useChange } from "@/features/households/use-change";

interface DeleteButtonProps {
  readonly kind: HouseholdEventKind;
  readonly id: string;
  readonly version: number;
  /** What is deleted, for the button's accessible name. */
  readonly what: string;
}

export function DeleteButton({ kind, id, version, what }: DeleteButtonProps) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const change = useChange();
  const failed = change.outcome && !(change.outcome.kind === "answer" && change.outcome.answer.status === "applied");
  return (
    <span className="hh-delete">
      <button type="button" className={`button button--small ${asked ? "button--danger" : "button--ghost"}`}
        disabled={change.pending} aria-label={`${asked ? t("households.form.deleteConfirm") : t("households.form.delete")}: ${what}`}
        onClick={() => {
          if (!asked) return setAsked(true);
          setAsked(false);
          void change.send({ kind, id, expectedVersion: version });
        }}>
        {asked ? t("households.form.deleteConfirm") : t("households.form.delete")}
      </button>
      {failed ? <ChangeOutcomeText outcome={change.outcome} /> : null}
    </span>
  );
}
