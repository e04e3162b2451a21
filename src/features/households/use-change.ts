// Sends one change through record_household_events and says how it went. The event is kept
// while no answer has come (a lost answer, a dropped connection): sending the same change again
// reuses its id, so the server applies it at most once. Any answer settles it.

import { useState } from "react";
import { useRecordHouseholdEvents } from "@/data/household-events-mutation";
import type { HouseholdAnswer, HouseholdEvent } from "@/domain/household-types";
import { newEventId } from "@/domain/parcel-actions";
import type { Change } from "@/features/households/change-event";
import { eventForChange } from "@/features/households/change-event";

/** How the last change went: the server's answer, or the call's failure. */
export type ChangeOutcome =
  | { readonly kind: "answer"; readonly answer: HouseholdAnswer }
  | { readonly kind: "failed"; readonly error: unknown };

export interface ChangeSender {
  /** Sends the change; resolves to the answer, or null when no answer came. */
  readonly send: (change: Change) => Promise<HouseholdAnswer | null>;
  readonly pending: boolean;
  readonly outcome: ChangeOutcome | null;
  readonly clear: () => void;
}

export function useChange(): ChangeSender {
  const mutation = useRecordHouseholdEvents();
  const [unanswered, setUnanswered] = useState<HouseholdEvent | null>(null);
  const [outcome, setOutcome] = useState<ChangeOutcome | null>(null);
  async function send(change: Change): Promise<HouseholdAnswer | null> {
    const event = eventForChange(unanswered, change, newEventId);
    setUnanswered(event);
    setOutcome(null);
    try {
      const answers = await mutation.mutateAsync([event]);
      const answer = answers.find((a) => a.eventId === event.eventId) ?? answers[0] ?? null;
      if (!answer) throw new Error("record_household_events: no answer");
      setUnanswered(null);
      setOutcome({ kind: "answer", answer });
      return answer;
    } catch (error) {
      setOutcome({ kind: "failed", error });
      return null;
    }
  }
  return { send, pending: mutation.isPending, outcome, clear: () => setOutcome(null) };
}
