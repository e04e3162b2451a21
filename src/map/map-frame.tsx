// Hosts the page's one Leaflet map (made by the entry before React: src/app/province-view.ts)
// in this place of the page, with its children rendered inside it as react-leaflet's
// MapContainer does, so that any feature can add a layer or tool with useMap(). On unmount the
// map's container is only detached: the map lives for the whole page, and a screen that comes
// back hosts it again as it was.

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import L from "leaflet";
import { LeafletContext, createLeafletContext } from "@react-leaflet/core";
import { useMap } from "react-leaflet";
import "leaflet/dist/leaflet.css";
import { useMapLabel } from "@/map/use-map-label";

interface MapFrameProps {
  /** The page's map. */
  readonly map: L.Map;
  /** The map's accessible name. */
  readonly label: string;
  /** Names of the zoom buttons, in the UI's language (Leaflet's own are English). */
  readonly zoomInLabel: string;
  readonly zoomOutLabel: string;
  readonly children?: ReactNode;
}

/**
 * The map, moved into a host with `display: contents` (so the map lays out as a child of the
 * host's parent), before paint: in React's first commit the skeleton of index.html, where the
 * map was, goes and this frame comes in the same frame.
 */
export function MapFrame({ map, label, zoomInLabel, zoomOutLabel, children }: MapFrameProps) {
  const host = useRef<HTMLDivElement>(null);
  const [context] = useState(() => createLeafletContext(map));
  const container = map.getContainer();
  useLayoutEffect(() => {
    host.current?.append(container);
    return function detachMap() {
      container.remove();
    };
  }, [container]);
  return (
    <div ref={host} style={HOST_STYLE}>
      {createPortal(
        <LeafletContext value={context}>
          <MapLabel label={label} />
          <ZoomButtons zoomInLabel={zoomInLabel} zoomOutLabel={zoomOutLabel} />
          {children}
        </LeafletContext>,
        container,
      )}
    </div>
  );
}

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

function MapLabel({ label }: { label: string }) {
  useMapLabel(label);
  return null;
}
