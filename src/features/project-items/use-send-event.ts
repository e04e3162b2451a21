// Sends one household event and words its answer: saved, or the server's Vietnamese reason. The
// event id is kept until the change is saved, so a retry of the same change is answered duplicate.

import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRecordHouseholdEvents } from "@/data/household-events-mutation";
import type { HouseholdEvent } from "@/domain/household-types";
import { newEventId } from "@/domain/parcel-actions";

export function useSendEvent() {
  const { t } = useTranslation();
  const mutation = useRecordHouseholdEvents();
  const ids = useRef<{ eventId: string; rowId: string } | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  /** The ids of the change being made (kept across retries). */
  function currentIds() {
    ids.current ??= { eventId: newEventId(), rowId: newEventId() };
    return ids.current;
  }
  async function send(event: HouseholdEvent): Promise<boolean> {
    setResult(null);
    try {
      const [answer] = await mutation.mutateAsync([event]);
      const ok = answer?.status === "applied" || answer?.status === "duplicate";
      if (ok) ids.current = null;
      setResult({ ok, text: ok ? t("projectItems.saved") : t("projectItems.refused", { message: answer?.message ?? answer?.code ?? "?" }) });
      return ok;
    } catch (error) {
      setResult({ ok: false, text: t("projectItems.refused", { message: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
  }
  return { send, currentIds, result, pending: mutation.isPending };
}
