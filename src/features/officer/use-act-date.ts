// The day-of-the-act input shared by the officer's forms and the confirmation of
// "Chuyển bước tiếp theo": what is typed, today for the picker's bound, and the input to focus.

import { useRef, useState } from "react";
import type { RefObject } from "react";
import { dayInVietnam } from "@/domain/clock";

/** Today in Hưng Yên by the device's clock, "YYYY-MM-DD" (the domain's rules take it as a parameter). */
export function currentDay(): string {
  return dayInVietnam(new Date());
}

/** The input's state, and its element's ref (apart: React's rules keep refs out of render data). */
export interface ActDateInput {
  /** "YYYY-MM-DD", or "" while the input holds no whole date. */
  readonly value: string;
  readonly setValue: (value: string) => void;
  /** Today when the form opened: the picker offers no later day. */
  readonly today: string;
  readonly focus: () => void;
}

/** The input starts at the draft's day when the officer comes back to the form, else today. */
export function useActDate(initial: string | undefined): [ActDateInput, RefObject<HTMLInputElement | null>] {
  const [today] = useState(currentDay);
  const [value, setValue] = useState(initial ?? today);
  const ref = useRef<HTMLInputElement>(null);
  return [{ value, setValue, today, focus: () => ref.current?.focus() }, ref];
}
