// The root: a configuration error screen when the API is not configured; otherwise the
// providers, the wait for the API to answer, and the layout.

import type { QueryClient } from "@tanstack/react-query";
import { AppLayout } from "@/app/app-layout";
import { BackendGate } from "@/app/backend-gate";
import { ConfigErrorScreen } from "@/app/config-error-screen";
import { Providers } from "@/app/providers";
import { backendConfig } from "@/data/supabase-client";

/** The whole app, with the query cache main.tsx made (and started filling). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      {backendConfig.ok ? (
        <BackendGate>
          <AppLayout />
        </BackendGate>
      ) : (
        <ConfigErrorScreen problems={backendConfig.problems} />
      )}
    </Providers>
  );
}
