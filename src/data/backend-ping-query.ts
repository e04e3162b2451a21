// The cheapest real query, used to wait until the API answers. The embedded development
// backend (PGlite) runs every migration and the seed as it boots; meanwhile requests fail or hang.

import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/data/api-error";
import { supabase } from "@/data/supabase-client";

/** One attempt gives up after this long, so a hung request does not stall the polling. */
const ATTEMPT_TIMEOUT_MS = 8_000;
/** Pause between attempts while the API is not answering. */
export const PING_INTERVAL_MS = 1_500;

/** Resolves when the API answers a read of app_info; throws an ApiError otherwise. */
export async function pingBackend(signal?: AbortSignal): Promise<void> {
  const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
  const client = await supabase();
  const { error, status } = await client
    .from("app_info")
    .select("key")
    .limit(1)
    .retry(false) // one quick attempt; the polling below is the retry
    .abortSignal(signal ? AbortSignal.any([signal, timeout]) : timeout);
  if (error) throw new ApiError("app_info", error, status);
}

/**
 * Polls until the API has answered once, then stops for good: later failures are shown by the
 * query that meets them, not by sending the whole app back to the boot screen.
 */
export function useBackendPing() {
  return useQuery({
    queryKey: ["backend-ping"],
    queryFn: ({ signal }) => pingBackend(signal).then(() => true),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchInterval: (query) => (query.state.data === true ? false : PING_INTERVAL_MS),
    refetchIntervalInBackground: true,
  });
}
