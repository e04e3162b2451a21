// The deadline layer's data: the parcel_timeline rows of each project in view, on the map's
// day, judged by the legal-deadline rules (src/domain/deadline-rules.ts) into each flagged
// parcel's worst level, for the parcel canvas to draw red or amber.

import { useMemo } from "react";
import { useQueries } from "@tanstack/react-query";
import { parcelTimelineQuery } from "@/data/parcel-timeline-query";
import { useProjects } from "@/data/projects-query";
import { dayInVietnam } from "@/domain/clock";
import type { FlagLevel } from "@/domain/deadline-rules";
import { deadlineLevels } from "@/domain/deadline-levels";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import { boxesIntersect } from "@/geo/geometry";
import { useMapBox } from "@/map/use-map-box";

/** How the deadline layer's rows are loading, and what they found. */
export interface DeadlineStatus {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Flagged parcels in the projects in view, by worst level. */
  readonly red: number;
  readonly amber: number;
}

type Result = { readonly data?: readonly ParcelTimelineRow[]; readonly dataUpdatedAt: number; readonly isFetching: boolean; readonly error: Error | null };

function combine(results: readonly Result[]) {
  return {
    data: results.map((r) => r.data),
    stamp: results.map((r) => `${r.dataUpdatedAt}`).join(","),
    loading: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/** The flags of the parcels of the projects in view on `day` (null: today) while `enabled`. */
export function useDeadlineFlags(enabled: boolean, day: string | null) {
  const box = useMapBox(enabled);
  const projects = useProjects().data;
  const inView = useMemo(() => (enabled && box && projects
    ? projects.filter((p) => p.bounds !== null && boxesIntersect(p.bounds, box)).map((p) => p.id)
    : []), [enabled, box, projects]);
  const answers = useQueries({
    queries: inView.map((projectId) => ({ ...parcelTimelineQuery({ projectId }, day), refetchOnWindowFocus: false })),
    combine,
  });
  const judgedOn = day ?? dayInVietnam(new Date());
  const { data, stamp } = answers;
  const levels = useMemo<ReadonlyMap<string, FlagLevel> | null>(() => {
    if (!enabled) return null;
    const rows: ParcelTimelineRow[] = data.flatMap((list) => list ?? []);
    return deadlineLevels(rows, judgedOn);
    // judged again only when an answer changed (its stamp), not on every render's new array
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, judgedOn, stamp, inView]);
  const status: DeadlineStatus = useMemo(() => {
    const all = levels ? [...levels.values()] : [];
    return {
      loading: answers.loading, error: answers.error,
      red: all.filter((l) => l === "red").length, amber: all.filter((l) => l === "amber").length,
    };
  }, [levels, answers.loading, answers.error]);
  return { levels, status };
}
