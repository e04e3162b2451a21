// The layer switcher: one checkbox per layer of map-state, and a note when the online
// background map could not be loaded.

import { useTranslation } from "react-i18next";
import type { LayerId } from "@/state/map-state";
import { toggleLayer, useMapState } from "@/state/map-state";

const LAYERS: readonly LayerId[] = ["progress", "parcels", "deadlines", "projects", "corridor", "districts", "tiles"];

interface LayerSwitcherProps {
  readonly tilesFailed: boolean;
  readonly onRetryTiles: () => void;
}

/** A disclosure panel listing the layers. */
export function LayerSwitcher({ tilesFailed, onRetryTiles }: LayerSwitcherProps) {
  const { t } = useTranslation();
  const layers = useMapState((s) => s.layers);
  const tilesOff = tilesFailed && layers.has("tiles");
  return (
    <details className="map-panel">
      <summary className="map-panel__summary">
        <LayersIcon />
        {t("map.layersTitle")}
        {tilesOff ? (
          <>
            <span className="map-panel__warning" title={t("map.tilesUnavailable")} aria-hidden="true">!</span>
            <span className="sr-only">{t("map.tilesUnavailable")}</span>
          </>
        ) : null}
      </summary>
      <div className="map-panel__body">
        <fieldset className="layer-switcher">
          <legend className="sr-only">{t("map.layersTitle")}</legend>
          {LAYERS.map((id) => (
            <label key={id} className="layer-switcher__item">
              <input type="checkbox" checked={layers.has(id)} onChange={() => toggleLayer(id)} />
              <span>
                {id === "deadlines" ? t("deadlines.layer") : t(`map.layer_${id}`)}
                {id === "tiles" && tilesOff ? <span className="layer-switcher__off" aria-hidden="true"> ⚠</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
        {tilesOff ? (
          <div className="layer-switcher__note" role="status">
            <p>{t("map.tilesUnavailable")}</p>
            <button type="button" className="button button--secondary button--small" onClick={onRetryTiles}>
              {t("map.tilesRetry")}
            </button>
          </div>
        ) : null}
      </div>
    </details>
  );
}

function LayersIcon() {
  return (
    <svg className="map-panel__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 2 1 6.5 10 11l9-4.5L10 2Zm-6.8 8L1 11.1 10 15.6l9-4.5-2.2-1.1L10 13.4 3.2 10Zm0 4L1 15.1 10 19.6l9-4.5-2.2-1.1L10 17.4 3.2 14Z" fill="currentColor" />
    </svg>
  );
}
