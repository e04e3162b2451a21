// The deadline layer's data: the parcel_timeline rows of each project in view, on the map's
// day, judged by the legal-deadline rules (src/domain/deadline-rules.ts) into each flagged
// parcel's worst level, for the parcel canvas to draw red or amber.

import { useEffect, useMemo, useState } from "react";
import { useParcelTimeline } from "@/data/parcel-timeline-query";
import { useProjects } from "@/data/projects-query";
import { dayInVietnam } from "@/domain/clock";
import type { FlagLevel } from "@/domain/deadline-rules";
import { deadlineLevels } from "@/domain/deadline-levels";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import { boxesIntersect } from "@/geo/geometry";
import { useMapBox } from "@/map/use-map-box";

/** How the deadline layer's rows are loading. */
export interface DeadlineStatus {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Flagged parcels in the projects in view, by worst level. */
  readonly red: number;
  readonly amber: number;
}

type Answer = { readonly rows: readonly ParcelTimelineRow[] | undefined; readonly loading: boolean; readonly error: Error | null };

/** Loads one project's timeline and hands its answer up; renders nothing. */
function ProjectTimeline({ projectId, day, onAnswer }: {
  projectId: string; day: string | null; onAnswer: (projectId: string, answer: Answer | null) => void;
}) {
  const { data, isFetching, error } = useParcelTimeline(projectId, day);
  useEffect(() => onAnswer(projectId, { rows: data, loading: isFetching, error }), [projectId, data, isFetching, error, onAnswer]);
  useEffect(() => () => onAnswer(projectId, null), [projectId, onAnswer]);
  return null;
}

/**
 * The flags of the parcels of the projects in view on `day` (null: today) while `enabled`, and
 * the elements that load them (render them anywhere).
 */
export function useDeadlineFlags(enabled: boolean, day: string | null) {
  const box = useMapBox(enabled);
  const projects = useProjects().data;
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer>>(new Map());
  const onAnswer = useMemo(() => (projectId: string, answer: Answer | null) => setAnswers((previous) => {
    const next = new Map(previous);
    if (answer) next.set(projectId, answer);
    else next.delete(projectId);
    return next;
  }), []);
  const inView = useMemo(() => (box && projects
    ? projects.filter((p) => p.bounds !== null && boxesIntersect(p.bounds, box)).map((p) => p.id)
    : []), [box, projects]);
  const judgedOn = day ?? dayInVietnam(new Date());
  const levels = useMemo<ReadonlyMap<string, FlagLevel> | null>(() => {
    if (!enabled) return null;
    const rows = [...answers.values()].flatMap((a) => a.rows ?? []);
    return deadlineLevels(rows, judgedOn);
  }, [enabled, answers, judgedOn]);
  const values = [...answers.values()];
  const status: DeadlineStatus = {
    loading: values.some((a) => a.loading),
    error: values.find((a) => a.error)?.error ?? null,
    red: levels ? [...levels.values()].filter((l) => l === "red").length : 0,
    amber: levels ? [...levels.values()].filter((l) => l === "amber").length : 0,
  };
  const loaders = enabled
    ? inView.map((id) => <ProjectTimeline key={id} projectId={id} day={day} onAnswer={onAnswer} />)
    : null;
  return { levels, status, loaders };
}
