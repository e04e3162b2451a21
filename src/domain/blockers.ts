// Blocked parcels (vướng mắc) summed up for the leader: by reason, with who must act and the
// projects concerned, and by project, with their reasons. Counts and areas only: a blocker's
// reason and the body responsible are public, the land users are not.

/** A parcel that is blocked, with the reason and the body or person that must act. */
export interface BlockedParcel {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly areaM2: number;
  readonly reason: string;
  /** Who must act; null when the officer did not say. */
  readonly responsible: string | null;
}

/** A number of parcels and their legal area. */
export interface BlockedTally {
  readonly parcels: number;
  readonly areaM2: number;
}

/** A named share of blocked parcels (a body responsible, a project, a reason). */
export interface BlockedPart extends BlockedTally {
  /** The responsible body, the project id or the reason; "" for an unnamed responsible. */
  readonly key: string;
}

/** The parcels blocked for one reason. */
export interface ReasonGroup extends BlockedTally {
  readonly reason: string;
  /** Who must act, most area first. */
  readonly responsibles: readonly BlockedPart[];
  /** The projects concerned, most area first. */
  readonly projects: readonly BlockedPart[];
}

/** The blocked parcels of one project. */
export interface ProjectBlockers extends BlockedTally {
  readonly projectId: string;
  /** The reasons, most area first. */
  readonly reasons: readonly BlockedPart[];
}

/** All blocked parcels: totals, by reason and by project. */
export interface BlockerSummary extends BlockedTally {
  readonly byReason: readonly ReasonGroup[];
  readonly byProject: readonly ProjectBlockers[];
}

/** A reason as typed by officers, with spaces tidied, so "Tranh chấp  đất " groups with "Tranh chấp đất". */
export function normaliseReason(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

class Tally {
  parcels = 0;
  areaM2 = 0;
  add(areaM2: number) {
    this.parcels++;
    this.areaM2 += Number.isFinite(areaM2) ? areaM2 : 0;
  }
}

/** Most area first, then most parcels, then by key in Vietnamese order, so the order is stable. */
function byArea<T extends BlockedTally>(key: (x: T) => string) {
  return (a: T, b: T) => b.areaM2 - a.areaM2 || b.parcels - a.parcels || key(a).localeCompare(key(b), "vi");
}

function parts(map: Map<string, Tally>): BlockedPart[] {
  return [...map].map(([key, t]) => ({ key, parcels: t.parcels, areaM2: t.areaM2 })).sort(byArea((p) => p.key));
}

function tallyInto(map: Map<string, Tally>, key: string, areaM2: number) {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  tally.add(areaM2);
}

/** Sums blocked parcels by reason (who must act, which projects) and by project (which reasons). */
export function summariseBlockers(parcels: readonly BlockedParcel[]): BlockerSummary {
  const total = new Tally();
  const reasons = new Map<string, { tally: Tally; responsibles: Map<string, Tally>; projects: Map<string, Tally> }>();
  const projects = new Map<string, { tally: Tally; reasons: Map<string, Tally> }>();
  for (const p of parcels) {
    const reason = normaliseReason(p.reason);
    const responsible = p.responsible?.replace(/\s+/g, " ").trim() ?? "";
    total.add(p.areaM2);
    let r = reasons.get(reason);
    if (!r) reasons.set(reason, (r = { tally: new Tally(), responsibles: new Map(), projects: new Map() }));
    r.tally.add(p.areaM2);
    tallyInto(r.responsibles, responsible, p.areaM2);
    tallyInto(r.projects, p.projectId, p.areaM2);
    let pr = projects.get(p.projectId);
    if (!pr) projects.set(p.projectId, (pr = { tally: new Tally(), reasons: new Map() }));
    pr.tally.add(p.areaM2);
    tallyInto(pr.reasons, reason, p.areaM2);
  }
  const byReason: ReasonGroup[] = [...reasons].map(([reason, r]) => ({
    reason, parcels: r.tally.parcels, areaM2: r.tally.areaM2,
    responsibles: parts(r.responsibles), projects: parts(r.projects),
  }));
  const byProject: ProjectBlockers[] = [...projects].map(([projectId, p]) => ({
    projectId, parcels: p.tally.parcels, areaM2: p.tally.areaM2, reasons: parts(p.reasons),
  }));
  return {
    parcels: total.parcels,
    areaM2: total.areaM2,
    byReason: byReason.sort(byArea((g) => g.reason)),
    byProject: byProject.sort(byArea((g) => g.projectId)),
  };
}
