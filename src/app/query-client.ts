// TanStack Query defaults for the whole app.

import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "@/data/api-error";

/**
 * Whether a failed query is worth another try: network failures and server errors may pass,
 * refusals (4xx) and unexpected data will not. supabase-js already retries GETs on network
 * errors (1 s, 2 s, 4 s), so few extra attempts are needed.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.network) return failureCount < 2;
  return error.status >= 500 && failureCount < 1;
}

/** A query client: figures stay fresh for a minute and refresh when the window regains focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
