// Back online after being offline: every query is asked again, so the answers read from the copy
// kept on the device (fresh for minutes like any answer, so TanStack Query's own refetch on
// reconnect would skip them) give way to the server's.

import { useEffect, useRef } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useOfflineCopyStatus } from "@/data/offline-copy/offline-copy";

/** Refetches the page's queries when the network comes back. */
export function useRefreshWhenOnline(): void {
  const queryClient = useQueryClient();
  const { online } = useOfflineCopyStatus();
  const wasOnline = useRef(online);
  useEffect(() => {
    const cameBack = online && !wasOnline.current;
    wasOnline.current = online;
    if (cameBack) void queryClient.invalidateQueries();
  }, [online, queryClient]);
}
