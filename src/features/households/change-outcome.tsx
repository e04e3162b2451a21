// How a change went, in one sentence: applied (or already recorded), refused as not allowed or
// invalid with the server's Vietnamese reason, a conflict, or no answer (send again safely).

import { useTranslation } from "react-i18next";
import type { ChangeOutcome } from "@/features/households/use-change";

/** The sentence for an outcome, or nothing while there is none. */
export function ChangeOutcomeText({ outcome }: { outcome: ChangeOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === "failed") {
    const network = outcome.error instanceof Error && "network" in outcome.error && outcome.error.network === true;
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    return <p className="hh-notice hh-notice--error" role="alert">{network ? t("households.form.network") : t("households.form.failed", { message })}</p>;
  }
  const { answer } = outcome;
  const message = answer.message ?? answer.code ?? "";
  switch (answer.status) {
    case "applied": return <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p>;
    case "duplicate": return <p className="hh-notice hh-notice--ok" role="status">{t("households.form.duplicate")}</p>;
    case "denied": return <p className="hh-notice hh-notice--error" role="alert">{t("households.form.denied", { message })}</p>;
    case "invalid": return <p className="hh-notice hh-notice--error" role="alert">{t("households.form.invalid", { message })}</p>;
    case "conflict": return <p className="hh-notice hh-notice--warn" role="alert">{t("households.form.conflict", { version: answer.version ?? "?" })}</p>;
  }
}
