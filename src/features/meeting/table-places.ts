// Where the meeting lists' rows are on the map: the projects' boxes and "code – name" labels
// (from the map's cached projects), and a small box around a parcel's centre.

import { useMemo } from "react";
import { useProjects } from "@/data/projects-query";
import type { LonLat, LonLatBox } from "@/geo/geometry";
import { padBounds } from "@/geo/boxes";
import { mapLink } from "@/state/map-links";

/** The projects' names and boxes by id. */
export interface ProjectPlaces {
  readonly name: (projectId: string) => string;
  readonly bounds: (projectId: string) => LonLatBox | null;
}

export function useProjectPlaces(): ProjectPlaces {
  const projects = useProjects();
  return useMemo(() => {
    const byId = new Map((projects.data ?? []).map((p) => [p.id, p]));
    return {
      name: (id) => {
        const p = byId.get(id);
        return p ? `${p.code} – ${p.name}` : id;
      },
      bounds: (id) => byId.get(id)?.bounds ?? null,
    };
  }, [projects.data]);
}

/** The map at one parcel: a small box around its centre, the parcel open in the panel, on `day`. */
export function parcelMapLink(parcel: { id: string; projectId: string; center: LonLat }, day: string | null): string {
  const [lon, lat] = parcel.center;
  return mapLink({ bounds: padBounds([lon, lat, lon, lat]), parcelId: parcel.id, projectId: parcel.projectId, day });
}
