import { describe, expect, it } from "vitest";
import { earlyViewEligible } from "@/app/early-view/eligible";
import type { VisitFacts } from "@/app/early-view/eligible";

const visit: VisitFacts = { link: {}, windowWidth: 1280, storedLang: "vi", signedIn: false };

describe("earlyViewEligible", () => {
  it("suits a first visit to the province in Vietnamese, on a wide screen or a phone", () => {
    expect(earlyViewEligible(visit)).toBe(true);
    expect(earlyViewEligible({ ...visit, windowWidth: 360 })).toBe(true);
    expect(earlyViewEligible({ ...visit, link: { view: { lat: 20.8, lng: 106.09, zoom: 10 } } })).toBe(true);
  });

  it("leaves English, signed-in users and tablet widths to React", () => {
    expect(earlyViewEligible({ ...visit, storedLang: "en" })).toBe(false);
    expect(earlyViewEligible({ ...visit, signedIn: true })).toBe(false);
    expect(earlyViewEligible({ ...visit, windowWidth: 768 })).toBe(false);
    expect(earlyViewEligible({ ...visit, windowWidth: 899 })).toBe(false);
    expect(earlyViewEligible({ ...visit, windowWidth: 900 })).toBe(true);
    expect(earlyViewEligible({ ...visit, windowWidth: 599 })).toBe(true);
  });

  it("leaves links to parcels, selections, chosen layers and street views to React", () => {
    expect(earlyViewEligible({ ...visit, link: { focusedParcelId: "p1" } })).toBe(false);
    expect(earlyViewEligible({ ...visit, link: { selection: new Set(["p1"]) } })).toBe(false);
    expect(earlyViewEligible({ ...visit, link: { layers: new Set(["tiles"]) } })).toBe(false);
    expect(earlyViewEligible({ ...visit, link: { view: { lat: 20.9, lng: 105.9, zoom: 15 } } })).toBe(false);
    expect(earlyViewEligible({ ...visit, link: { view: { lat: 20.9, lng: 105.9, zoom: 14.5 } } })).toBe(true);
  });
});
