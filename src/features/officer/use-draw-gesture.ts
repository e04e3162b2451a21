// Drawing a selection on the Leaflet map with a mouse, pen or finger: a box (box mode, or Shift
// and drag with a mouse at any time) or a freehand lasso. While a mode is armed the map does not
// pan or zoom by gesture, so a drag draws; a plain click or tap still reaches the map (Shift-click
// toggles a parcel there). Esc cancels. The shape is handed over in GeoJSON [lon, lat] order.

import { useEffect, useEffectEvent } from "react";
import type { LatLng, Map as LeafletMap, Polygon, Rectangle } from "leaflet";
import { latLngBounds, polygon, rectangle } from "leaflet";
import type { DrawMode } from "@/features/officer/officer-store";
import type { DrawnShape } from "@/features/officer/select-parcels";
import type { LonLat } from "@/geo/geometry";

/** Pixels a pointer must move before a press becomes a drawing (below: a click). */
const START_PX = 5;
/** Pixels between two recorded lasso points. */
const LASSO_STEP_PX = 4;
const STYLE = { color: "#0b5f8a", weight: 2, dashArray: "6 4", fillColor: "#1c6dd0", fillOpacity: 0.12, interactive: false };

type Handler = "dragging" | "touchZoom" | "doubleClickZoom" | "boxZoom";

/** Disables some of the map's gesture handlers; returns the function that re-enables them. */
function suspend(map: LeafletMap, handlers: readonly Handler[]): () => void {
  const disabled = handlers.filter((h) => map[h].enabled());
  for (const h of disabled) map[h].disable();
  return function resume() {
    for (const h of disabled) map[h].enable();
  };
}

const toLonLat = (p: LatLng): LonLat => [p.lng, p.lat];

function shapeOf(kind: "box" | "lasso", points: readonly LatLng[]): DrawnShape | null {
  if (kind === "lasso") return points.length >= 3 ? { kind: "ring", ring: points.map(toLonLat) } : null;
  const [a, b] = [points[0], points[points.length - 1]];
  if (!a || !b) return null;
  const bounds = latLngBounds(a, b);
  return { kind: "box", box: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] };
}

interface Press {
  readonly pointerId: number;
  readonly kind: "box" | "lasso";
  readonly start: { x: number; y: number };
  points: LatLng[];
  last: { x: number; y: number };
  layer: Rectangle | Polygon | null;
  /** Re-enables what a Shift-drag suspended. */
  resume: (() => void) | null;
}

/**
 * Listens for drawing gestures on `map` while `enabled`. `mode` arms box or lasso drawing for
 * touch and mouse; Shift-drag draws a box in any mode. `onDrawn` gets the finished shape,
 * `onDisarm` is called when Esc ends an armed mode.
 */
export function useDrawGesture(
  map: LeafletMap,
  mode: DrawMode,
  enabled: boolean,
  onDrawn: (shape: DrawnShape) => void,
  onDisarm: () => void,
): void {
  const drawn = useEffectEvent(onDrawn);
  const disarm = useEffectEvent(onDisarm);

  useEffect(function listenForDrawing() {
    if (!enabled) return;
    const container = map.getContainer();
    const armed = mode !== "off";
    // Shift-drag is ours, not Leaflet's box zoom; an armed mode also stops panning and pinching.
    const resumeMap = suspend(map, armed ? ["dragging", "touchZoom", "doubleClickZoom", "boxZoom"] : ["boxZoom"]);
    container.classList.toggle("officer-drawing", armed);
    let press: Press | null = null;

    function clear() {
      press?.layer?.remove();
      press?.resume?.();
      if (press && container.hasPointerCapture(press.pointerId)) container.releasePointerCapture(press.pointerId);
      press = null;
    }

    function onPointerDown(event: PointerEvent) {
      if (press || !event.isPrimary || (event.pointerType === "mouse" && event.button !== 0)) return;
      const shiftBox = !armed && event.shiftKey && event.pointerType === "mouse";
      if (!armed && !shiftBox) return;
      if (event.target instanceof Element && event.target.closest(".leaflet-control")) return;
      // no text selection or focus change under a mouse drag; a click still fires
      if (event.pointerType === "mouse") event.preventDefault();
      const point = { x: event.clientX, y: event.clientY };
      press = {
        pointerId: event.pointerId, kind: armed ? mode : "box", start: point, last: point,
        points: [map.mouseEventToLatLng(event)], layer: null,
        // synchronously, before Leaflet's mousedown: a Shift-drag must not pan the map
        resume: shiftBox ? suspend(map, ["dragging"]) : null,
      };
    }

    function onPointerMove(event: PointerEvent) {
      if (!press || event.pointerId !== press.pointerId) return;
      const dx = event.clientX - press.start.x;
      const dy = event.clientY - press.start.y;
      if (!press.layer) {
        if (Math.hypot(dx, dy) < START_PX) return;
        container.setPointerCapture(event.pointerId);
        press.layer = press.kind === "box"
          ? rectangle(latLngBounds(press.points[0]!, press.points[0]!), STYLE).addTo(map)
          : polygon(press.points, STYLE).addTo(map);
      }
      event.preventDefault();
      const latLng = map.mouseEventToLatLng(event);
      if (press.kind === "box") {
        press.points = [press.points[0]!, latLng];
        (press.layer as Rectangle).setBounds(latLngBounds(press.points[0]!, latLng));
      } else if (Math.hypot(event.clientX - press.last.x, event.clientY - press.last.y) >= LASSO_STEP_PX) {
        press.points.push(latLng);
        press.last = { x: event.clientX, y: event.clientY };
        (press.layer as Polygon).setLatLngs(press.points);
      }
    }

    function onPointerUp(event: PointerEvent) {
      if (!press || event.pointerId !== press.pointerId) return;
      const finished = press.layer && event.type === "pointerup" ? shapeOf(press.kind, press.points) : null;
      if (press.layer) swallowNextClick(container);
      clear();
      if (finished) drawn(finished);
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      if (press) clear();
      else if (armed) disarm();
    }

    container.addEventListener("pointerdown", onPointerDown, true);
    container.addEventListener("pointermove", onPointerMove);
    container.addEventListener("pointerup", onPointerUp);
    container.addEventListener("pointercancel", onPointerUp);
    document.addEventListener("keydown", onKeyDown);
    return function stopListening() {
      clear();
      container.removeEventListener("pointerdown", onPointerDown, true);
      container.removeEventListener("pointermove", onPointerMove);
      container.removeEventListener("pointerup", onPointerUp);
      container.removeEventListener("pointercancel", onPointerUp);
      document.removeEventListener("keydown", onKeyDown);
      container.classList.remove("officer-drawing");
      resumeMap();
    };
  }, [map, mode, enabled]);
}

/** The click that ends a drag must not reach the map (it would focus or toggle a parcel). */
function swallowNextClick(container: HTMLElement) {
  const stop = (event: MouseEvent) => event.stopPropagation();
  container.addEventListener("click", stop, { capture: true, once: true });
  setTimeout(() => container.removeEventListener("click", stop, { capture: true }), 0);
}
