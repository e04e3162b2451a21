// The faults of the load run, injected into each officer's fetch for record_parcel_events only:
// - the network fails before the request leaves (the server never sees it): a retry;
// - the answer is lost: the server commits, the response arrives, and then fetch throws (the
//   outbox must resend and get "duplicate", never a second event);
// - the request is delivered twice (a proxy's retry): the first answer is thrown away.
// What was committed behind a lost answer is kept, to check it later.

export interface FaultRates { fail: number; lose: number; twice: number }

export interface FaultLog {
  failed: number;
  lost: number;
  twice: number;
  /** event ids the server applied in calls whose answer was lost */
  lostApplied: Set<string>;
  /** event ids applied by the first of a call delivered twice */
  twiceApplied: Set<string>;
}

export function newFaultLog(): FaultLog {
  return { failed: 0, lost: 0, twice: 0, lostApplied: new Set(), twiceApplied: new Set() };
}

const applied = (text: string) => {
  try {
    return (JSON.parse(text) as { event_id: string | null; status: string }[])
      .filter((a) => a.status === "applied" && a.event_id).map((a) => a.event_id as string);
  } catch {
    return [];
  }
};

/** A fetch with the faults, drawing from `random`. */
export function faultyFetch(rates: FaultRates, log: FaultLog, random: () => number): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes("/rpc/record_parcel_events")) return fetch(input, init);
    const draw = random();
    if (draw < rates.fail) {
      log.failed++;
      throw new TypeError("fetch failed (injected: no network)");
    }
    if (draw < rates.fail + rates.lose) {
      const response = await fetch(input, init);
      const text = await response.text();
      for (const id of applied(text)) log.lostApplied.add(id);
      log.lost++;
      throw new TypeError("fetch failed (injected: the answer was lost after the server committed)");
    }
    if (draw < rates.fail + rates.lose + rates.twice) {
      const first = await fetch(input, init);
      for (const id of applied(await first.text())) log.twiceApplied.add(id);
      log.twice++;
    }
    return fetch(input, init);
  };
}
