import { describe, expect, it, vi } from "vitest";
import { en as enTexts } from "@/app/i18n/en";
import { vi as viTexts } from "@/app/i18n/vi";
import { NOT_FOUND, ROUTES, routeOf } from "@/app/routes/route-table";
import { ROUTE_PATHS, routePath } from "@/state/route-paths";

// The map's page brings Leaflet, which needs a browser; the table is what is tested here.
vi.mock("@/app/routes/map-page", () => ({ MapPage: () => null }));

/** The text at a dotted key ("notFound.title") of a language's messages. */
function text(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe("the route table", () => {
  it("has a page at every path, the path its own", () => {
    expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(ROUTE_PATHS).sort());
    for (const [name, route] of Object.entries(ROUTES)) expect(route.path).toBe(ROUTE_PATHS[name as keyof typeof ROUTE_PATHS]);
  });

  it("gives every page, not-found included, a document title in both languages", () => {
    for (const { titleKey } of [...Object.values(ROUTES), NOT_FOUND]) {
      expect(typeof text(viTexts, titleKey), titleKey).toBe("string");
      expect(typeof text(enTexts, titleKey), titleKey).toBe("string");
    }
    expect(text(viTexts, NOT_FOUND.titleKey)).not.toBe(text(viTexts, ROUTES.map.titleKey));
  });

  it("shows the map at its link and the not-found page elsewhere", () => {
    expect(routeOf(routePath("map"))).toMatchObject({ name: "map", route: ROUTES.map });
    expect(routeOf("/quan-tri")).toMatchObject({ name: "notFound", route: NOT_FOUND, params: {} });
    expect(ROUTES.map.frame).toBe("map");
    expect(NOT_FOUND.frame).toBe("page");
  });
});
