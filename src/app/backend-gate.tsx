// Renders the app at once while the API is first asked, so its own queries start in parallel
// with that question (a province view is ready a round trip sooner); shows the boot screen only
// when the API has not answered (the embedded backend booting, or the server unreachable), and
// renders the app again, for good, once it has.

import type { ReactNode } from "react";
import { BootScreen } from "@/app/boot-screen";
import { useBackendPing } from "@/data/backend-ping-query";
import { isLocalBackend } from "@/data/supabase-client";

/** Waits for the API when it is not answering; otherwise stays out of the way. */
export function BackendGate({ children }: { children: ReactNode }) {
  const ping = useBackendPing();
  const notAnswering = ping.data !== true && (ping.isError || ping.failureCount > 0);
  if (!notAnswering) return children;
  const lastError = ping.error ? ping.error.message : null;
  return <BootScreen local={isLocalBackend} lastError={lastError} onRetry={() => void ping.refetch()} />;
}
