// The Leaflet map: one shared canvas renderer for every vector layer (thousands of parcels
// draw far faster on canvas than as SVG), the view kept in map-state, fly-to requests obeyed.
// Layers and tools are its children, so any feature can add one with react-leaflet's useMap().
// When the province view was drawn before React (src/app/early-view), that map is adopted
// instead of making a second one.

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import L from "leaflet";
import { LeafletContext, createLeafletContext } from "@react-leaflet/core";
import { MapContainer, useMap } from "react-leaflet";
import "leaflet/dist/leaflet.css";
import { adoptEarlyMap, releaseEarlyMap } from "@/map/early-map";
import { getMapState } from "@/state/map-state";
import { createRenderer, mapOptions } from "@/map/map-options";
import { useMapLabel, useMapStateSync, useResizeAware } from "@/map/use-map-state-sync";

interface MapFrameProps {
  /** The map's accessible name. */
  readonly label: string;
  /** Names of the zoom buttons, in the UI's language (Leaflet's own are English). */
  readonly zoomInLabel: string;
  readonly zoomOutLabel: string;
  readonly className?: string;
  readonly children?: ReactNode;
}

/** The map container; its initial view comes from map-state (and so from the URL). */
export function MapFrame({ label, zoomInLabel, zoomOutLabel, className, children }: MapFrameProps) {
  const [early] = useState(adoptEarlyMap);
  const contents = (
    <>
      <MapSync label={label} />
      <ZoomButtons zoomInLabel={zoomInLabel} zoomOutLabel={zoomOutLabel} />
      {children}
    </>
  );
  if (early) return <AdoptedMap early={early} className={className}>{contents}</AdoptedMap>;
  return <NewMap className={className}>{contents}</NewMap>;
}

/** A map made here, at map-state's view. */
function NewMap({ className, children }: { className?: string; children: ReactNode }) {
  const [initial] = useState(() => getMapState().view);
  const [renderer] = useState(createRenderer);
  return <MapContainer {...mapOptions(initial, renderer)} className={className}>{children}</MapContainer>;
}

/**
 * The early map, moved to this place in the page (a host with `display: contents`, so the map
 * lays out exactly as MapContainer's would), its children rendered inside it as MapContainer does.
 */
function AdoptedMap({ early, className, children }: { early: L.Map; className?: string; children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [context] = useState(() => createLeafletContext(early));
  const container = early.getContainer();
  // Before paint, in the commit that removed the early page frame: no frame without the map.
  useLayoutEffect(() => {
    // StrictMode unmounts and mounts again at once: a removal undone this way is not real.
    window.clearTimeout(pendingRemovals.get(early));
    host.current?.append(container);
    if (className) L.DomUtil.addClass(container, className);
    return function removeSoon() {
      pendingRemovals.set(early, window.setTimeout(() => {
        releaseEarlyMap(early);
        early.remove();
      }));
    };
  }, [early, container, className]);
  return (
    <div ref={host} style={HOST_STYLE}>
      {createPortal(<LeafletContext value={context}>{children}</LeafletContext>, container)}
    </div>
  );
}

const pendingRemovals = new WeakMap<L.Map, number>();
const HOST_STYLE = { display: "contents" } as const;

/** Leaflet's zoom control, made again when the language changes (its titles are fixed once made). */
function ZoomButtons({ zoomInLabel, zoomOutLabel }: Pick<MapFrameProps, "zoomInLabel" | "zoomOutLabel">) {
  const map = useMap();
  useEffect(() => {
    const control = L.control.zoom({ position: "topleft", zoomInTitle: zoomInLabel, zoomOutTitle: zoomOutLabel }).addTo(map);
    return function removeZoomButtons() {
      control.remove();
    };
  }, [map, zoomInLabel, zoomOutLabel]);
  return null;
}

function MapSync({ label }: { label: string }) {
  useMapStateSync();
  useMapLabel(label);
  useResizeAware();
  return null;
}
