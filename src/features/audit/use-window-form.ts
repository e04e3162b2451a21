// The per-user audit's form state: who, and the window typed in Vietnam time. The window asked
// for is the one last submitted, so typing does not fire a request per keystroke.

import { useState } from "react";
import type { WindowProblem } from "@/domain/audit-window";
import { AUDIT_WINDOW_DAYS, parseVnLocal, toVnLocal, vnDayStart, windowProblem } from "@/domain/audit-window";

export interface AskedWindow {
  readonly userId: string;
  readonly from: Date;
  readonly to: Date;
}

export function useWindowForm(initialUser: string | null) {
  const now = new Date();
  // today from its first minute to the next hour: what was done today, including just now
  const [from, setFrom] = useState(() => toVnLocal(vnDayStart(now)));
  const [to, setTo] = useState(() => toVnLocal(new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000)));
  const [userId, setUserId] = useState<string | null>(initialUser);
  const [asked, setAsked] = useState<AskedWindow | null>(null);
  const fromDate = parseVnLocal(from);
  const toDate = parseVnLocal(to);
  const problem: WindowProblem | null = windowProblem(fromDate, toDate, AUDIT_WINDOW_DAYS);
  const submit = () => {
    if (problem === null && userId && fromDate && toDate) setAsked({ userId, from: fromDate, to: toDate });
  };
  return { from, setFrom, to, setTo, userId: userId ?? initialUser, setUserId, asked, problem, submit };
}
