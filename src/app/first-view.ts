// What the province view needs, asked for before React renders: the boundaries, the projects'
// outlines and their progress. Their answers are usually on their way already (index.html
// preloads the boundary files; src/main.tsx sends the two API requests), so these queries take
// them as soon as the app starts instead of after its first render. The map's queries then find
// the answers in the cache. The province view the entry draws (src/app/province-view.ts) reads
// the same cache, so each answer is parsed once.

import type { QueryClient } from "@tanstack/react-query";
import { boundariesQuery } from "@/data/boundaries-query";
import { progressSummaryQuery } from "@/data/progress-summary-query";
import { projectsQuery } from "@/data/projects-query";
import { backendConfig } from "@/data/supabase-client";
import { createQueryClient } from "@/app/query-client";

let shared: QueryClient | null = null;

/** The app's query client, made once, with the first view's queries started. */
export function firstViewClient(): QueryClient {
  if (shared) return shared;
  const client = createQueryClient();
  shared = client;
  void client.prefetchQuery(boundariesQuery);
  if (backendConfig.ok) {
    void client.prefetchQuery(projectsQuery);
    void client.prefetchQuery(progressSummaryQuery("project"));
  }
  return client;
}
