// What the province view needs, asked for before React renders: the boundaries, the projects'
// outlines and their progress. supabase-js sends a request only after its session restore, and
// the first render is one long task on a slow phone, so without a pause here the requests left
// only after that render (≈ 200 ms later in `npm run bench:map`). The map's queries then find
// the answers in the cache.

import type { QueryClient } from "@tanstack/react-query";
import { boundariesQuery } from "@/data/boundaries-query";
import { progressSummaryQuery } from "@/data/progress-summary-query";
import { projectsQuery } from "@/data/projects-query";
import { backendConfig, supabase } from "@/data/supabase-client";

/** The longest the first render waits for the session restore. */
const MAX_WAIT_MS = 300;

/** Starts the first view's requests and resolves once they are on their way (or after 300 ms). */
export async function startFirstView(client: QueryClient): Promise<void> {
  void client.prefetchQuery(boundariesQuery);
  if (!backendConfig.ok) return;
  void client.prefetchQuery(projectsQuery);
  void client.prefetchQuery(progressSummaryQuery("project"));
  const sessionRestored = supabase().auth.getSession().then(
    () => undefined,
    () => undefined, // the session problem, if any, is shown by the sign-in menu
  );
  await Promise.race([sessionRestored, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]);
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the requests be sent
}
