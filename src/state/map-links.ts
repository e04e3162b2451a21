// Links from the other pages (the meeting view, the report) to the map at a place: a parcel, a
// project, a box, on a day. Built here so that no page writes the map's query string by hand.
// "b" (a box to fit on arrival) is read by the map once and replaced by its view (src/state/url-state.ts).

import type { LonLatBox } from "@/geo/geometry";
import { routePath } from "@/state/route-paths";

/** Where a link takes the map. */
export interface MapTarget {
  /** The box to show. */
  readonly bounds?: LonLatBox | null;
  /** The parcel to open in the panel. */
  readonly parcelId?: string | null;
  /** The project whose parcels the map filters to. */
  readonly projectId?: string | null;
  /** The day whose stages and figures the map shows; null or absent for today. */
  readonly day?: string | null;
}

function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** The map's address for `target`. */
export function mapLink(target: MapTarget): string {
  const params: string[] = [];
  if (target.bounds) params.push(`b=${target.bounds.map(coordinate).join(",")}`);
  if (target.projectId) params.push(`f=p:${encodeURIComponent(target.projectId)}`);
  if (target.parcelId) params.push(`p=${encodeURIComponent(target.parcelId)}`);
  if (target.day) params.push(`d=${target.day}`);
  return routePath("map", { search: params.join("&") });
}
