// Back online after data were shown from the copy kept on the device: every query is asked
// again, so the copy's answers (kept fresh for minutes like any answer) give way to the server's.

import { useEffect, useRef } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useOfflineCopyStatus } from "@/data/offline-copy/offline-copy";

/** Refetches the page's queries when the network comes back while the copy is shown. */
export function useRefreshWhenOnline(): void {
  const queryClient = useQueryClient();
  const { online, shownSavedAt } = useOfflineCopyStatus();
  const wasOnline = useRef(online);
  const showingCopy = shownSavedAt !== null;
  useEffect(() => {
    const cameBack = online && !wasOnline.current;
    wasOnline.current = online;
    if (cameBack && showingCopy) void queryClient.invalidateQueries();
  }, [online, showingCopy, queryClient]);
}
