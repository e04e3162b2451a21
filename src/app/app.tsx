// The root: a configuration error screen when the API is not configured; otherwise the
// providers, the wait for the API to answer, and the layout with the page the address names.

import type { QueryClient } from "@tanstack/react-query";
import { AppLayout } from "@/app/app-layout";
import { BackendGate } from "@/app/backend-gate";
import { ConfigErrorScreen } from "@/app/config-error-screen";
import { Providers } from "@/app/providers";
import { routeOf } from "@/app/routes/route-table";
import { backendConfig } from "@/data/supabase-client";

// The page's code is asked for now, while React starts and the API first answers, rather than
// when the page first renders; a failure here is retried, and reported, by that render.
if (typeof window !== "undefined") void routeOf(window.location.pathname).route.page.preload().catch(() => undefined);

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
