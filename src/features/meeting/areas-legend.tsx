// The choropleth's legend: each class's colour with its range of shares, and "no parcels".

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatWholePercent } from "@/domain/format";
import { AREA_CLASSES, NO_PARCELS_FILL } from "@/features/meeting/areas-model";

export function AreasLegend() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="areas-legend">
      <p className="areas-legend__title" id="areas-legend-title">{t("meeting.tables.areas.legendTitle")}</p>
      <ul aria-labelledby="areas-legend-title">
        {AREA_CLASSES.map((c, i) => (
          <li key={c.fill}>
            <span className="areas-legend__swatch" style={{ background: c.fill }} aria-hidden="true" />
            {i === AREA_CLASSES.length - 1
              ? t("meeting.tables.areas.legendFrom", { from: formatWholePercent(c.min, lang) })
              : t("meeting.tables.areas.legendRange", { from: formatWholePercent(c.min, lang), to: formatWholePercent(c.max, lang) })}
          </li>
        ))}
        <li>
          <span className="areas-legend__swatch" style={{ background: NO_PARCELS_FILL }} aria-hidden="true" />
          {t("meeting.tables.areas.legendNone")}
        </li>
      </ul>
    </div>
  );
}
