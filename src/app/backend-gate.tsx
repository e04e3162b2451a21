// Renders the app only once the API has answered; until then, the boot screen.

import type { ReactNode } from "react";
import { BootScreen } from "@/app/boot-screen";
import { useBackendPing } from "@/data/backend-ping-query";
import { isLocalBackend } from "@/data/supabase-client";

/** Waits for the API, then renders `children` for good. */
export function BackendGate({ children }: { children: ReactNode }) {
  const ping = useBackendPing();
  if (ping.data === true) return children;
  const lastError = ping.error ? ping.error.message : null;
  return <BootScreen local={isLocalBackend} lastError={lastError} onRetry={() => void ping.refetch()} />;
}
