// The parcels on the map, one canvas path per parcel, kept in step with the parcel cache:
// a changed parcel is restyled in place (setStyle), never by rebuilding the layer. Filters add
// or remove single paths; selection and focus restyle only the parcels whose look changed.

import L from "leaflet";
import type { FlagLevel } from "@/domain/deadline-rules";
import type { Parcel } from "@/domain/parcel";
import { polygonLatLngs } from "@/map/leaflet-coords";
import type { ParcelClick } from "@/state/map-state";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { matchesFilters, isSelectable } from "@/domain/parcel-filters";
import type { ParcelLook } from "@/map/parcel-style";
import { BLOCKED_COLOR, isRaised, parcelStyle } from "@/map/parcel-style";
import { tooltipContent } from "@/map/tooltip-content";

/** Where the layer reads parcels from: the app's parcel store, handed in by the screen. */
export interface ParcelSource {
  get(id: string): Parcel | undefined;
  all(): Iterable<Parcel>;
  /** Calls `listener` with the ids of the parcels that changed; returns the unsubscribe. */
  subscribe(listener: (changedIds: readonly string[]) => void): () => void;
}

/** What the layer is told by the screen around it. */
export interface ParcelLayerContext {
  readonly source: ParcelSource;
  readonly filters: ParcelFilters;
  readonly selection: ReadonlySet<string>;
  readonly focusedParcelId: string | null;
  readonly editableUnitIds: ReadonlySet<string> | null;
  /** The deadline layer's worst flag of each flagged parcel; null while the layer is off. */
  readonly deadlines: ReadonlyMap<string, FlagLevel> | null;
  /** Hover text of a parcel, shown as plain text. */
  readonly describe: (parcel: Parcel, selectable: boolean) => string;
  readonly onClick: (click: ParcelClick) => void;
}

const hatches = new Map<string, CanvasPattern | string>();

/** Diagonal red lines over a stage colour, as a canvas fill (falls back to the plain colour). */
function hatchFill(color: string): CanvasPattern | string {
  let fill = hatches.get(color);
  if (fill) return fill;
  const tile = document.createElement("canvas");
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext("2d");
  if (ctx) {
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = BLOCKED_COLOR;
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  }
  fill = (ctx && ctx.createPattern(tile, "repeat")) || color;
  hatches.set(color, fill);
  return fill;
}

/** The parcels' Leaflet layer; `group` is what goes on the map. */
export class ParcelCanvasLayer {
  readonly group = L.featureGroup();
  private readonly paths = new Map<string, L.Polygon>();
  private readonly ids = new WeakMap<L.Layer, string>();
  private context: ParcelLayerContext;

  constructor(context: ParcelLayerContext) {
    this.context = context;
    this.group.on("click", (event: L.LeafletMouseEvent) => this.onClick(event));
    this.group.on("mouseover", (event: L.LeafletMouseEvent) => this.onHover(event));
  }

  /** Creates or restyles the paths of these parcels from the cache. */
  sync(ids: Iterable<string>): void {
    for (const id of ids) {
      const parcel = this.context.source.get(id);
      if (!parcel?.geometry) continue;
      let path = this.paths.get(id);
      if (!path) {
        path = L.polygon(polygonLatLngs(parcel.geometry), this.pathOptions(parcel));
        this.paths.set(id, path);
        this.ids.set(path, id);
      } else {
        path.setStyle(this.pathOptions(parcel));
      }
      this.place(parcel, path);
    }
  }

  /** Applies a new context, restyling or re-filtering only what it changes. */
  update(next: ParcelLayerContext): void {
    const previous = this.context;
    this.context = next;
    if (next.filters !== previous.filters) {
      for (const [id, path] of this.paths) {
        const parcel = this.context.source.get(id);
        if (parcel) this.place(parcel, path);
      }
    }
    if (next.deadlines !== previous.deadlines) {
      this.sync([...this.paths.keys()]);
      return;
    }
    const changed = new Set<string>();
    if (next.selection !== previous.selection) {
      for (const id of previous.selection) if (!next.selection.has(id)) changed.add(id);
      for (const id of next.selection) if (!previous.selection.has(id)) changed.add(id);
    }
    if (next.focusedParcelId !== previous.focusedParcelId) {
      if (previous.focusedParcelId) changed.add(previous.focusedParcelId);
      if (next.focusedParcelId) changed.add(next.focusedParcelId);
    }
    if (changed.size > 0) this.sync(changed);
  }

  /** Number of parcel paths held (on or off the map). */
  get size(): number {
    return this.paths.size;
  }

  destroy(): void {
    this.group.off();
    this.group.remove();
    this.group.clearLayers();
    this.paths.clear();
  }

  private look(parcel: Parcel): ParcelLook {
    return {
      stage: parcel.stage,
      blocked: parcel.blocked,
      selected: this.context.selection.has(parcel.id),
      focused: this.context.focusedParcelId === parcel.id,
      deadline: this.context.deadlines ? (this.context.deadlines.get(parcel.id) ?? null) : undefined,
    };
  }

  private pathOptions(parcel: Parcel): L.PolylineOptions {
    const { hatch, ...style } = parcelStyle(this.look(parcel));
    // Leaflet's canvas renderer assigns fillColor to the context's fillStyle, so a pattern works.
    const fillColor = (hatch ? hatchFill(style.fillColor) : style.fillColor) as string;
    return { ...style, fillColor };
  }

  /** Adds the path to, or removes it from, the group as the filters say; raises highlighted ones. */
  private place(parcel: Parcel, path: L.Polygon): void {
    const show = matchesFilters(parcel, this.context.filters) || this.context.selection.has(parcel.id) ||
      this.context.focusedParcelId === parcel.id;
    if (show && !this.group.hasLayer(path)) this.group.addLayer(path);
    else if (!show && this.group.hasLayer(path)) this.group.removeLayer(path);
    const look = this.look(parcel);
    if (show && (isRaised(look) || look.deadline) && this.group.hasLayer(path)) path.bringToFront();
  }

  private selectable(parcel: Parcel): boolean {
    return isSelectable(parcel, this.context.editableUnitIds);
  }

  /** The parcel path an event propagated from (FeatureGroup events carry it as `layer`). */
  private pathOf(event: L.LeafletMouseEvent): L.Polygon | undefined {
    const layer: unknown = (event as { layer?: unknown }).layer;
    return layer instanceof L.Polygon ? layer : undefined;
  }

  private onClick(event: L.LeafletMouseEvent): void {
    const path = this.pathOf(event);
    const id = path ? this.ids.get(path) : undefined;
    const parcel = id ? this.context.source.get(id) : undefined;
    if (!parcel) return;
    const original = event.originalEvent;
    this.context.onClick({
      parcelId: parcel.id,
      additive: Boolean(original?.shiftKey || original?.ctrlKey || original?.metaKey),
      selectable: this.selectable(parcel),
    });
  }

  private onHover(event: L.LeafletMouseEvent): void {
    const path = this.pathOf(event);
    const id = path ? this.ids.get(path) : undefined;
    if (!path || !id || path.getTooltip()) return;
    path.bindTooltip(() => {
      const parcel = this.context.source.get(id);
      return tooltipContent(parcel ? this.context.describe(parcel, this.selectable(parcel)) : "");
    }, { sticky: true, className: "map-tooltip" });
    path.openTooltip(event.latlng);
  }
}
