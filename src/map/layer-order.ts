// The drawing order of the map's vector layers. They share one canvas, where the layer added
// last is drawn on top; so whenever a group is added, the groups that belong above it are
// brought to the front again, keeping parcels over projects over the basemap.

import type L from "leaflet";

/** Slots from bottom to top. */
export const DRAW_ORDER = ["boundaries", "corridor", "progress", "projects", "parcels", "tools"] as const;

/** Where a group of vector layers is drawn. */
export type DrawSlot = (typeof DRAW_ORDER)[number];

const slotsByMap = new WeakMap<L.Map, Map<DrawSlot, L.FeatureGroup>>();

/** Adds `group` to the map in `slot`, then restores the order of the slots above it. */
export function addInOrder(map: L.Map, slot: DrawSlot, group: L.FeatureGroup): void {
  let slots = slotsByMap.get(map);
  if (!slots) {
    slots = new Map();
    slotsByMap.set(map, slots);
  }
  slots.set(slot, group);
  group.addTo(map);
  for (const above of DRAW_ORDER.slice(DRAW_ORDER.indexOf(slot) + 1)) {
    const other = slots.get(above);
    if (other && map.hasLayer(other)) other.bringToFront();
  }
}

/** Removes `group` from the map. */
export function removeFromOrder(map: L.Map, slot: DrawSlot, group: L.FeatureGroup): void {
  const slots = slotsByMap.get(map);
  if (slots?.get(slot) === group) slots.delete(slot);
  group.remove();
}
