// Whether any query of the page is still waiting for its first answer: what the printed report
// waits for before it may be printed. Refetches of data already shown (the change feed's) do not
// count, so a button that waits on this does not flicker while the page is up.

import { useIsFetching } from "@tanstack/react-query";

/** True while a query without data yet is fetching. */
export function useFirstLoadsPending(): boolean {
  return useIsFetching({ predicate: (query) => query.state.data === undefined }) > 0;
}
