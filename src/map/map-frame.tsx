// The Leaflet map: one shared canvas renderer for every vector layer (thousands of parcels
// draw far faster on canvas than as SVG), the view kept in map-state, fly-to requests obeyed.
// Layers and tools are its children, so any feature can add one with react-leaflet's useMap().

import { useState } from "react";
import type { ReactNode } from "react";
import L from "leaflet";
import { MapContainer } from "react-leaflet";
import "leaflet/dist/leaflet.css";
import { getMapState } from "@/map/map-state";
import { useMapLabel, useMapStateSync, useResizeAware } from "@/map/use-map-state-sync";

/** Zoom limits: the whole province down to single parcels. */
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 19;

interface MapFrameProps {
  /** The map's accessible name. */
  readonly label: string;
  readonly className?: string;
  readonly children?: ReactNode;
}

/** The map container; its initial view comes from map-state (and so from the URL). */
export function MapFrame({ label, className, children }: MapFrameProps) {
  const [initial] = useState(() => getMapState().view);
  // One canvas for all vector layers; a wider click tolerance helps fingers on thin outlines.
  const [renderer] = useState(() => L.canvas({ padding: 0.3, tolerance: 4 }));
  return (
    <MapContainer
      center={[initial.lat, initial.lng]}
      zoom={initial.zoom}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      preferCanvas
      renderer={renderer}
      zoomSnap={0.5}
      wheelPxPerZoomLevel={90}
      className={className}
    >
      <MapSync label={label} />
      {children}
    </MapContainer>
  );
}

function MapSync({ label }: { label: string }) {
  useMapStateSync();
  useMapLabel(label);
  useResizeAware();
  return null;
}
