// The addresses of the app's pages: each page's path by name, the links built from them (so
// that no link is a hand-written string) and the reverse, which page an address shows. Here
// rather than in src/app so that features can link to pages; the pages themselves (their code
// and titles) are in src/app/routes/route-table.ts. Paths use regexparam's syntax, the one wouter
// reads: fixed segments and required named segments ("/print/:projectId").

import { parse } from "regexparam";
import type { RouteParams } from "regexparam";

/**
 * Every page's path, by the page's name. Matched in this order, first match wins. The map's
 * query string (src/state/url-state.ts) is the map's only at its path.
 */
export const ROUTE_PATHS = {
  map: "/",
  // importing cadastral files, project outlines and admin boundaries (admins; officers in their area)
  import: "/import",
  // the admin pages: projects, targets, admin units, accounts, audit (admins; leaders read them)
  admin: "/admin",
  adminSection: "/admin/:section",
  // the leaders' meeting view: targets' burn-up, "5 rõ", blockers, legal deadlines, areas, summary
  meeting: "/meeting",
  meetingSection: "/meeting/:section",
  // the printable A4 report of the meeting view ("?d=" its day, as on the meeting pages)
  print: "/print",
  // households and the compensation plan (officers of the area, leaders): search, a household
  // list to upload, the project's graves and utilities, one household's page
  households: "/households",
  householdsImport: "/households/import",
  projectItems: "/households/items",
  household: "/households/:partyId",
  // who changed what, when and from which device: per parcel (?parcel=), per user (?user=), the
  // day's summary per area; leaders and admins revert one user's changes in a time window here
  audit: "/audit",
  auditSection: "/audit/:section",
} as const satisfies Record<string, string>;

/** The name of a page with an address. */
export type RouteName = keyof typeof ROUTE_PATHS;

/** A query string, with or without its "?", or its parameters. */
export type SearchInit = string | URLSearchParams;

/** The path of `pattern` with its named segments filled in, then `search`. */
export function buildPath(pattern: string, params: Readonly<Record<string, string>> = {}, search?: SearchInit): string {
  const path = pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    // "/print/" with the project left out would show another page than the one meant
    if (!value) throw new Error(`The path ${pattern} needs a value for :${name}.`);
    return encodeURIComponent(value);
  });
  const query = typeof search === "string" ? search.replace(/^\?/, "") : (search?.toString() ?? "");
  return query ? `${path}?${query}` : path;
}

type ParamsOf<N extends RouteName> = RouteParams<(typeof ROUTE_PATHS)[N]>;
type HasParams<N extends RouteName> = keyof ParamsOf<N> extends never ? false : true;

/** What a link to page `N` gives: the values of its named segments (when it has any), a query string. */
export type LinkOptions<N extends RouteName> = { readonly search?: SearchInit } & (HasParams<N> extends true
  ? { readonly params: ParamsOf<N> }
  : { readonly params?: undefined });

/**
 * The address of page `name`: `routePath("map")` is "/", `routePath("map", { search })` carries
 * the map's view in the link; a page with named segments needs them (`params`), which the
 * compiler checks.
 */
export function routePath<N extends RouteName>(
  name: N,
  ...[options]: HasParams<N> extends true ? [LinkOptions<N>] : [LinkOptions<N>?]
): string {
  const params: Readonly<Record<string, string>> = options?.params ?? {};
  return buildPath(ROUTE_PATHS[name], params, options?.search);
}

/** The page an address shows ("notFound" when none does), with the values of its named segments. */
export interface PathMatch {
  readonly name: RouteName | "notFound";
  readonly params: Readonly<Record<string, string>>;
}

const parsed = new Map<string, { keys: string[]; pattern: RegExp }>();

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a stray "%" in a typed address: keep it as it came
  }
}

/** The values of `pattern`'s named segments in `pathname` (decoded), or null when it does not match. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const compiled = parsed.get(pattern) ?? parse(pattern);
  parsed.set(pattern, compiled);
  const found = compiled.pattern.exec(pathname);
  if (!found) return null;
  const params: Record<string, string> = {};
  compiled.keys.forEach((key, i) => {
    const value = found[i + 1];
    if (value !== undefined) params[key] = decoded(value);
  });
  return params;
}

/** Which page `pathname` (location.pathname: encoded, without the query string) shows. */
export function matchPath(pathname: string): PathMatch {
  for (const [name, path] of Object.entries(ROUTE_PATHS) as [RouteName, string][]) {
    const params = matchPattern(path, pathname);
    if (params) return { name, params };
  }
  return { name: "notFound", params: {} };
}
