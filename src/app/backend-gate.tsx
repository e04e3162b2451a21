// Renders the app at once while the API is first asked, so its own queries start in parallel
// with that question (a province view is ready a round trip sooner); shows the boot screen only
// when the API has not answered (the embedded backend booting, or the server unreachable), and
// renders the app again, for good, once it has. A returning user whose device keeps a copy of
// the data (src/data/offline-copy) is let in when the server cannot be reached: the app works from it.
// The app update (src/app/pwa) is registered here, whichever screen is up; its notice shows at
// the top of the boot screen, or under the app's header (src/app/app-layout.tsx).

import type { ReactNode } from "react";
import { BootScreen } from "@/app/boot-screen";
import { UpdateNotice, useAppUpdate } from "@/app/pwa/update-notice";
import { isNetworkFailure } from "@/data/api-error";
import { useBackendPing } from "@/data/backend-ping-query";
import { useOfflineCopyStatus } from "@/data/offline-copy/offline-copy";
import { isLocalBackend } from "@/data/supabase-client";

/** Waits for the API when it is not answering and no copy is kept; otherwise stays out of the way. */
export function BackendGate({ children }: { children: ReactNode }) {
  useAppUpdate();
  const ping = useBackendPing();
  const { hasCopy } = useOfflineCopyStatus();
  const notAnswering = ping.data !== true && (ping.isError || ping.failureCount > 0);
  // only when the server is not reached: a server that answers "starting" (the dev backend) is waited for
  const unreachable = !ping.error || isNetworkFailure(ping.error);
  if (!notAnswering || (hasCopy === true && unreachable)) {
    return children;
  }
  const lastError = ping.error ? ping.error.message : null;
  return (
    <>
      <UpdateNotice />
      <BootScreen local={isLocalBackend} lastError={lastError} onRetry={() => void ping.refetch()} />
    </>
  );
}
