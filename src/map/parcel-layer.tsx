// The parcels drawn on the map (canvas), coloured by stage, from the parcel source it is given.
// Reads filters, selection and the focused parcel from map-state; clicks go to map-state's
// handleParcelClick, which does what the screen's interaction mode says (parcelClickOutcome).

import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { FlagLevel } from "@/domain/deadline-rules";
import type { Parcel } from "@/domain/parcel";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { handleParcelClick, useMapState } from "@/state/map-state";
import type { ParcelLayerContext, ParcelSource } from "@/map/parcel-canvas-layer";
import { ParcelCanvasLayer } from "@/map/parcel-canvas-layer";

export interface ParcelLayerProps {
  /** The parcels to draw and their changes (the app's parcel store). */
  readonly source: ParcelSource;
  /** Whether the parcels are on the map (zoomed in and the layer switched on). */
  readonly visible: boolean;
  /**
   * Admin units whose parcels the user may select (my_access().editable_unit_ids); null for
   * the public and for leaders. Other parcels are drawn alike but cannot be selected.
   */
  readonly editableUnitIds: ReadonlySet<string> | null;
  /** The deadline layer's flags (red / amber per flagged parcel); null while the layer is off. */
  readonly deadlines?: ReadonlyMap<string, FlagLevel> | null;
  /** Hover text of a parcel (e.g. "Tờ 10, thửa 88 – Đã bàn giao mặt bằng"). */
  readonly describe: (parcel: Parcel, selectable: boolean) => string;
}

/** Draws the cached parcels while `visible`. */
export function ParcelLayer(props: ParcelLayerProps) {
  useParcelLayer(props);
  return null;
}

function useParcelLayer({ source, visible, editableUnitIds, deadlines = null, describe }: ParcelLayerProps): void {
  const map = useMap();
  const filters = useMapState((s) => s.filters);
  const selection = useMapState((s) => s.selection);
  const focusedParcelId = useMapState((s) => s.focusedParcelId);
  const context: ParcelLayerContext = {
    source, filters, selection, focusedParcelId, editableUnitIds, deadlines, describe, onClick: handleParcelClick,
  };
  const contextRef = useRef(context);
  const layerRef = useRef<ParcelCanvasLayer | null>(null);

  useEffect(() => {
    // the context of the last render may still name the previous source (another day's parcels)
    const layer = new ParcelCanvasLayer({ ...contextRef.current, source });
    layerRef.current = layer;
    layer.sync([...source.all()].map((p) => p.id));
    const unsubscribe = source.subscribe((changed) => layer.sync(changed));
    return function dropParcels() {
      unsubscribe();
      removeFromOrder(map, "parcels", layer.group);
      layer.destroy();
      layerRef.current = null;
    };
  }, [map, source]);

  useEffect(() => {
    contextRef.current = context;
    layerRef.current?.update(context);
  });

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    if (visible) addInOrder(map, "parcels", layer.group);
    else removeFromOrder(map, "parcels", layer.group);
    // a new source (another day's parcels) makes a new layer: it goes on the map too
  }, [map, visible, source]);
}
