// Facts about the dataset (public.app_info), e.g. key "dataset" with
// {"demo": true, "label_vi": …, "label_en": …, "note_vi": …, "note_en": …} for illustrative data.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A text in Vietnamese and, when given, English. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string | null;
}

/** What the app needs to know about the dataset. */
export interface AppInfo {
  /** True when the data is illustrative (app_info "dataset".demo = true). */
  readonly isDemo: boolean;
  /** The dataset's own short label and longer note (sources, what is made up), if given. */
  readonly datasetLabel: LocalizedText | null;
  readonly datasetNote: LocalizedText | null;
  /** Every key with its JSON value, for features that need more. */
  readonly values: ReadonlyMap<string, unknown>;
}

const rowsSchema = z.array(z.object({ key: z.string(), value: z.unknown() }));
const datasetSchema = z.looseObject({
  demo: z.optional(z.boolean()),
  label_vi: z.optional(z.string()),
  label_en: z.optional(z.string()),
  note_vi: z.optional(z.string()),
  note_en: z.optional(z.string()),
});

function localized(vi: string | undefined, en: string | undefined): LocalizedText | null {
  return vi ? { vi, en: en ?? null } : null;
}

/** Fetches all app_info rows. */
export async function fetchAppInfo(signal?: AbortSignal): Promise<AppInfo> {
  const data = await withOfflineCopy("app-info", async () => {
    const client = await supabase();
    let request = client.from("app_info").select("key,value");
    if (signal) request = request.abortSignal(signal);
    const { data: rows, error, status } = await request;
    if (error) throw new ApiError("app_info", error, status);
    return rows;
  }, signal);
  const values = new Map(parseRows(rowsSchema, data, "app_info").map((r) => [r.key, r.value]));
  const parsed = datasetSchema.safeParse(values.get("dataset"));
  const dataset = parsed.success ? parsed.data : {};
  return {
    isDemo: "demo" in dataset && dataset.demo === true,
    datasetLabel: localized(dataset.label_vi, dataset.label_en),
    datasetNote: localized(dataset.note_vi, dataset.note_en),
    values,
  };
}

/** The dataset facts; they rarely change, so they are kept for a while. */
export function useAppInfo() {
  return useQuery({
    queryKey: ["app-info"],
    queryFn: ({ signal }) => fetchAppInfo(signal),
    staleTime: 10 * 60_000,
    networkMode: "always", // offline it answers from the copy (src/data/offline-copy)
  });
}
