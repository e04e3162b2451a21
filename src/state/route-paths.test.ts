import { describe, expect, it } from "vitest";
import { buildPath, matchPath, matchPattern, routePath, ROUTE_PATHS } from "@/state/route-paths";
import { readMapSearch } from "@/state/url-state";

describe("routePath", () => {
  it("builds the map's address", () => {
    expect(routePath("map")).toBe("/");
    expect(routePath("map", {})).toBe("/");
    // @ts-expect-error the map's path has no named segments
    expect(() => routePath("map", { params: { projectId: "x" } })).not.toThrow();
  });

  it("keeps the query string it is given, with or without its '?'", () => {
    expect(routePath("map", { search: "?v=20.9,106.1,17&p=abc-1" })).toBe("/?v=20.9,106.1,17&p=abc-1");
    expect(routePath("map", { search: "v=20.9,106.1,17" })).toBe("/?v=20.9,106.1,17");
    expect(routePath("map", { search: new URLSearchParams({ p: "abc-1" }) })).toBe("/?p=abc-1");
    expect(routePath("map", { search: "" })).toBe("/");
    expect(routePath("map", { search: "?" })).toBe("/");
  });

  it("a map link with a view opens that view and parcel", () => {
    const link = routePath("map", { search: "v=20.9443,105.9383,18&p=abc-1" });
    const { pathname, search } = new URL(link, "https://gpmb.example");
    expect(matchPath(pathname).name).toBe("map");
    const state = readMapSearch(search, "2026-12-02");
    expect(state.view).toEqual({ lat: 20.9443, lng: 105.9383, zoom: 18 });
    expect(state.focusedParcelId).toBe("abc-1");
  });
});

describe("buildPath (the paths of pages to come)", () => {
  it("fills named segments, encoded", () => {
    expect(buildPath("/print/:projectId", { projectId: "vanh-dai-4" })).toBe("/print/vanh-dai-4");
    expect(buildPath("/meeting/:projectId/:day", { projectId: "a b/c", day: "2024-12-31" }, "?u=1"))
      .toBe("/meeting/a%20b%2Fc/2024-12-31?u=1");
  });

  it("a built path matches its pattern with the same values", () => {
    const params = { projectId: "a b/c", day: "2024-12-31" };
    expect(matchPattern("/meeting/:projectId/:day", buildPath("/meeting/:projectId/:day", params))).toEqual(params);
    expect(matchPattern("/meeting/:projectId/:day", "/meeting/x")).toBeNull();
    expect(matchPattern("/print/:projectId", "/print/vanh-dai-4/")).toEqual({ projectId: "vanh-dai-4" });
  });

  it("refuses a path with a segment left out", () => {
    expect(() => buildPath("/print/:projectId", {})).toThrow(/:projectId/);
    expect(() => buildPath("/print/:projectId", { projectId: "" })).toThrow(/:projectId/);
  });
});

describe("matchPath", () => {
  it("the map is the root", () => {
    expect(matchPath("/")).toEqual({ name: "map", params: {} });
  });

  it("an address no page answers is not-found", () => {
    for (const path of ["/ban-do", "/quan-tri", "/admin/projects/x", "/index.html", "//", "/%E0%A4%A", "/map/extra"]) {
      expect(matchPath(path)).toEqual({ name: "notFound", params: {} });
    }
  });

  it("every page's own address matches that page", () => {
    for (const name of Object.keys(ROUTE_PATHS) as (keyof typeof ROUTE_PATHS)[]) {
      const params = { section: "projects", partyId: "0b6f3c2e-7d1a-4c55-9e0f-2a8d4b6c1e90" };
      expect(matchPath(buildPath(ROUTE_PATHS[name], params)).name).toBe(name);
    }
    // the households' fixed pages come before a household's own address, which would take their names
    expect(matchPath("/households/import").name).toBe("householdsImport");
    expect(matchPath("/households/items").name).toBe("projectItems");
    expect(matchPath("/households/0b6f3c2e-7d1a-4c55-9e0f-2a8d4b6c1e90")).toEqual({
      name: "household",
      params: { partyId: "0b6f3c2e-7d1a-4c55-9e0f-2a8d4b6c1e90" },
    });
    expect(matchPath(routePath("adminSection", { params: { section: "audit" } }))).toEqual({
      name: "adminSection",
      params: { section: "audit" },
    });
  });
});
