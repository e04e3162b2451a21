// The Leaflet map: one shared canvas renderer for every vector layer (thousands of parcels
// draw far faster on canvas than as SVG), the view kept in map-state, fly-to requests obeyed.
// Layers and tools are its children, so any feature can add one with react-leaflet's useMap().

import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import L from "leaflet";
import { MapContainer, useMap } from "react-leaflet";
import "leaflet/dist/leaflet.css";
import { getMapState } from "@/map/map-state";
import { useMapLabel, useMapStateSync, useResizeAware } from "@/map/use-map-state-sync";

/** Zoom limits: the whole province down to single parcels. */
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 19;

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
      zoomControl={false}
      zoomSnap={0.5}
      wheelPxPerZoomLevel={90}
      className={className}
    >
      <MapSync label={label} />
      <ZoomButtons zoomInLabel={zoomInLabel} zoomOutLabel={zoomOutLabel} />
      {children}
    </MapContainer>
  );
}

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
