import { describe, expect, it } from "vitest";
import { DEFAULT_LAYERS, DEFAULT_VIEW } from "@/state/map-state";
import { NO_FILTERS } from "@/domain/parcel-filters";
import type { UrlMapState } from "@/state/url-state";
import { MAX_SELECTION_IN_URL, readMapSearch, writeMapSearch } from "@/state/url-state";

const P1 = "bcc2987f-e7de-ce62-d99f-33d88c25e49c";
const P2 = "00d7ccfa-a984-40c6-7c6d-65a7dac70f7a";

const base: UrlMapState = {
  view: DEFAULT_VIEW,
  layers: DEFAULT_LAYERS,
  filters: NO_FILTERS,
  selection: new Set(),
  focusedParcelId: null,
  figuresDay: null,
};
const TODAY = "2026-12-02";

describe("the map state in the URL", () => {
  it("writes only the view for the default state", () => {
    expect(writeMapSearch("", base)).toBe("?v=20.83,106.03,10");
  });

  it("round-trips view, layers, filters, selection and the focused parcel", () => {
    const state: UrlMapState = {
      view: { lat: 20.9012345, lng: 105.9412345, zoom: 16 },
      layers: new Set(["districts", "parcels"]),
      filters: { projectIds: [P1], stages: ["notice", "inventory"], blocked: true },
      selection: new Set([P2, P1]),
      focusedParcelId: P2,
      figuresDay: "2024-12-31",
    };
    const search = writeMapSearch("", state);
    expect(search).toBe(`?v=20.90123,105.94123,16&l=d,x&f=p:${P1},s:notice,s:inventory,b:1&s=${P2},${P1}&p=${P2}&d=2024-12-31`);
    const read = readMapSearch(search, TODAY);
    expect(read.view).toEqual({ lat: 20.90123, lng: 105.94123, zoom: 16 });
    expect([...(read.layers ?? [])].sort()).toEqual(["districts", "parcels"]);
    expect(read.filters).toEqual(state.filters);
    expect([...(read.selection ?? [])]).toEqual([P2, P1]);
    expect(read.focusedParcelId).toBe(P2);
    expect(read.figuresDay).toBe("2024-12-31");
  });

  it("keeps other parameters and replaces its own", () => {
    expect(writeMapSearch("?tab=project&v=1,2,3&p=old", base)).toBe("?tab=project&v=20.83,106.03,10");
  });

  it("writes an empty layer list and reads it back as no layers", () => {
    const search = writeMapSearch("", { ...base, layers: new Set() });
    expect(search).toContain("l=");
    expect(readMapSearch(search, TODAY).layers?.size).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect(readMapSearch("?v=abc,1,2&f=s:nonsense,b:2,p:<script>&p=%3Cx%3E", TODAY)).toEqual({
      filters: { projectIds: [], stages: [], blocked: null },
    });
    expect(readMapSearch("?v=95,106,10", TODAY)).toEqual({});
    expect(readMapSearch("", TODAY)).toEqual({});
  });

  it("marks a link's selection as the link's, for the officer to confirm", () => {
    const read = readMapSearch(`?s=${P1},${P2}`, TODAY);
    expect(read.linkSelection).toEqual({ ids: new Set([P1, P2]), ignored: 0 });
    expect(read.selection).toBe(read.linkSelection?.ids);
    expect(readMapSearch("?s=", TODAY).linkSelection).toBeUndefined();
    expect(readMapSearch("?s=%3Cx%3E,,", TODAY).selection).toBeUndefined();
  });
});

describe("the day of the progress figures in the URL", () => {
  it("is left out for today's live figures and round-trips a past day", () => {
    expect(new URLSearchParams(writeMapSearch("", base)).has("d")).toBe(false);
    const search = writeMapSearch("?d=2020-01-01", { ...base, figuresDay: "2024-12-31" });
    expect(search).toBe("?v=20.83,106.03,10&d=2024-12-31");
    expect(readMapSearch(search, TODAY).figuresDay).toBe("2024-12-31");
    // choosing today again drops the day from the link
    expect(writeMapSearch(search, base)).toBe("?v=20.83,106.03,10");
  });

  it("reads the first day back to 2000 and up to yesterday", () => {
    expect(readMapSearch("?d=2000-01-01", TODAY).figuresDay).toBe("2000-01-01");
    expect(readMapSearch("?d=2026-12-01", TODAY).figuresDay).toBe("2026-12-01");
  });

  it("ignores a day it cannot show: today (live), a day to come, before 2000, not a real day", () => {
    for (const d of ["2026-12-02", "2026-12-03", "2099-01-01", "1999-12-31", "2025-02-29", "31/12/2024", "2024-12-31T00:00", " 2024-12-31", "", "%3Cx%3E"]) {
      expect(readMapSearch(`?d=${d}`, TODAY).figuresDay, d).toBeUndefined();
    }
  });
});

describe("a link's selection", () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p-${from + i}`);

  it("is read up to MAX_SELECTION_IN_URL parcels; the rest are counted and ignored", () => {
    const read = readMapSearch(`?s=${ids(MAX_SELECTION_IN_URL + 37).join(",")}`, TODAY);
    expect([...(read.selection ?? [])]).toEqual(ids(MAX_SELECTION_IN_URL));
    expect(read.linkSelection?.ignored).toBe(37);
  });

  it("counts each parcel once and leaves out ids it cannot read, before and after the cap", () => {
    const first = ids(MAX_SELECTION_IN_URL);
    const list = [first[0], "<x>", ...first, first[5], "p-x1", "p-x1", "", "p-x2", "a".repeat(65)];
    const read = readMapSearch(`?s=${list.join(",")}`, TODAY);
    expect([...(read.selection ?? [])]).toEqual(first);
    expect(read.linkSelection?.ignored).toBe(2);
  });

  it("round-trips at the cap; a longer selection is left out of the link the app writes", () => {
    const at = new Set(ids(MAX_SELECTION_IN_URL));
    const read = readMapSearch(writeMapSearch("", { ...base, selection: at }), TODAY);
    expect(read.selection).toEqual(at);
    expect(read.linkSelection?.ignored).toBe(0);
    const over = writeMapSearch("", { ...base, selection: new Set(ids(MAX_SELECTION_IN_URL + 1)) });
    expect(new URLSearchParams(over).has("s")).toBe(false);
  });
});


describe("a link's box and the deadline layer", () => {
  it("reads the box a link from another page names, and never writes it back", () => {
    const link = "?b=105.9,20.8,106.05,20.95&f=p:abc&p=x1&d=2024-12-31";
    expect(readMapSearch(link, TODAY).bounds).toEqual([105.9, 20.8, 106.05, 20.95]);
    expect(new URLSearchParams(writeMapSearch(link, base)).has("b")).toBe(false);
  });

  it("ignores a box it cannot read: too few numbers, turned over, off the globe", () => {
    for (const b of ["1,2,3", "106,20,105,21", "105,21,106,20", "105,20,200,21", "a,b,c,d", ""]) {
      expect(readMapSearch(`?b=${b}`, TODAY).bounds, b).toBeUndefined();
    }
  });

  it("writes the deadline layer as h, and it is off by default", () => {
    const on = new Set([...DEFAULT_LAYERS, "deadlines" as const]);
    const search = writeMapSearch("", { ...base, layers: on });
    expect(new URLSearchParams(search).get("l")).toBe("t,d,p,c,x,g,h");
    expect(readMapSearch(search, TODAY).layers?.has("deadlines")).toBe(true);
    expect(DEFAULT_LAYERS.has("deadlines")).toBe(false);
  });
});
